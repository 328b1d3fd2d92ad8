// Normalized at build time (scripts/vite-plugin-openapi.ts; TRYIT_SPEC picks it): no parser ships for it.
import defaultApi from 'virtual:tryit-default-api';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useQueryState } from '../features/use-query-state.ts';
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
  /** Drops the failure note; the description on screen stays. */
  dismissFailure: () => void;
}

/** A description to show: the embedded one, one named by `?spec=`, or a file the user opened. */
type ApiSource =
  | { kind: 'built-in' }
  | { kind: 'url'; url: string }
  | { kind: 'file'; id: number; name: string; text: string; url?: undefined };

const BUILT_IN: ApiSource = { kind: 'built-in' };
const DEFAULT_LABEL = `Built-in: ${defaultApi.title}`;

/** The embedded API once its `schemas` chunk is in (the model ships without them: see vite-plugin-openapi). */
let fullDefaultApi: ApiModel | undefined = defaultApi.schemasPending ? undefined : defaultApi;
let fullDefaultLoad: Promise<ApiModel> | undefined;

/** Loads the embedded API's schema table once; the page shows the model meanwhile (schemas marked pending). */
export function loadFullDefaultApi(): Promise<ApiModel> {
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

function labelOf(source: ApiSource): string {
  return source.kind === 'built-in' ? DEFAULT_LABEL : source.kind === 'url' ? source.url : source.name;
}

/** One query per source; a file is keyed by when it was opened (its text is no key). */
function sourceKey(source: ApiSource): QueryKey {
  return [
    'api-document',
    source.kind === 'url' ? source.url : source.kind === 'file' ? source.id : 'built-in',
  ];
}

async function loadSource(source: Exclude<ApiSource, { kind: 'built-in' }>): Promise<ApiModel> {
  if (source.kind === 'file') {
    const { loadApiInWorker } = await import('./load-api-in-worker.ts');
    return loadApiInWorker(source.text, source.name);
  }
  const api =
    initialSpec && source.url === initialSpec.url
      ? await initialSpec.api
      : await (await import('./load-api-in-worker.ts')).startSpecLoad(source.url);
  // Relative server URLs of a loaded description are relative to where it was loaded from.
  return { ...api, documentUrl: new URL(source.url, window.location.href).href };
}

/**
 * The API description on show: the embedded default (converted at build time), or one named by `?spec=`,
 * or one the user opened. Each load is a query in the TanStack cache (fetched once per source); a failed
 * load keeps the previous API on screen and says what failed where.
 */
export function useApiSource(builtIn?: ApiModel): ApiSourceState {
  const queryClient = useQueryClient();
  const [requested, setRequested] = useState<ApiSource>(
    initialSpec ? { kind: 'url', url: initialSpec.url } : BUILT_IN,
  );
  const [shown, setShown] = useState<{ source: ApiSource; api: ApiModel }>({
    source: BUILT_IN,
    api: builtIn ?? fullDefaultApi ?? defaultApi,
  });
  useEffect(() => {
    if (requested.kind === 'built-in') return;
    // Its descriptions were not parsed at build time: the Markdown parser loads while the document does.
    loadMarkdownParser().catch(() => undefined);
    // A description does not change under the page: once loaded, it is never fetched again.
    void queryClient.prefetchQuery({
      queryKey: sourceKey(requested),
      queryFn: () => loadSource(requested),
      staleTime: Number.POSITIVE_INFINITY,
    });
  }, [queryClient, requested]);
  const query = useQueryState<ApiModel>(sourceKey(requested));
  // Adopt a loaded description while rendering, so no frame shows the new route with the old API.
  if (query?.status === 'success' && query.data && shown.source !== requested) {
    setShown({ source: requested, api: query.data });
  }
  const failed = query?.status === 'error';
  const known = (failed ? query.error : undefined) as Partial<ApiLoadFailure> | undefined;
  // Only the embedded API on show waits for its schemas, and not while another description loads (a failed
  // load keeps the embedded API on screen, and then its schemas load).
  const waitsForSchemas =
    shown.api === defaultApi && defaultApi.schemasPending && (requested.kind === 'built-in' || failed);
  useEffect(() => {
    if (!waitsForSchemas) return;
    let live = true;
    const show = (api: ApiModel) => {
      if (live) setShown((current) => (current.api === defaultApi ? { ...current, api } : current));
    };
    loadFullDefaultApi().then(show, () => {
      // The chunk did not arrive (offline?): schemas then read as unresolved refs, never as "loading" forever.
      const { schemasPending: _pending, ...api } = defaultApi;
      show(api);
    });
    return () => {
      live = false;
    };
  }, [waitsForSchemas]);

  return {
    api: shown.api,
    sourceLabel: labelOf(shown.source),
    loading: query?.fetchStatus === 'fetching' ? labelOf(requested) : undefined,
    failure: failed
      ? {
          source: labelOf(requested),
          stage: known?.stage ?? 'load',
          message: known?.message ?? 'The description could not be loaded.',
        }
      : undefined,
    openText: (text, sourceName) => setRequested({ kind: 'file', id: Date.now(), name: sourceName, text }),
    // Back to what is on screen: its query succeeded, so there is no failure to show.
    dismissFailure: () => setRequested(shown.source),
  };
}
