/** The app's only route shape: `#/operations/<URI-encoded operation id>`. Hash-based so static hosts need no rewrites. */
export interface Route {
  operationId?: string;
}

/** Reads a location hash such as `#/operations/usage-audio-speeches`. */
export function parseRoute(hash: string): Route {
  const match = /^#\/operations\/([^?#]+)/.exec(hash);
  if (!match?.[1]) return {};
  try {
    return { operationId: decodeURIComponent(match[1]) };
  } catch {
    // A malformed escape is not an operation we know; fall back to the first one.
    return {};
  }
}

/** The hash that opens an operation. */
export function operationHref(operationId: string): string {
  return `#/operations/${encodeURIComponent(operationId)}`;
}
