import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { GATEWAY_TOKEN_HEADER, type GatewayErrorCode, HEALTH_PATH } from '../contract/gateway-contract.ts';
import type { CallerChecker, CallerVerdict } from './caller-verdict.ts';
import { compileOperationGlobs } from './compile-operation-globs.ts';
import type { RateDecision, RateLimiter } from './create-rate-limiter.ts';
import type { ForwardingSurface, Operation } from './extract-operations.ts';
import {
  BASE_REQUEST_HEADERS,
  filterRequestHeaders,
  isDeniedRequestHeader,
} from './filter-request-headers.ts';
import { isOriginAllowed } from './is-origin-allowed.ts';
import type { GatewayConfig } from './load-config.ts';
import { createOperationMatcher, templatePath } from './match-operation.ts';
import { normalizeTarget } from './normalize-target.ts';
import { planServerCredentials } from './plan-server-credentials.ts';
import { decodeName } from './redact-target.ts';

/**
 * What admission decided for one request. `corsOrigin` is the request's Origin when it is allowed (the answer
 * then carries CORS headers), else undefined. `callerId` is who the caller check said the caller is (safe to
 * log), when there is a check and it got that far.
 */
export type Admission =
  | {
      kind: 'refuse';
      corsOrigin: string | undefined;
      code: GatewayErrorCode;
      message: string;
      status?: number;
      extra?: OutgoingHttpHeaders;
      callerId?: string;
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
      callerId?: string;
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

/** The admission rules of one gateway, compiled once. */
export interface AdmissionRules {
  /**
   * Decides; a promise only when a check has to wait (a JWT whose key set is being fetched, a shared
   * rate-limit store).
   */
  admit(req: AdmissionRequest): Admission | Promise<Admission>;
  /** True when a preflight may announce this (lower-case) request header: forwarded ones and the caller's. */
  preflightAllows(name: string): boolean;
  /** How many of the description's operations are forwarded (after GATEWAY_READ_ONLY / GATEWAY_OPERATIONS). */
  readonly forwardedCount: number;
}

/** Admission's configuration: the gateway's own, the description's surface and the caller check, if any. */
export type AdmissionOptions = Pick<
  GatewayConfig,
  | 'upstreamUrl'
  | 'allowedOrigins'
  | 'credential'
  | 'schemeCredentials'
  | 'maxBodyBytes'
  | 'readOnly'
  | 'operationGlobs'
> & {
  /** The rate limit's store (memory or shared), keyed by caller id, else client IP; none: no limit. */
  rateLimiter?: RateLimiter | undefined;
  surface: ForwardingSurface;
  callerCheck?: CallerChecker | undefined;
};

/**
 * Compiles the gateway's admission rules, applied in this order: request headers (allowlist, no CR/LF/NUL),
 * origin, preflight, health, caller check, rate limit (per caller, else per IP), request-target, operation
 * allowlist (matched against the whole description, then narrowed by GATEWAY_READ_ONLY, GATEWAY_OPERATIONS and
 * the caller's scopes), declared body length. Nothing here talks to the upstream or writes a response.
 */
export function createAdmission(options: AdmissionOptions): AdmissionRules {
  const { surface, credential, allowedOrigins, maxBodyBytes } = options;
  const callers = options.callerCheck;
  const allow = new Set([...BASE_REQUEST_HEADERS, ...surface.headerParams]);
  // The caller's proof is the gateway's business alone, even if the description declares that header.
  if (callers) allow.delete(callers.header);
  const matchOperation = createOperationMatcher(surface.operations);
  const forwardable = (name: string): boolean => allow.has(name) && !isDeniedRequestHeader(name);
  const preflightAllows = (name: string): boolean =>
    forwardable(name) || name === GATEWAY_TOKEN_HEADER || name === callers?.header;
  const limiter = options.rateLimiter;
  // A root upstream's pathname is `/` (URL keeps it however config trims it): `${'/'}/models` would be `//models`.
  const basePath = options.upstreamUrl.pathname.replace(/\/+$/, '');
  // Operations that share a method and a path before `#` (AWS style) are told apart only by what the request
  // carries; for narrowing and scopes a request to one of them counts as a request to all of them.
  const siblings = siblingsOf(surface.operations);
  const narrowing = createNarrowing(surface.operations, siblings, options.readOnly, options.operationGlobs);
  const held =
    options.schemeCredentials === undefined
      ? undefined
      : planServerCredentials(surface.operations, surface.securitySchemes ?? {}, options.schemeCredentials);

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
    // Preflights and health carry no credentials (browsers send none on a preflight): no caller check for them.
    if (method === 'OPTIONS' && origin !== undefined && req.headers['access-control-request-method']) {
      return { kind: 'preflight', origin, requestedHeaders: req.headers['access-control-request-headers'] };
    }

    const q = target.indexOf('?');
    const pathOnly = q === -1 ? target : target.slice(0, q);
    if (pathOnly === HEALTH_PATH && (method === 'GET' || method === 'HEAD')) {
      return { kind: 'health', corsOrigin };
    }

    if (!callers) return afterCaller(req, corsOrigin, filtered.headers, undefined);
    const verdict = callers.check(req.headers);
    if (!(verdict instanceof Promise)) return afterCaller(req, corsOrigin, filtered.headers, verdict);
    return verdict.then(
      (settled) => afterCaller(req, corsOrigin, filtered.headers, settled),
      (): Admission => refuse(corsOrigin, 'caller_check_unavailable', 'the caller check failed'),
    );
  }

  /** The rate limit, keyed by who the caller check says the caller is, else by the client's IP. */
  function afterCaller(
    req: AdmissionRequest,
    corsOrigin: string | undefined,
    headers: Record<string, string>,
    verdict: CallerVerdict | undefined,
  ): Admission | Promise<Admission> {
    if (!limiter) return afterRateLimit(req, corsOrigin, headers, verdict);
    const callerId = verdict?.ok ? verdict.id : undefined;
    // A refused caller spends from its IP's budget: guessing tokens is rate limited like anything else.
    const decision = limiter.take(callerId ?? req.socket.remoteAddress ?? 'unknown');
    if (decision instanceof Promise) {
      return decision.then((settled) =>
        settled.ok
          ? afterRateLimit(req, corsOrigin, headers, verdict)
          : withCaller(rateRefusal(corsOrigin, settled), callerId),
      );
    }
    return decision.ok
      ? afterRateLimit(req, corsOrigin, headers, verdict)
      : withCaller(rateRefusal(corsOrigin, decision), callerId);
  }

  /** The caller's verdict, then path, operation (allowlist, narrowing, scopes) and body framing. */
  function afterRateLimit(
    req: AdmissionRequest,
    corsOrigin: string | undefined,
    headers: Record<string, string>,
    verdict: CallerVerdict | undefined,
  ): Admission {
    const method = req.method ?? 'GET';
    const target = req.url ?? '';
    const callerId = verdict?.ok ? verdict.id : undefined;
    if (verdict && !verdict.ok) {
      return {
        kind: 'refuse',
        corsOrigin,
        code: verdict.code,
        message: verdict.message,
        ...(verdict.code === 'caller_unauthenticated'
          ? { extra: { 'www-authenticate': 'X-Gateway-Token realm="gateway"' } }
          : {}),
      };
    }

    const checked = normalizeTarget(target);
    if (!checked.ok) return withCaller(refuse(corsOrigin, 'path_not_allowed', checked.reason), callerId);
    const matched = matchOperation(method, checked.path);
    if (matched.kind === 'unknown_path') {
      return withCaller(
        refuse(corsOrigin, 'operation_not_allowed', 'no operation of the API description has this path'),
        callerId,
      );
    }
    if (matched.kind === 'wrong_method') {
      return {
        kind: 'refuse',
        corsOrigin,
        code: 'operation_not_allowed',
        message: `method ${method} is not an operation on this path`,
        status: 405,
        extra: { allow: matched.allowed.join(', ') },
        ...(callerId === undefined ? {} : { callerId }),
      };
    }
    const operation = matched.operation;
    if (narrowing && !narrowing.forwarded.has(operation)) {
      return withCaller({ corsOrigin, ...narrowing.refusal(operation, method, checked.path) }, callerId);
    }
    const mayUse = verdict?.ok ? verdict.mayUse : undefined;
    if (mayUse && !(siblings.get(operation) ?? [operation]).every((one) => mayUse(one.operationId))) {
      return withCaller(
        refuse(
          corsOrigin,
          'caller_forbidden',
          `the caller's scopes do not allow operation ${operation.operationId ?? `${operation.method} ${operation.template}`}`,
        ),
        callerId,
      );
    }

    const lengthHeader = req.headers['content-length'];
    const transferEncoding = req.headers['transfer-encoding'];
    const chunked = transferEncoding !== undefined;
    // Framing the gateway and the upstream could read differently is refused (node's parser already refuses
    // most shapes; this holds wherever the rules run): only plain `chunked`, never beside a Content-Length.
    if (chunked && (transferEncoding.toLowerCase() !== 'chunked' || lengthHeader !== undefined)) {
      return withCaller(refuse(corsOrigin, 'bad_request', 'unsupported transfer-encoding'), callerId);
    }
    let declaredLength: number | undefined;
    if (lengthHeader !== undefined) {
      if (!isDigits(lengthHeader)) {
        return withCaller(refuse(corsOrigin, 'bad_request', 'invalid content-length'), callerId);
      }
      declaredLength = Number(lengthHeader);
      if (declaredLength > maxBodyBytes) {
        return withCaller(
          refuse(corsOrigin, 'body_too_large', `request body over ${maxBodyBytes} bytes`),
          callerId,
        );
      }
    }
    if (declaredLength !== undefined && !chunked) headers['content-length'] = String(declaredLength);
    const credential = held?.get(operation);
    let forwardedTarget = target;
    if (credential) {
      for (const [name, value] of credential.headers) headers[name] = value;
      if (credential.query.length > 0) forwardedTarget = withQueryCredential(target, credential.query);
    }
    const forward: Admission = {
      kind: 'forward',
      corsOrigin,
      path: `${basePath}${forwardedTarget}`,
      headers,
      hasBody: chunked || (declaredLength ?? 0) > 0,
      operation,
    };
    if (callerId !== undefined) forward.callerId = callerId;
    return forward;
  }

  return {
    admit,
    preflightAllows,
    forwardedCount: narrowing ? narrowing.forwarded.size : surface.operations.length,
  };
}

