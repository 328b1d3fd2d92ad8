import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False on the server and during hydration, true from the render after it: what reads the browser (storage,
 * window) renders the server's HTML first, so hydration matches, and then its own (React re-renders at once).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
