import { parseRoute, type Route } from '../app/parse-route.ts';

/**
 * What a click on an in-page link inside the element should do instead of changing the host's URL: the route
 * its `#/…` href names, or the id of the element a `#section` href points to. Undefined for any other link
 * (another site, a new tab): the browser's own behaviour stays. Pure.
 */
export function followInPageLink(href: string | null): { route: Route } | { section: string } | undefined {
  if (!href?.startsWith('#')) return undefined;
  if (href.startsWith('#/')) return { route: parseRoute(href) };
  try {
    const section = decodeURIComponent(href.slice(1));
    return section ? { section } : undefined;
  } catch {
    return undefined;
  }
}
