/**
 * The contract between the page (`src/`) and the reference gateway (`gateway/`): header names, the health
 * route and its body, the gateway's error codes and its error body. Both sides import this module rather than
 * repeating the literals, so a rename breaks the build instead of the conversation. Browser-safe: no Node APIs.
 */
import * as z from 'zod/mini';

/** Set on every gateway error response: the error code (the body says it again, with a message). */
export const GATEWAY_ERROR_HEADER = 'x-gateway-error';
/** Set on every gateway response: `server` when the gateway holds the upstream credential, else `browser`. */
export const GATEWAY_CREDENTIAL_HEADER = 'x-gateway-credential';
/** Where a caller presents its gateway access token (never forwarded upstream). */
export const GATEWAY_TOKEN_HEADER = 'x-gateway-token';
/** The gateway's own route, outside any API's path space. */
export const HEALTH_PATH = '/_gateway/health';
/** The gateway's Prometheus metrics (text format), beside health; never holds a credential. */
export const METRICS_PATH = '/_gateway/metrics';

/** The gateway's own error codes, in the body's `error.code` and in `x-gateway-error`. */
export const GATEWAY_ERROR_CODES = [
  'origin_not_allowed',
  'operation_not_allowed',
  'path_not_allowed',
  'header_not_allowed',
  'bad_request',
  'headers_too_large',
  'request_timeout',
  'body_too_large',
  'rate_limited',
  'rate_limit_unavailable',
  'upstream_unreachable',
  'upstream_bad_response',
  'response_too_large',
  'upstream_timeout',
  'caller_unauthenticated',
  'caller_forbidden',
  'caller_check_unavailable',
] as const;

/** One of the gateway's own error codes. */
export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

/** Default HTTP status per code; `operation_not_allowed` is 404 for an unknown path and 405 for a wrong method. */
export const GATEWAY_ERROR_STATUS: Readonly<Record<GatewayErrorCode, number>> = {
  origin_not_allowed: 403,
  operation_not_allowed: 404,
  path_not_allowed: 400,
  header_not_allowed: 400,
  bad_request: 400,
  headers_too_large: 431,
  request_timeout: 408,
  body_too_large: 413,
  rate_limited: 429,
  rate_limit_unavailable: 503,
  upstream_unreachable: 502,
  upstream_bad_response: 502,
  response_too_large: 502,
  upstream_timeout: 504,
  caller_unauthenticated: 401,
  caller_forbidden: 403,
  caller_check_unavailable: 503,
};

/**
 * Which hop a gateway error is about, as the page tells the user: the gateway refused the request itself,
 * refused the caller (`caller`: no or a bad gateway access token, or one that does not allow the operation),
 * could not get an answer from the API (`unreachable`), or got one it could not pass on (`bad_answer`).
 */
export type GatewayErrorKind = 'refused' | 'caller' | 'unreachable' | 'bad_answer';

const ERROR_KIND: Readonly<Record<GatewayErrorCode, GatewayErrorKind>> = {
  origin_not_allowed: 'refused',
  operation_not_allowed: 'refused',
  path_not_allowed: 'refused',
  header_not_allowed: 'refused',
  bad_request: 'refused',
  headers_too_large: 'refused',
  request_timeout: 'refused',
  body_too_large: 'refused',
  rate_limited: 'refused',
  rate_limit_unavailable: 'refused',
  response_too_large: 'refused',
  upstream_unreachable: 'unreachable',
  upstream_timeout: 'unreachable',
  upstream_bad_response: 'bad_answer',
  caller_unauthenticated: 'caller',
  caller_forbidden: 'caller',
  caller_check_unavailable: 'caller',
};

/** True for a code of this contract (a newer gateway may send codes an older page does not know). */
export function isGatewayErrorCode(code: string): code is GatewayErrorCode {
  return Object.hasOwn(ERROR_KIND, code);
}

/** The hop a code is about; an unknown code counts as a refusal. */
export function gatewayErrorKind(code: string): GatewayErrorKind {
  return isGatewayErrorCode(code) ? ERROR_KIND[code] : 'refused';
}

/**
 * The body of every gateway error: `{"error": {"type": "gateway_error", "code", "message"}}`. `code` is any
 * string here, not only `GATEWAY_ERROR_CODES`: a newer gateway may add codes, and an older page should still
 * show their message (`gatewayErrorKind` treats an unknown code as a refusal).
 */
export const gatewayErrorBodySchema = z.object({
  error: z.object({
    type: z.literal('gateway_error'),
    code: z.string().check(z.minLength(1)),
    message: z.string(),
  }),
});

/** A parsed gateway error body. */
export type GatewayErrorBody = z.infer<typeof gatewayErrorBodySchema>;

/** Who supplies the upstream credential. */
export const CREDENTIAL_HOLDERS = ['server', 'browser'] as const;
/** How the gateway checks its callers: not at all, a gateway access token, or a signed JWT. */
export const CALLER_CHECKS = ['none', 'token', 'jwt'] as const;

/** The caller check a gateway reports. */
export type CallerCheck = (typeof CALLER_CHECKS)[number];

/** The API a gateway forwards: its description's title and version, and `digestOperations` of its operations. */
export const gatewayApiSchema = z.object({
  title: z.string(),
  version: z.string(),
  digest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/**
 * The health body (`GET /_gateway/health`). `callerCheck` and `api` came with contract v2; a v1 gateway omits
 * them, so they are optional here and a reader must not assume them.
 */
export const gatewayHealthSchema = z.object({
  status: z.literal('ok'),
  upstream: z.string(),
  credential: z.enum(CREDENTIAL_HOLDERS),
  operations: z.int().check(z.nonnegative()),
  callerCheck: z.optional(z.enum(CALLER_CHECKS)),
  api: z.optional(gatewayApiSchema),
});

/** A parsed health body. */
export type GatewayHealthBody = z.infer<typeof gatewayHealthSchema>;

/** An operation as the digest sees it: method and path template, exactly as in the description. */
export interface DigestOperation {
  method: string;
  path: string;
}

/**
 * The text the operations digest is computed over: one `${METHOD} ${pathTemplate}` line per operation (method
 * upper case, template as written), sorted, without duplicates, joined with "\n".
 */
export function operationDigestLines(operations: readonly DigestOperation[]): string {
  const lines = new Set(operations.map((operation) => `${operation.method.toUpperCase()} ${operation.path}`));
  return [...lines].sort().join('\n');
}

/**
 * Lowercase hex SHA-256 of `operationDigestLines`, with Web Crypto (in browsers and in Node alike), so the
 * page and the gateway compute the same value. Rejects where Web Crypto is unavailable (an insecure context).
 */
export async function digestOperations(operations: readonly DigestOperation[]): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) throw new Error('Web Crypto is not available here (the page needs https or localhost).');
  const bytes = new TextEncoder().encode(operationDigestLines(operations));
  const hash = new Uint8Array(await subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of hash) hex += byte.toString(16).padStart(2, '0');
  return hex;
}
