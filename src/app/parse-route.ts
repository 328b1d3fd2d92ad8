/**
 * The app's routes, hash-based so static hosts need no rewrites:
 * - `#/operations/<URI-encoded operation id>`, optionally followed by `?<form values>` (a share link);
 * - `#/webhooks/<URI-encoded webhook id>`: a webhook's read-only page;
 * - `#/overview` (also `#/` and no hash at all): the API overview.
 * Either may end in `#<section>`: the id of a heading in a description, scrolled into view.
 * Pure, so a server renderer can use it with a path-based location too.
 */
export interface Route {
  /** The operation shown; absent on the overview. */
  operationId?: string;
  /** The webhook shown (`#/webhooks/<id>`), instead of an operation. */
  webhookId?: string;
  /** Form values of a share link, as a query string (see share-link-codec). */
  query?: string;
  /** A heading's element id inside the page (Markdown anchors). */
  section?: string;
}

/** Reads a location hash such as `#/operations/usage-audio-speeches?query__start_time=1730419200`. */
export function parseRoute(hash: string): Route {
  const webhook = /^#\/webhooks\/([^?#]+)(?:#(.*))?$/.exec(hash);
  if (webhook?.[1]) {
    const webhookId = decode(webhook[1]);
    if (webhookId === undefined) return {};
    const section = webhook[2] ? decode(webhook[2]) : undefined;
    return section ? { webhookId, section } : { webhookId };
  }
  const match = /^#\/operations\/([^?#]+)(?:\?([^#]*))?(?:#(.*))?$/.exec(hash);
  if (!match?.[1]) {
    const overview = /^#\/(?:overview\/?)?(?:#(.+))?$/.exec(hash);
    const section = overview?.[1] ? decode(overview[1]) : undefined;
    return section ? { section } : {};
  }
  const operationId = decode(match[1]);
  // A malformed escape is not an operation we know: the overview instead.
  if (operationId === undefined) return {};
  const route: Route = { operationId };
  if (match[2]) route.query = match[2];
  const section = match[3] ? decode(match[3]) : undefined;
  if (section) route.section = section;
  return route;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The hash that opens an operation, with form values when `query` is given. */
export function operationHref(operationId: string, query = ''): string {
  return `#/operations/${encodeURIComponent(operationId)}${query ? `?${query}` : ''}`;
}

/** The hash that opens a webhook's page. */
export function webhookHref(webhookId: string): string {
  return `#/webhooks/${encodeURIComponent(webhookId)}`;
}

/** The hash of the API overview. */
export const OVERVIEW_HREF = '#/overview';

/** The hash a route's in-page links start from (Markdown anchors add `#<section>`): no form values. */
export function routeBase(route: Route): string {
  if (route.webhookId !== undefined) return webhookHref(route.webhookId);
  return route.operationId === undefined ? OVERVIEW_HREF : operationHref(route.operationId);
}
