import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { type GatewayErrorCode, HEALTH_PATH } from '../contract/gateway-contract.ts';
import type { RateDecision, RateLimiter } from './create-rate-limiter.ts';
import type { ForwardingSurface, Operation } from './extract-operations.ts';
import {
  BASE_REQUEST_HEADERS,
  filterRequestHeaders,
  isDeniedRequestHeader,
} from './filter-request-headers.ts';
import { isOriginAllowed } from './is-origin-allowed.ts';
import type { GatewayConfig } from './load-config.ts';
import { createOperationMatcher } from './match-operation.ts';
import { normalizeTarget } from './normalize-target.ts';

/**
 * What admission decided for one request. `corsOrigin` is the request's Origin when it is allowed (the answer
 * then carries CORS headers), else undefined.
 */
export type Admission =
  | {
      kind: 'refuse';
      corsOrigin: string | undefined;
      code: GatewayErrorCode;
      message: string;
      status?: number;
      extra?: OutgoingHttpHeaders;
    }
  | { kind: 'preflight'; origin: string; requestedHeaders: string | undefined }
  | { kind: 'health'; corsOrigin: string | undefined }
  | {
      kind: 'forward';
      corsOrigin: string | undefined;
      /** The upstream path: the upstream base path plus the request-target as the browser sent it. */
      path: string;
      /** Allowlisted request headers, the credential rule applied. */
      headers: Record<string, string>;
      hasBody: boolean;
      /** The description's operation the request matched (for the access log and metrics). */
      operation: Operation;
    };

/**
 * What admission reads of a request: node's IncomingMessage is one; the Web-standard handler builds one from a
 * `Request`. Header names lower-case; `url` is the request-target as sent (`/path?query`).
 */
export interface AdmissionRequest {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly socket: { readonly remoteAddress?: string | undefined };
}

/** The admission rules of one gateway, compiled once: `admit(req)` decides, `forwardable(name)` serves preflights. */
export interface AdmissionRules {
  /** Decides; a promise only when a check has to wait (a shared rate-limit store). */
  admit(req: AdmissionRequest): Admission | Promise<Admission>;
  /** True when a request header of this (lower-case) name would be forwarded upstream. */
  forwardable(name: string): boolean;
}

/**
 * Compiles the gateway's admission rules: request headers (allowlist, no CR/LF/NUL), origin, preflight, health,
 * rate limit, request-target, operation allowlist and declared body length, in that order. Nothing here talks to
 * the upstream or writes a response: the caller acts on the decision.
 */
