import { OVERVIEW_HREF, operationHref, parseRoute, type Route, webhookHref } from '../parse-route.ts';
import type { Router } from './router.ts';

/** The parts of `window` the hash router uses (a test passes its own). */
export interface HashWindow {
  location: { hash: string };
  history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: 'hashchange', listener: () => void): void;
  removeEventListener(type: 'hashchange', listener: () => void): void;
}

/** The hash of `route`: `#/operations/<id>?<form values>#<section>`, `#/webhooks/<id>`, `#/overview`. */
export function formatHashRoute(route: Route): string {
  const page =
    route.webhookId !== undefined
      ? webhookHref(route.webhookId)
      : route.operationId !== undefined
        ? operationHref(route.operationId, route.query)
        : OVERVIEW_HREF;
  return route.section ? `${page}#${encodeURIComponent(route.section)}` : page;
}

/**
 * The SPA's router: the whole route lives in the URL hash (static hosts need no rewrites; `?spec=` stays in
 * the query). Navigating sets the hash, as a plain link click would; `replace` rewrites it in place.
 */
export function createHashRouter(target: HashWindow = window): Router {
  const listeners = new Set<() => void>();
  let lastHash: string | undefined;
  let lastRoute: Route = {};
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  return {
    getRoute() {
      const hash = target.location.hash;
      if (hash !== lastHash) {
        lastHash = hash;
        lastRoute = parseRoute(hash);
      }
      return lastRoute;
    },
    subscribe(onChange) {
      if (listeners.size === 0) target.addEventListener('hashchange', notify);
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) target.removeEventListener('hashchange', notify);
      };
    },
    href: formatHashRoute,
    navigate(route, options) {
      const hash = formatHashRoute(route);
      if (options?.replace) {
        // replaceState fires no hashchange: tell the subscribers ourselves.
        target.history.replaceState(null, '', hash);
        notify();
      } else target.location.hash = hash;
    },
  };
}
