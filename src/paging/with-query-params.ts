import type { HttpRequest } from '../request/http-request.ts';

/**
 * `request` with `params` in its query: every existing entry of a name in `params` gives way to that name's
 * new entries, at the place of its first old entry (order kept); names not there yet are added at the end.
 */
export function withQueryParams(request: HttpRequest, params: readonly [string, string][]): HttpRequest {
  const byName = new Map<string, [string, string][]>();
  for (const pair of params) byName.set(pair[0], [...(byName.get(pair[0]) ?? []), pair]);
  const query: [string, string][] = [];
  for (const pair of request.query) {
    const replacement = byName.get(pair[0]);
    if (!replacement) query.push(pair);
    else if (replacement.length > 0) {
      query.push(...replacement);
      byName.set(pair[0], []);
    }
  }
  for (const rest of byName.values()) query.push(...rest);
  return { ...request, query };
}
