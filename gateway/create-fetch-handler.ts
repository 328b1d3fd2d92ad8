import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';
import { GATEWAY_CREDENTIAL_HEADER, type GatewayErrorCode } from '../contract/gateway-contract.ts';
import { type Admission, type AdmissionRequest, createAdmission } from './admit-request.ts';
import { gatewayError } from './build-gateway-error.ts';
import { buildHealthBody } from './build-health-body.ts';
import { corsHeaders, preflightHeaders } from './cors-headers.ts';
import { createCallerCheck } from './create-caller-check.ts';
import type { RateLimiter } from './create-rate-limiter.ts';
import type { ForwardingSurface } from './extract-operations.ts';
import { filterResponseHeaders } from './filter-response-headers.ts';
import type { GatewayConfig } from './load-config.ts';

/** What the Web-standard gateway needs: the same configuration as the node:http one, minus the server's own. */
export interface FetchGatewayOptions
  extends Pick<
    GatewayConfig,
    | 'upstreamUrl'
    | 'allowedOrigins'
    | 'credential'
    | 'schemeCredentials'
    | 'timeoutMs'
    | 'maxBodyBytes'
    | 'maxResponseBytes'
    | 'callers'
    | 'readOnly'
    | 'operationGlobs'
  > {
  surface: ForwardingSurface;
  /** Header lines a request, and an upstream response, may carry. */
  maxHeaders: number;
  /** The rate limit's store; none: no limit. */
  rateLimiter?: RateLimiter | undefined;
  /** Reads GATEWAY_CALLER_TOKENS_FILE; none where the runtime has no file system (workerd). */
  readFile?: ((file: string) => string) | undefined;
  /** The runtime's fetch by default; injectable for tests. */
  fetchImpl?: typeof fetch;
}

/**
 * The gateway as a Web-standard handler; `clientAddress` keys the rate limit when the runtime knows it and the
 * gateway does not check callers. `forwardedOperations`: how many operations it forwards (after narrowing).
 */
export type FetchHandler = ((request: Request, clientAddress?: string) => Promise<Response>) & {
  readonly forwardedOperations: number;
};

type Refusal = Extract<Admission, { kind: 'refuse' }>;

/**
 * The forwarding core as a `(Request) => Promise<Response>` handler over the same pure rules as the node:http
 * gateway (admission, header filters, target checks, CORS, the contract's errors), for runtimes that speak
 * fetch: Cloudflare's workerd, or Node through an adapter. Differences, all on the safe side: the runtime has
 * parsed (and normalised) the URL before the rules see it; the request body is read whole (it is capped at
 * `maxBodyBytes`) so the upstream gets a Content-Length; `Accept-Encoding` is not forwarded, since runtime fetch
 * implementations decode compressed bodies themselves. Responses stream through, cut after `timeoutMs` of
 * silence or beyond `maxResponseBytes`; a client that goes away cancels the upstream request.
 */
