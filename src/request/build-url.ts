import { encodeQuery } from './encode-query.ts';
import type { HttpRequest } from './http-request.ts';

/** The full URL of a request: base URL (trailing slashes dropped) + path + `?` + encoded query. */
export function buildUrl(baseUrl: string, request: Pick<HttpRequest, 'path' | 'query'>): string {
  const base = baseUrl.replace(/\/+$/, '');
  const path = request.path.startsWith('/') ? request.path : `/${request.path}`;
  // Some documents put a fixed query in the path template (OpenAI's `/responses?beta=true`): append to it.
  const separator = path.includes('?') ? '&' : '?';
  const query = request.query.length > 0 ? `${separator}${encodeQuery(request.query)}` : '';
  return `${base}${path}${query}`;
}
