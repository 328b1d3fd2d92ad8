/**
 * The app's only route shape: `#/operations/<URI-encoded operation id>`, optionally followed by `?<form values>`
 * (a share link). Hash-based so static hosts need no rewrites.
 */
export interface Route {
  operationId?: string;
  /** Form values of a share link, as a query string (see share-link-codec). */
  query?: string;
}

/** Reads a location hash such as `#/operations/usage-audio-speeches?query__start_time=1730419200`. */
export function parseRoute(hash: string): Route {
  const match = /^#\/operations\/([^?#]+)(?:\?([^#]*))?/.exec(hash);
  if (!match?.[1]) return {};
  try {
    const operationId = decodeURIComponent(match[1]);
    return match[2] ? { operationId, query: match[2] } : { operationId };
  } catch {
    // A malformed escape is not an operation we know; fall back to the first one.
    return {};
  }
}

/** The hash that opens an operation, with form values when `query` is given. */
export function operationHref(operationId: string, query = ''): string {
  return `#/operations/${encodeURIComponent(operationId)}${query ? `?${query}` : ''}`;
}