export function createFetchHandler(options: FetchGatewayOptions): FetchHandler {
  const { upstreamUrl, surface, maxHeaders, timeoutMs, maxBodyBytes, maxResponseBytes } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const credentialMode =
    options.credential === undefined && options.schemeCredentials === undefined ? 'browser' : 'server';
  // The same caller check and admission rules as the node:http engine: caller, then rate limit by caller id.
  const callerCheck = createCallerCheck(options.callers, options.readFile);
  const rules = createAdmission({ ...options, callerCheck });
  const upstreamOrigin = upstreamUrl.origin;
  const healthBody = buildHealthBody({
    upstreamHost: upstreamUrl.host,
    credential: credentialMode,
    forwardedOperations: rules.forwardedCount,
    callerCheck: callerCheck?.mode ?? 'none',
    surface,
  });

  function respond(
    status: number,
    headers: OutgoingHttpHeaders,
    corsOrigin: string | undefined,
    body: BodyInit | null,
  ): Response {
    const all: OutgoingHttpHeaders = { ...headers, [GATEWAY_CREDENTIAL_HEADER]: credentialMode };
    if (corsOrigin !== undefined) Object.assign(all, corsHeaders(corsOrigin, all));
    return new Response(body, { status, headers: toHeaders(all) });
  }

  function refuse(refusal: Omit<Refusal, 'kind'>, method: string): Response {
    const error = gatewayError(refusal.code, refusal.message, refusal.status);
    return respond(
      error.status,
      { ...error.headers, ...refusal.extra },
      refusal.corsOrigin,
      method === 'HEAD' ? null : error.body,
    );
  }

  async function forward(
    request: Request,
    admission: Extract<Admission, { kind: 'forward' }>,
  ): Promise<Response> {
    const { corsOrigin } = admission;
    const method = request.method;
    const fail = (code: GatewayErrorCode, message: string): Response =>
      refuse({ corsOrigin, code, message }, method);
    let body: Uint8Array<ArrayBuffer> | undefined;
    if (admission.hasBody && request.body) {
      body = await readCapped(request.body, maxBodyBytes);
      if (body === undefined) return fail('body_too_large', `request body over ${maxBodyBytes} bytes`);
    }
    const headers = { ...admission.headers };
    delete headers['content-length'];
    delete headers['accept-encoding'];

    // One controller for the upstream request: the timeout (until the head, then between chunks), the size limit,
    // and the client going away all end it.
    const upstreamAbort = new AbortController();
    let timedOut = false;
    let timer = setTimeout(onTimeout, timeoutMs);
    function onTimeout(): void {
      timedOut = true;
      upstreamAbort.abort(new Error('upstream timeout'));
    }
    const signal = request.signal
      ? AbortSignal.any([request.signal, upstreamAbort.signal])
      : upstreamAbort.signal;

    let upstream: Response;
    try {
      upstream = await fetchImpl(`${upstreamOrigin}${admission.path}`, {
        method,
        headers,
        body: body ?? null,
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      clearTimeout(timer);
      if (timedOut) return fail('upstream_timeout', `upstream sent no response within ${timeoutMs} ms`);
      if (request.signal?.aborted) return new Response(null, { status: 499 });
      if (isMalformedResponse(error))
        return fail('upstream_bad_response', 'upstream answered with malformed HTTP');
      return fail('upstream_unreachable', 'upstream request failed');
    }

    const incoming: IncomingHttpHeaders = {};
    let lines = 0;
    for (const [name, value] of upstream.headers) {
      incoming[name] = value;
      lines++;
    }
    const declared = upstream.headers.get('content-length');
    if (lines > maxHeaders || (declared !== null && Number(declared) > maxResponseBytes)) {
      clearTimeout(timer);
      upstreamAbort.abort(new Error('upstream response refused'));
      await upstream.body?.cancel().catch(() => {});
      return lines > maxHeaders
        ? fail('upstream_bad_response', `upstream response has more than ${maxHeaders} header lines`)
        : fail('response_too_large', `upstream response over ${maxResponseBytes} bytes`);
    }
    const out = filterResponseHeaders(incoming);
    // The runtime decoded any content-coding: the bytes that go out are the decoded ones.
    delete out['content-encoding'];
    if (upstream.headers.has('content-encoding')) delete out['content-length'];

    if (!upstream.body) {
      clearTimeout(timer);
      return respond(upstream.status, out, corsOrigin, null);
    }
    // From here the same timer is an idle timeout: every chunk re-arms it, a stalled body is cut.
    clearTimeout(timer);
    timer = setTimeout(onTimeout, timeoutMs);
    let seen = 0;
    const guarded = upstream.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > maxResponseBytes) {
            clearTimeout(timer);
            upstreamAbort.abort(new Error('upstream response too large'));
            controller.error(new Error('upstream response too large'));
            return;
          }
          clearTimeout(timer);
          timer = setTimeout(onTimeout, timeoutMs);
          controller.enqueue(chunk);
        },
        flush() {
          clearTimeout(timer);
        },
      }),
    );
    return respond(upstream.status, out, corsOrigin, guarded);
  }

  const handle = async (request: Request, clientAddress?: string): Promise<Response> => {
    const url = new URL(request.url);
    const target = `${url.pathname}${url.search}`;
    const headers: IncomingHttpHeaders = {};
    let lines = 0;
    for (const [name, value] of request.headers) {
      headers[name] = value;
      lines++;
    }
    const method = request.method;
    if (lines > maxHeaders) {
      return refuse(
        { corsOrigin: undefined, code: 'headers_too_large', message: `more than ${maxHeaders} header lines` },
        method,
      );
    }
    const input: AdmissionRequest = {
      method,
      url: target,
      headers,
      socket: { remoteAddress: clientAddress },
    };
    const admission = await rules.admit(input);
    switch (admission.kind) {
      case 'refuse':
        return refuse(admission, method);
      case 'preflight':
        return respond(
          204,
          preflightHeaders(admission.origin, admission.requestedHeaders, rules.preflightAllows),
          undefined,
          null,
        );
      case 'health':
        return respond(
          200,
          { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
          admission.corsOrigin,
          method === 'HEAD' ? null : healthBody,
        );
      case 'forward':
        return forward(request, admission);
    }
  };
  return Object.assign(handle, { forwardedOperations: rules.forwardedCount });
}

/** The body's bytes, or undefined once it is longer than `max` (reading stops there). */
async function readCapped(
  stream: ReadableStream<Uint8Array>,
  max: number,
): Promise<Uint8Array<ArrayBuffer> | undefined> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > max) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function toHeaders(headers: OutgoingHttpHeaders): Headers {
  const out = new Headers();
  for (const name in headers) {
    const value = headers[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) out.append(name, item);
    else out.set(name, String(value));
  }
  return out;
}

/** A fetch failure caused by an answer the runtime could not parse as HTTP (undici's parser errors). */
function isMalformedResponse(error: unknown): boolean {
  const cause = (error as { cause?: { name?: string; code?: string } } | undefined)?.cause;
  return cause?.name === 'HTTPParserError' || cause?.code?.startsWith('HPE_') === true;
}
