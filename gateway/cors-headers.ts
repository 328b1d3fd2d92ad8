import type { OutgoingHttpHeaders } from 'node:http';

/** Response headers the page must be able to read besides the forwarded ones. */
export const ALWAYS_EXPOSED: readonly string[] = [
  'content-length',
  'content-type',
  'openai-processing-ms',
  'retry-after',
  'retry-after-ms',
  'x-gateway-credential',
  'x-gateway-error',
  'x-request-id',
];

/**
 * CORS headers for an allowed origin: the origin echoed (never `*`, so it stays correct whatever the list),
 * `vary: origin` merged with any upstream vary, and every response header name exposed to the page.
 */
export function corsHeaders(origin: string, response: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const expose = new Set(ALWAYS_EXPOSED);
  for (const name of Object.keys(response)) expose.add(name.toLowerCase());
  const upstreamVary = response.vary === undefined ? '' : String(response.vary);
  const vary = /(^|,)\s*origin\s*(,|$)/i.test(upstreamVary)
    ? upstreamVary
    : upstreamVary
      ? `${upstreamVary}, origin`
      : 'origin';
  return {
    'access-control-allow-origin': origin,
    vary,
    'access-control-expose-headers': [...expose].sort().join(', '),
  };
}

/** Methods a preflight may announce; what is actually forwarded is still decided per operation. */
export const PREFLIGHT_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';

/**
 * Headers of a 204 preflight answer: allow-headers echoes only the requested names the gateway would forward
 * (anything else would be dropped anyway, so announcing it would mislead the page).
 */
export function preflightHeaders(
  origin: string,
  requestedHeaders: string | undefined,
  forwardable: (name: string) => boolean,
): OutgoingHttpHeaders {
  const requested = (requestedHeaders ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name.length > 0 && forwardable(name));
  const headers: OutgoingHttpHeaders = {
    'access-control-allow-origin': origin,
    vary: 'origin, access-control-request-method, access-control-request-headers',
    'access-control-allow-methods': PREFLIGHT_METHODS,
    'access-control-max-age': '600',
  };
  if (requested.length > 0) headers['access-control-allow-headers'] = [...new Set(requested)].join(', ');
  return headers;
}
