import type { Route } from '../parse-route.ts';
import { formatHashRoute } from './hash-router.ts';
import type { Router } from './router.ts';

/**
 * A router that keeps the route in memory (the embed's default): the host page's URL is never read or
 * changed. Links still get a hash-shaped href (for "copy link" and middle clicks); plain clicks go through
 * `navigate` (see RouteLink).
 */
export function createMemoryRouter(initial: Route = {}): Router {
  const listeners = new Set<() => void>();
  let current: Route = { ...initial };
  return {
    getRoute: () => current,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    href: formatHashRoute,
    navigate(route) {
      current = { ...route };
      for (const listener of [...listeners]) listener();
    },
  };
}
