import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

// Hop-by-hop (RFC 9110 §7.6.1) plus headers that describe the upstream host or would set state on the
// gateway's origin. access-control-* is dropped because the gateway owns CORS.
const STRIP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'set-cookie',
  'set-cookie2',
  'server',
  'x-powered-by',
  'via',
  'alt-svc',
]);

/** Upstream response headers minus hop-by-hop, cookies and server identification, in upstream order. */
export function filterResponseHeaders(incoming: IncomingHttpHeaders): OutgoingHttpHeaders {
  // Headers named in Connection are hop-by-hop for this message too.
  const connectionListed = listedInConnection(incoming.connection);
  const out: OutgoingHttpHeaders = {};
  for (const name in incoming) {
    const value = incoming[name];
    if (value === undefined) continue;
    const lower = name.toLowerCase();
    if (STRIP.has(lower) || connectionListed?.has(lower) || lower.startsWith('access-control-')) continue;
    out[lower] = value;
  }
  return out;
}

/** Names listed in a Connection header besides the usual `keep-alive` / `close` (undefined when none). */
function listedInConnection(connection: string | undefined): Set<string> | undefined {
  if (connection === undefined) return undefined;
  const plain = connection.trim().toLowerCase();
  if (plain === 'keep-alive' || plain === 'close' || plain === '') return undefined;
  return new Set(
    plain
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  );
}