/**
 * GATEWAY_READ_ONLY and GATEWAY_OPERATIONS: which described operations are forwarded, and the refusal for one
 * that is not. Undefined when nothing is narrowed. A request is matched against the whole description first and
 * only then checked here, so a narrowed-away `/users/me` can never be forwarded as the kept `/users/{id}`.
 */
function createNarrowing(
  operations: readonly Operation[],
  siblings: ReadonlyMap<Operation, readonly Operation[]>,
  readOnly: boolean,
  globs: readonly string[] | undefined,
):
  | {
      forwarded: ReadonlySet<Operation>;
      refusal(
        operation: Operation,
        method: string,
        path: string,
      ): Omit<Extract<Admission, { kind: 'refuse' }>, 'corsOrigin'>;
    }
  | undefined {
  if (!readOnly && globs === undefined) return undefined;
  const named = globs === undefined ? undefined : compileOperationGlobs(globs);
  const kept = (operation: Operation) =>
    (!readOnly || operation.method === 'GET' || operation.method === 'HEAD') &&
    (!named || named(operation.operationId));
  const forwarded = new Set(
    operations.filter((operation) => (siblings.get(operation) ?? [operation]).every(kept)),
  );
  const matchForwarded = createOperationMatcher([...forwarded]);
  return {
    forwarded,
    refusal(operation, method, path) {
      const other = matchForwarded(method, path);
      // 405 names the methods still forwarded on this path (RFC 9110: an empty Allow means none).
      const allow = other.kind === 'wrong_method' ? other.allowed.join(', ') : '';
      if (readOnly && operation.method !== 'GET' && operation.method !== 'HEAD') {
        return {
          kind: 'refuse',
          code: 'operation_not_allowed',
          message: 'this gateway is read-only (GATEWAY_READ_ONLY): it forwards GET and HEAD only',
          status: 405,
          extra: { allow },
        };
      }
      const message = `operation ${operation.operationId ?? `${operation.method} ${operation.template}`} is not among those this gateway forwards (GATEWAY_OPERATIONS)`;
      return other.kind === 'wrong_method'
        ? { kind: 'refuse', code: 'operation_not_allowed', message, status: 405, extra: { allow } }
        : { kind: 'refuse', code: 'operation_not_allowed', message };
    },
  };
}

