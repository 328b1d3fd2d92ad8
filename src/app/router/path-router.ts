import type { Route } from '../parse-route.ts';
import { type Router, samePage } from './router.ts';

/** The parts of `window` the path router uses in a browser (a test passes its own). */
export interface PathWindow {
  location: { search: string; hash: string; assign(url: string): void; replace(url: string): void };
  history: {
    pushState(data: unknown, unused: string, url: string): void;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', listener: () => void): void;
}

export interface PathRouterOptions {
  /** The page this document is (what the prerenderer rendered): an operation, a webhook, or `{}` (overview). */
  page: Route;
  /** The site's root relative to this page: `''` for `index.html`, `'../'` for `operations/<slug>.html`. */
  root: string;
  /** The file of a page relative to the site's root, e.g. `operations/usage-costs.html`. */
  fileOf(route: Route): string;
  /** The browser; absent while rendering on the server (the route is then the bare page). */
  window?: PathWindow;
}

/**
 * The prerendered site's router: each page is its own file, and every link is relative to the current page,
 * so the folder works from any sub-path of any static host with no rewrites. Form values of a share link
 * travel in the query (`operations/x.html?query__limit=2`), a heading in the fragment. Another page is a
 * plain navigation (it is prerendered); the same page with other values or section stays put.
 */
export function createPathRouter(options: PathRouterOptions): Router {
  const { page, root, fileOf, window: win } = options;
  const pageKeys = { operationId: page.operationId, webhookId: page.webhookId };
  const ownFile = fileOf(page).split('/').pop() ?? '';
  const listeners = new Set<() => void>();
  let lastKey: string | undefined;
  let lastRoute: Route = { ...page };
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  const href = (route: Route) => {
    const file = samePage(route, pageKeys) ? ownFile : `${root}${fileOf(route)}`;
    return `${file}${route.query ? `?${route.query}` : ''}${route.section ? `#${encodeURIComponent(route.section)}` : ''}`;
  };
  return {
    getRoute() {
      if (!win) return lastRoute;
      const { search, hash } = win.location;
      const key = `${search}${hash}`;
      if (key !== lastKey) {
        lastKey = key;
        const route: Route = { ...page };
        if (search.length > 1) route.query = search.slice(1);
        const section = hash.length > 1 && !hash.startsWith('#/') ? decode(hash.slice(1)) : undefined;
        if (section) route.section = section;
        lastRoute = route;
      }
      return lastRoute;
    },
    subscribe(onChange) {
      if (!win) return () => undefined;
      if (listeners.size === 0) {
        win.addEventListener('popstate', notify);
        win.addEventListener('hashchange', notify);
      }
      listeners.add(onChange);
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) {
          win.removeEventListener('popstate', notify);
          win.removeEventListener('hashchange', notify);
        }
      };
    },
    href,
    navigate(route, navigateOptions) {
      if (!win) return;
      const url = href(route);
      if (!samePage(route, pageKeys)) {
        if (navigateOptions?.replace) win.location.replace(url);
        else win.location.assign(url);
        return;
      }
      if (navigateOptions?.replace) win.history.replaceState(null, '', url);
      else win.history.pushState(null, '', url);
      notify();
    },
  };
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