export function createAdmission(
  options: Pick<GatewayConfig, 'upstreamUrl' | 'allowedOrigins' | 'credential' | 'maxBodyBytes'> & {
    /** The rate limit's store (memory or shared); none: no limit. */
    rateLimiter?: RateLimiter | undefined;
    surface: ForwardingSurface;
  },
): AdmissionRules {
  const { surface, credential, allowedOrigins, maxBodyBytes } = options;
  const allow = new Set([...BASE_REQUEST_HEADERS, ...surface.headerParams]);
  const matchOperation = createOperationMatcher(surface.operations);
  const forwardable = (name: string): boolean => allow.has(name) && !isDeniedRequestHeader(name);
  const limiter = options.rateLimiter;
  // A root upstream's pathname is `/` (URL keeps it however config trims it): `${'/'}/models` would be `//models`.
  const basePath = options.upstreamUrl.pathname.replace(/\/+$/, '');

  function admit(req: AdmissionRequest): Admission | Promise<Admission> {
    const method = req.method ?? 'GET';
    const target = req.url ?? '';
    const origin = req.headers.origin;
    const originAllowed = origin !== undefined && isOriginAllowed(origin, allowedOrigins);
    const corsOrigin = originAllowed ? origin : undefined;

    // TRACE would echo the request (credential included) back; CONNECT would make the gateway a tunnel.
    if (NEVER_FORWARDED_METHODS.has(method)) {
      return {
        kind: 'refuse',
        corsOrigin,
        code: 'operation_not_allowed',
        message: `${method} is never forwarded`,
        status: 405,
      };
    }
    const filtered = filterRequestHeaders(req.headers, allow, credential);
    if (!filtered.ok) {
      return refuse(corsOrigin, 'header_not_allowed', `header "${filtered.header}": ${filtered.reason}`);
    }
    // Requests without Origin come from non-browser clients (curl, scripts); CORS cannot protect anything there.
    if (origin !== undefined && !originAllowed) {
      return refuse(corsOrigin, 'origin_not_allowed', 'origin is not allowed');
    }
    if (method === 'OPTIONS' && origin !== undefined && req.headers['access-control-request-method']) {
      return { kind: 'preflight', origin, requestedHeaders: req.headers['access-control-request-headers'] };
    }

    const q = target.indexOf('?');
    const pathOnly = q === -1 ? target : target.slice(0, q);
    if (pathOnly === HEALTH_PATH && (method === 'GET' || method === 'HEAD')) {
      return { kind: 'health', corsOrigin };
    }

    if (!limiter) return afterRateLimit(req, corsOrigin, filtered.headers);
    const decision = limiter.take(req.socket.remoteAddress ?? 'unknown');
    if (decision instanceof Promise) {
      return decision.then((settled) =>
        settled.ok ? afterRateLimit(req, corsOrigin, filtered.headers) : rateRefusal(corsOrigin, settled),
      );
    }
    return decision.ok
      ? afterRateLimit(req, corsOrigin, filtered.headers)
      : rateRefusal(corsOrigin, decision);
  }

  /** Path, operation and body framing: the rules after the rate limit let the request through. */
  function afterRateLimit(
    req: AdmissionRequest,
    corsOrigin: string | undefined,
    headers: Record<string, string>,
  ): Admission {
    const method = req.method ?? 'GET';
    const target = req.url ?? '';
    const checked = normalizeTarget(target);
    if (!checked.ok) return refuse(corsOrigin, 'path_not_allowed', checked.reason);
    const matched = matchOperation(method, checked.path);
    if (matched.kind === 'unknown_path') {
      return refuse(corsOrigin, 'operation_not_allowed', 'no operation of the API description has this path');
    }
    if (matched.kind === 'wrong_method') {
      return {
        kind: 'refuse',
        corsOrigin,
        code: 'operation_not_allowed',
        message: `method ${method} is not an operation on this path`,
        status: 405,
        extra: { allow: matched.allowed.join(', ') },
      };
    }

    const lengthHeader = req.headers['content-length'];
    const transferEncoding = req.headers['transfer-encoding'];
    const chunked = transferEncoding !== undefined;
    // Framing the gateway and the upstream could read differently is refused (node's parser already refuses
    // most shapes; this holds wherever the rules run): only plain `chunked`, never beside a Content-Length.
    if (chunked && (transferEncoding.toLowerCase() !== 'chunked' || lengthHeader !== undefined)) {
      return refuse(corsOrigin, 'bad_request', 'unsupported transfer-encoding');
    }
    let declaredLength: number | undefined;
    if (lengthHeader !== undefined) {
      if (!isDigits(lengthHeader)) return refuse(corsOrigin, 'bad_request', 'invalid content-length');
      declaredLength = Number(lengthHeader);
      if (declaredLength > maxBodyBytes) {
        return refuse(corsOrigin, 'body_too_large', `request body over ${maxBodyBytes} bytes`);
      }
    }
    if (declaredLength !== undefined && !chunked) headers['content-length'] = String(declaredLength);
    return {
      kind: 'forward',
      corsOrigin,
      path: `${basePath}${target}`,
      headers,
      hasBody: chunked || (declaredLength ?? 0) > 0,
      operation: matched.operation,
    };
  }

  return { admit, forwardable };
}

function rateRefusal(
  corsOrigin: string | undefined,
  decision: Extract<RateDecision, { ok: false }>,
): Admission {
  return {
    kind: 'refuse',
    corsOrigin,
    ...(decision.unavailable
      ? { code: 'rate_limit_unavailable', message: 'the rate limit cannot be checked right now' }
      : { code: 'rate_limited', message: 'too many requests from this client' }),
    extra: { 'retry-after': String(decision.retryAfterSeconds) },
  };
}

const NEVER_FORWARDED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

function refuse(corsOrigin: string | undefined, code: GatewayErrorCode, message: string): Admission {
  return { kind: 'refuse', corsOrigin, code, message };
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
