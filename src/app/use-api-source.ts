// Normalized at build time (scripts/vite-plugin-openapi.ts; TRYIT_SPEC picks it): no parser ships for it.
import defaultApi from 'virtual:tryit-default-api';
import { useCallback, useEffect, useState } from 'react';
import { loadMarkdownParser } from '../markdown/markdown-trees.ts';
import type { ApiModel } from '../openapi/model.ts';
import type { ApiLoadFailure } from './load-api-in-worker.ts';

export interface ApiSourceState {
  api: ApiModel;
  /** Where the shown description came from. */
  sourceLabel: string;
  loading?: string;
  failure?: ApiLoadFailure & { source: string };
  openText: (text: string, sourceName: string) => void;
  resetToDefault: () => void;
}

const DEFAULT_LABEL = `Built-in: ${defaultApi.title}`;

/** `?spec=` starts loading before the first render rather than after it (see startSpecLoad). */
const initialSpec = startInitialSpecLoad();

function startInitialSpecLoad(): { url: string; api: Promise<ApiModel> } | undefined {
  const url = typeof window === 'undefined' ? null : new URLSearchParams(window.location.search).get('spec');
  if (!url) return undefined;
  // The loader is its own chunk: the embedded API never needs it.
  const api = import('./load-api-in-worker.ts').then(({ startSpecLoad }) => startSpecLoad(url));
  api.catch(() => undefined);
  return { url, api };
}

/**
 * The API description on show: the embedded default (converted at build time), or one named by `?spec=`,
 * or one the user opened. A failed load keeps the previous API on screen and says what failed where.
 */
export function useApiSource(): ApiSourceState {
  const [current, setCurrent] = useState<{ api: ApiModel; label: string }>({
    api: defaultApi,
    label: DEFAULT_LABEL,
  });
  const [loading, setLoading] = useState<string>();
  const [failure, setFailure] = useState<ApiLoadFailure & { source: string }>();

  const load = useCallback((source: string, start: () => Promise<ApiModel>) => {
    // Its descriptions were not parsed at build time: the Markdown parser loads while the document does.
    loadMarkdownParser().catch(() => undefined);
    setLoading(source);
    setFailure(undefined);
    start()
      .then((api) => setCurrent({ api, label: source }))
      .catch((error: unknown) => {
        const known = error as Partial<ApiLoadFailure>;
        setFailure({
          source,
          stage: known.stage ?? 'load',
          message: known.message ?? 'The description could not be loaded.',
        });
      })
      .finally(() => setLoading(undefined));
  }, []);

  useEffect(() => {
    if (!initialSpec) return;
    // Relative server URLs of a loaded description are relative to where it was loaded from.
    const documentUrl = new URL(initialSpec.url, window.location.href).href;
    load(initialSpec.url, () => initialSpec.api.then((api) => ({ ...api, documentUrl })));
  }, [load]);

  return {
    api: current.api,
    sourceLabel: current.label,
    loading,
    failure,
    openText: (text, sourceName) =>
      load(sourceName, async () =>
        (await import('./load-api-in-worker.ts')).loadApiInWorker(text, sourceName),
      ),
    resetToDefault: () => {
      setFailure(undefined);
      setCurrent({ api: defaultApi, label: DEFAULT_LABEL });
    },
  };
}
