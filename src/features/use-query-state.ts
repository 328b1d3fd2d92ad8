import { hashKey, type QueryKey, type QueryState, useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';

/**
 * The cached state of one TanStack query, re-rendering when it changes, without a QueryObserver. useQuery's
 * observer costs 3 KB gzip, more than the first page's budget leaves; the readers here never start a fetch.
 * Fetches happen through `queryClient.fetchQuery`, or `useQuery` in a lazily loaded component (the gateway
 * health probe), so the cache stays the one place that server state lives.
 */
export function useQueryState<T>(queryKey: QueryKey): QueryState<T, unknown> | undefined {
  const cache = useQueryClient().getQueryCache();
  const hash = hashKey(queryKey);
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache]);
  // `state` is replaced (never mutated) on each change, so it is a stable snapshot between changes.
  const read = () => cache.get<T, unknown>(hash)?.state;
  // The same on the server (a prerendered page) and while hydrating: the cache is fresh in both.
  return useSyncExternalStore(subscribe, read, read);
}
