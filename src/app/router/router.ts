import type { Route } from '../parse-route.ts';

/**
 * Where the app reads and changes its location (agreement F): the SPA's URL hash, the prerendered site's
 * paths, or memory (the embed). Features never touch `window.location` themselves.
 */
export interface Router {
  /** The route on show. Stable object identity while unchanged (useSyncExternalStore). */
  getRoute(): Route;
  subscribe(onChange: () => void): () => void;
  /** The href for a link to `route` (what <a href> gets; plain clicks on it navigate). */
  href(route: Route): string;
  navigate(route: Route, options?: { replace?: boolean }): void;
}

/** True when both routes show the same page (operation, webhook or overview), whatever their form values or section. */
export function samePage(a: Route, b: Route): boolean {
  return a.operationId === b.operationId && a.webhookId === b.webhookId;
}