/** Operations that share a method and a path before `#` with another one, mapped to that whole group. */
function siblingsOf(operations: readonly Operation[]): Map<Operation, readonly Operation[]> {
  const groups = new Map<string, Operation[]>();
  for (const operation of operations) {
    const key = `${operation.method} ${templatePath(operation.template)}`;
    const group = groups.get(key) ?? [];
    group.push(operation);
    groups.set(key, group);
  }
  const siblings = new Map<Operation, readonly Operation[]>();
  for (const group of groups.values()) {
    if (group.length > 1) for (const operation of group) siblings.set(operation, group);
  }
  return siblings;
}

/** The request-target with the server-held query credentials set: the browser's pairs of those names dropped. */
function withQueryCredential(target: string, pairs: readonly [string, string][]): string {
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  const names = new Set(pairs.map(([name]) => name));
  const kept =
    q === -1
      ? []
      : target
          .slice(q + 1)
          .split('&')
          .filter((pair) => pair !== '' && !names.has(decodeName(pair.split('=', 1)[0] ?? '')));
  for (const [name, value] of pairs) kept.push(`${encodeURIComponent(name)}=${value}`);
  return `${path}?${kept.join('&')}`;
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

function withCaller(admission: Admission, callerId: string | undefined): Admission {
  if (callerId !== undefined && admission.kind === 'refuse') admission.callerId = callerId;
  return admission;
}

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
