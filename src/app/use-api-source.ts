// Normalized at build time (scripts/vite-plugin-openapi.ts; TRYIT_SPEC picks it): no parser ships for it.
import defaultApi from 'virtual:tryit-default-api';
import { useCallback, useEffect, useState } from 'react';
import { collectMarkdownSources } from '../markdown/collect-markdown-sources.ts';
import { loadMarkdownParser, seedMarkdownTrees } from '../markdown/markdown-trees.ts';
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

/** The embedded API once its `schemas` chunk is in (the model ships without them: see vite-plugin-openapi). */
let fullDefaultApi: ApiModel | undefined = defaultApi.schemasPending ? undefined : defaultApi;
let fullDefaultLoad: Promise<ApiModel> | undefined;

/** Loads the embedded API's schema table once; the page shows the model meanwhile (schemas marked pending). */
function loadFullDefaultApi(): Promise<ApiModel> {
  if (fullDefaultApi) return Promise.resolve(fullDefaultApi);
  fullDefaultLoad ??= import('virtual:tryit-default-api-schemas').then(({ default: table }) => {
    const { schemas, markdown } = table;
    // The schemas' descriptions were parsed at build time too: no Markdown parser for them either.
    seedMarkdownTrees(collectMarkdownSources(schemas), markdown);
    const { schemasPending: _pending, ...api } = defaultApi;
    fullDefaultApi = { ...api, schemas };
    return fullDefaultApi;
  });
  return fullDefaultLoad;
}

/** `?spec=` starts loading before the first render rather than after it (see startSpecLoad). */
const initialSpec = startInitialSpecLoad();
// The embedded API on show: its schemas chunk loads while the first render runs, not after it.
if (!initialSpec && typeof window !== 'undefined' && defaultApi.schemasPending) {
  loadFullDefaultApi().catch(() => undefined);
}

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
    api: fullDefaultApi ?? defaultApi,
    label: DEFAULT_LABEL,
  });
  // `?spec=` is loading from the start (see startInitialSpecLoad).
  const [loading, setLoading] = useState<string | undefined>(initialSpec?.url);
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

  // Only the embedded API on show waits for its schemas: not while `?spec=` or an opened file is loading
  // (a failed load keeps the embedded API on screen, and then its schemas load).
  useEffect(() => {
    if (current.api !== defaultApi || !defaultApi.schemasPending || loading !== undefined) return;
    let live = true;
    const show = (api: ApiModel) => {
      if (live) setCurrent((shown) => (shown.api === defaultApi ? { ...shown, api } : shown));
    };
    loadFullDefaultApi().then(show, () => {
      // The chunk did not arrive (offline?): schemas then read as unresolved refs, never as "loading" forever.
      const { schemasPending: _pending, ...api } = defaultApi;
      show(api);
    });
    return () => {
      live = false;
    };
  }, [current.api, loading]);

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
      setCurrent({ api: fullDefaultApi ?? defaultApi, label: DEFAULT_LABEL });
    },
  };
}
