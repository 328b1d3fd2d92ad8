import type { IncomingHttpHeaders } from 'node:http';
import { GATEWAY_TOKEN_HEADER } from '../contract/gateway-contract.ts';

/** Headers every API behind the gateway may need; the spec's own header parameters are added to these. */
export const BASE_REQUEST_HEADERS: readonly string[] = [
  'accept',
  // Forwarded so upstream may compress; the compressed bytes stream through unchanged (and count, compressed,
  // towards the response size limit). Browsers decompress transparently.
  'accept-encoding',
  'authorization',
  'content-type',
  'openai-organization',
  'openai-project',
];

// Never forwarded, even if an API description declares them as header parameters: they belong to the hop
// between browser and gateway (the caller's gateway token among them), identify the browser, or would let the
// caller steer routing or framing.
const EXACT_DENY = new Set([
  'host',
  'connection',
  'keep-alive',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-length',
  'cookie',
  'origin',
  'referer',
  'forwarded',
  'x-real-ip',
  GATEWAY_TOKEN_HEADER,
  // Method overrides: a framework upstream would run DELETE for a request the allowlist admitted as a POST.
  'x-http-method-override',
  'x-http-method',
  'x-method-override',
  'x-original-method',
  // Routing overrides some servers honour over the request line: a path the allowlist never saw.
  'x-original-url',
  'x-rewrite-url',
  'x-override-url',
]);
const PREFIX_DENY = ['proxy-', 'sec-fetch-', 'sec-ch-ua', 'x-forwarded-'];

/** True when a header name may never be forwarded upstream, whatever the allowlist says. */
export function isDeniedRequestHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return EXACT_DENY.has(lower) || PREFIX_DENY.some((prefix) => lower.startsWith(prefix));
}

/** Result of filtering: the headers to send upstream, or the name of a header whose value is unsafe. */
export type RequestHeaderFilter =
  | { ok: true; headers: Record<string, string> }
  | { ok: false; header: string; reason: string };

// biome-ignore lint/suspicious/noControlCharactersInRegex: CR, LF and NUL are exactly what we refuse.
const UNSAFE_VALUE = /[\r\n\u0000]/;

/**
 * Keeps only allowlisted request headers (lower-case names) and applies the credential rule: with a
 * server-held credential the browser's Authorization is dropped and replaced. Headers the request names in its
 * `Connection` header are hop-by-hop (RFC 9110 §7.6.1) and dropped, allowlisted or not. Any header (allowed or
 * not) whose value holds CR, LF or NUL refuses the whole request, so such bytes can never reach upstream.
 */
export function filterRequestHeaders(
  incoming: IncomingHttpHeaders,
  allow: ReadonlySet<string>,
  credential?: string,
): RequestHeaderFilter {
  const out: Record<string, string> = {};
  const connection = incoming.connection;
  const hopByHop = connection === undefined ? undefined : connectionOptions(connection);
  for (const name in incoming) {
    const raw = incoming[name];
    if (raw === undefined) continue;
    let value: string;
    if (typeof raw === 'string') {
      if (UNSAFE_VALUE.test(raw)) return { ok: false, header: name, reason: 'CR, LF or NUL in header value' };
      value = raw;
    } else {
      for (const item of raw) {
        if (UNSAFE_VALUE.test(item))
          return { ok: false, header: name, reason: 'CR, LF or NUL in header value' };
      }
      value = raw.join(', ');
    }
    const lower = name.toLowerCase();
    if (!allow.has(lower) || isDeniedRequestHeader(lower) || hopByHop?.has(lower)) continue;
    if (lower === 'authorization' && credential !== undefined) continue;
    out[lower] = value;
  }
  if (credential !== undefined) out.authorization = `Bearer ${credential}`;
  return { ok: true, headers: out };
}

/** The header names a `Connection` value lists (`close` and `keep-alive` are options, not names, and harmless). */
function connectionOptions(value: string): Set<string> | undefined {
  const plain = value.toLowerCase();
  if (plain === 'keep-alive' || plain === 'close') return undefined;
  return new Set(plain.split(',').map((name) => name.trim()));
}
