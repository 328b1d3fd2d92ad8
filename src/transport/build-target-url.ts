import { encodeQuery } from './encode-query.ts';

/**
 * `{base without trailing slash}{path}?{encoded query}`: the URL the sender calls and the snippets show.
 * `path` is the request's already-encoded path, so it is appended as is.
 */
export function buildTargetUrl(
  base: string,
  path: string,
  query: readonly (readonly [string, string])[],
): string {
  const encoded = encodeQuery(query);
  return `${base.replace(/\/+$/, '')}${path}${encoded === '' ? '' : `?${encoded}`}`;
}
