import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { buildConnector, type Dispatcher, Pool } from 'undici';
import { listenOn } from '../node-support/listen-on.ts';
import { corsHeaders, preflightHeaders } from './cors-headers.ts';
import { createRateLimiter } from './create-rate-limiter.ts';
import type { ForwardingSurface } from './extract-operations.ts';
import {
  BASE_REQUEST_HEADERS,
  filterRequestHeaders,
  isDeniedRequestHeader,
} from './filter-request-headers.ts';
import { filterResponseHeaders } from './filter-response-headers.ts';
import { type GatewayErrorCode, gatewayError } from './gateway-error.ts';
import { isOriginAllowed } from './is-origin-allowed.ts';
import type { GatewayConfig } from './load-config.ts';
import { createOperationMatcher } from './match-operation.ts';
import { normalizeTarget } from './normalize-target.ts';
import { redactTarget } from './redact-target.ts';

/** Gateway configuration plus what it forwards (read from the API description) and where it logs. */
export interface GatewayOptions extends GatewayConfig {
  surface: ForwardingSurface;
  /** One access-log line per request; never receives headers or credentials. */
  log?: (line: string) => void;
}

/** A gateway server: `listen()` resolves to its bound URL; `close()` drains in-flight requests first. */
export interface Gateway {
  readonly server: http.Server;
  readonly url: string | undefined;
  listen(): Promise<string>;
  close(graceMs?: number): Promise<void>;
}

export const HEALTH_PATH = '/_gateway/health';

const ignore = (): void => {};

/** Set on a socket error by the upstream connector: the connection had already carried a response. */
interface TaggedError extends Error {
  code?: string;
  /** undici's SocketError ("other side closed") carries the socket's counters. */
  socket?: { bytesRead?: number };
  upstreamSocketUsed?: boolean;
}

function tagSocketError(this: Socket, error: TaggedError): void {
  error.upstreamSocketUsed = this.bytesRead > 0;
}

/** True when a failed upstream request went out on a keep-alive connection that had served a response before. */
function wasReusedConnection(error: TaggedError): boolean {
  return error.upstreamSocketUsed === true || (error.socket?.bytesRead ?? 0) > 0;
}

/** Creates the reference gateway (node:http server, undici pool upstream): forwards the described operations to one fixed upstream. */
export function createGateway(options: GatewayOptions): Gateway {
  const { upstreamUrl, surface, credential } = options;
  const log = options.log ?? ignore;
  const credentialMode = credential === undefined ? 'browser' : 'server';
  const allow = new Set([...BASE_REQUEST_HEADERS, ...surface.headerParams]);
  const matchOperation = createOperationMatcher(surface.operations);
  const forwardable = (name: string): boolean => allow.has(name) && !isDeniedRequestHeader(name);
  const limiter =
    options.rateLimitPerMinute === undefined ? undefined : createRateLimiter(options.rateLimitPerMinute);
  // Keep-alive to the single upstream: the TCP (and TLS) handshake is paid once, not per request. undici
  // closes idle connections before the upstream's advertised keep-alive timeout, and its parser and request
  // writer cost far less CPU per request than node:http's client. No pipelining: one slow response would hold
  // up the requests queued behind it on the same connection.
  const connector = buildConnector({});
  const pool = new Pool(upstreamUrl.origin, {
    connections: 256,
    pipelining: 1,
    // The gateway's own timer (GATEWAY_TIMEOUT_MS, until the response starts and then between chunks) rules.
    headersTimeout: 0,
    bodyTimeout: 0,
    connect(connectOptions, callback) {
      connector(connectOptions, (error, socket) => {
        // Listening before undici does, so the error it reports already says whether the socket was used.
        socket?.on('error', tagSocketError);
        if (error) callback(error, null);
        else callback(null, socket as Socket);
      });
    },
  });
  // A root upstream's pathname is `/` (URL keeps it however config trims it): `${'/'}/models` would be `//models`.
  const basePath = upstreamUrl.pathname.replace(/\/+$/, '');
  const healthBody = JSON.stringify({
    status: 'ok',
    upstream: upstreamUrl.host,
    credential: credentialMode,
    operations: surface.operations.length,
  });

  const server = http.createServer({ noDelay: true }, (req, res) => handle(req, res));
  server.on('clientError', onClientError);

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const target = req.url ?? '';
    let exchange: Exchange | undefined;
    res.on('error', ignore);
    res.once('close', () => {
      const finished = res.writableFinished;
      // The browser went away (or we finished): stop talking to upstream for it.
      exchange?.clientClosed(finished);
      const ms = (performance.now() - started).toFixed(1);
      log(
        `${isoNow()} ${method} ${redactTarget(target)} ${res.statusCode} ${ms}ms${finished ? '' : ' aborted'}`,
      );
    });

    const origin = req.headers.origin;
    const originAllowed = origin !== undefined && isOriginAllowed(origin, options.allowedOrigins);
    // Refusals go through sendError with this, not through a per-request `fail` closure: under tsx every named
    // closure is also wrapped by esbuild's keepNames helper, a cost paid per request.
    const corsOrigin = originAllowed ? origin : undefined;

    const filtered = filterRequestHeaders(req.headers, allow, credential);
    if (!filtered.ok) {
      sendError(
        req,
        res,
        corsOrigin,
        'header_not_allowed',
        `header "${filtered.header}": ${filtered.reason}`,
      );
      return;
    }
    // Requests without Origin come from non-browser clients (curl, scripts); CORS cannot protect anything there.
    if (origin !== undefined && !originAllowed) {
      sendError(req, res, corsOrigin, 'origin_not_allowed', 'origin is not allowed');
      return;
    }

    if (method === 'OPTIONS' && origin !== undefined && req.headers['access-control-request-method']) {
      const requested = req.headers['access-control-request-headers'];
      res.writeHead(204, {
        ...preflightHeaders(origin, requested, forwardable),
        'x-gateway-credential': credentialMode,
      });
      res.end();
      req.resume();
      return;
    }

    const q = target.indexOf('?');
    const pathOnly = q === -1 ? target : target.slice(0, q);
    if (pathOnly === HEALTH_PATH && (method === 'GET' || method === 'HEAD')) {
      const headers: OutgoingHttpHeaders = {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(healthBody)),
        'cache-control': 'no-store',
        'x-gateway-credential': credentialMode,
      };
      res.writeHead(
        200,
        corsOrigin === undefined ? headers : { ...headers, ...corsHeaders(corsOrigin, headers) },
      );
      res.end(method === 'HEAD' ? undefined : healthBody);
      req.resume();
      return;
    }

    if (limiter) {
      const decision = limiter.take(req.socket.remoteAddress ?? 'unknown');
      if (!decision.ok) {
        sendError(req, res, corsOrigin, 'rate_limited', 'too many requests from this client', undefined, {
          'retry-after': String(decision.retryAfterSeconds),
        });
        return;
      }
    }

    const checked = normalizeTarget(target);
    if (!checked.ok) {
      sendError(req, res, corsOrigin, 'path_not_allowed', checked.reason);
      return;
    }
    const matched = matchOperation(method, checked.path);
    if (matched.kind === 'unknown_path') {
      sendError(
        req,
        res,
        corsOrigin,
        'operation_not_allowed',
        'no operation of the API description has this path',
      );
      return;
    }
    if (matched.kind === 'wrong_method') {
      sendError(
        req,
        res,
        corsOrigin,
        'operation_not_allowed',
        `method ${method} is not an operation on this path`,
        405,
        {
          allow: matched.allowed.join(', '),
        },
      );
      return;
    }

    const lengthHeader = req.headers['content-length'];
    const chunked = req.headers['transfer-encoding'] !== undefined;
    let declaredLength: number | undefined;
    if (lengthHeader !== undefined) {
      if (!isDigits(lengthHeader)) {
        sendError(req, res, corsOrigin, 'bad_request', 'invalid content-length');
        return;
      }
      declaredLength = Number(lengthHeader);
      if (declaredLength > options.maxBodyBytes) {
        sendError(req, res, corsOrigin, 'body_too_large', `request body over ${options.maxBodyBytes} bytes`);
        return;
      }
    }
    const headers = filtered.headers;
    if (declaredLength !== undefined && !chunked) headers['content-length'] = String(declaredLength);
    const hasBody = chunked || (declaredLength ?? 0) > 0;
    exchange = new Exchange(req, res, method, `${basePath}${target}`, headers, hasBody, corsOrigin);
    exchange.send();
  }

  /**
   * One request on its way upstream and its response on the way back; it is also undici's handler for it.
   * A timer runs from dispatch until the response starts (504 if it fires first) and is then re-armed by every
   * chunk, so a stalled body is cut. Every upstream event after the exchange gave up (`done`) is ignored.
   */
  class Exchange implements Dispatcher.DispatchHandler {
    private controller: Dispatcher.DispatchController | undefined;
    private readonly timer: NodeJS.Timeout;
    private done = false;
    private timedOut = false;
    private attempt = 0;
    private seen = 0;
    /** The upstream's content-length, -1 when it streams without one. */
    private declared = -1;
    /** The last chunk went out with `res.end(chunk)`: the response is complete on our side. */
    private ended = false;

    constructor(
      private readonly req: IncomingMessage,
      private readonly res: ServerResponse,
      private readonly method: string,
      private readonly path: string,
      private readonly headers: Record<string, string>,
      private readonly hasBody: boolean,
      private readonly corsOrigin: string | undefined,
    ) {
      this.timer = setTimeout(onExchangeTimeout, options.timeoutMs, this);
    }

    send(): void {
      pool.dispatch(
        {
          method: this.method as Dispatcher.HttpMethod,
          path: this.path,
          headers: this.headers,
          // undici's docs allow an AsyncIterable body (streamed, chunked unless a content-length is set); its
          // type declarations lag behind.
          body: this.hasBody ? (this.requestBody() as unknown as Dispatcher.DispatchOptions['body']) : null,
        },
        this,
      );
      if (!this.hasBody && this.attempt === 0) this.req.resume();
    }

    clientClosed(finished: boolean): void {
      clearTimeout(this.timer);
      if (!finished) this.giveUp(new Error('client went away'));
    }

    /** Streams the browser's body upstream, counting it: over the limit the upstream request is abandoned. */
    private async *requestBody(): AsyncGenerator<Buffer> {
      let received = 0;
      // Not destroying the browser's request when we stop reading: a 413 still has to go out on its socket.
      for await (const chunk of this.req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
        received += chunk.length;
        if (received > options.maxBodyBytes) {
          clearTimeout(this.timer);
          if (!this.done) {
            this.done = true;
            if (this.res.headersSent) this.res.destroy();
            else this.fail('body_too_large', `request body over ${options.maxBodyBytes} bytes`);
          }
          // Thrown into undici: it drops the connection, so upstream never sees a complete request.
          throw new Error('request body over the limit');
        }
        yield chunk;
      }
    }

    timeout(): void {
      this.timedOut = true;
      if (this.controller) {
        this.controller.abort(new Error('upstream timeout'));
      } else if (!this.done) {
        // Still waiting for a connection: answer now; undici drops the request when it gets one.
        this.done = true;
        this.fail('upstream_timeout', `upstream sent no response within ${options.timeoutMs} ms`);
      }
    }

    private fail(code: GatewayErrorCode, message: string): void {
      sendError(this.req, this.res, this.corsOrigin, code, message);
    }

    private giveUp(reason: Error): void {
      this.done = true;
      clearTimeout(this.timer);
      this.controller?.abort(reason);
    }

    onRequestStart(controller: Dispatcher.DispatchController): void {
      this.controller = controller;
      if (this.done) controller.abort(new Error('request abandoned before it was sent'));
    }

    onResponseStart(
      controller: Dispatcher.DispatchController,
      statusCode: number,
      upstreamHeaders: http.IncomingHttpHeaders,
    ): void {
      if (this.done) return;
      const declared = upstreamHeaders['content-length'];
      if (declared !== undefined && Number(declared) > options.maxResponseBytes) {
        this.giveUp(new Error('upstream response too large'));
        this.fail('response_too_large', `upstream response over ${options.maxResponseBytes} bytes`);
        return;
      }
      this.controller = controller;
      this.declared = declared === undefined ? -1 : Number(declared);
      // From here on the same timer is an idle timeout: every chunk re-arms it, a stalled body is cut.
      this.timer.refresh();
      const out = filterResponseHeaders(upstreamHeaders);
      out['x-gateway-credential'] = credentialMode;
      this.res.writeHead(
        statusCode,
        this.corsOrigin === undefined ? out : { ...out, ...corsHeaders(this.corsOrigin, out) },
      );
    }

    onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
      if (this.done) return;
      this.timer.refresh();
      this.seen += chunk.length;
      if (this.seen > options.maxResponseBytes) {
        // Headers are gone already; cutting the connection is the only honest signal left.
        this.giveUp(new Error('upstream response too large'));
        this.res.destroy();
        return;
      }
      if (this.seen === this.declared) {
        // The whole declared body is here: one write for the last chunk and the end of the response.
        this.ended = true;
        this.res.end(chunk);
        return;
      }
      if (!this.res.write(chunk)) {
        controller.pause();
        this.res.once('drain', () => controller.resume());
      }
    }

    onResponseEnd(): void {
      if (this.done) return;
      this.done = true;
      clearTimeout(this.timer);
      if (!this.ended) this.res.end();
    }

    onResponseError(_controller: Dispatcher.DispatchController, error: TaggedError): void {
      if (this.done || this.ended) {
        clearTimeout(this.timer);
        return;
      }
      this.done = true;
      if (this.res.headersSent) {
        clearTimeout(this.timer);
        this.res.destroy();
        return;
      }
      // A pooled keep-alive connection the upstream closed just as we reused it: safe to retry a body-less
      // request once, since upstream cannot have acted on it.
      const code = error.code;
      if (
        !this.timedOut &&
        !this.hasBody &&
        this.attempt === 0 &&
        (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') &&
        wasReusedConnection(error)
      ) {
        this.attempt = 1;
        this.done = false;
        this.controller = undefined;
        this.timer.refresh();
        this.send();
        return;
      }
      clearTimeout(this.timer);
      if (this.timedOut)
        this.fail('upstream_timeout', `upstream sent no response within ${options.timeoutMs} ms`);
      else if (isMalformedResponse(error))
        // The upstream was reached and answered, but not in HTTP a client may trust: say so, not "unreachable".
        this.fail('upstream_bad_response', `upstream answered with malformed HTTP: ${error.message}`);
      else this.fail('upstream_unreachable', `upstream request failed (${code ?? 'error'})`);
    }
  }

  function sendError(
    req: IncomingMessage,
    res: ServerResponse,
    corsOrigin: string | undefined,
    code: GatewayErrorCode,
    message: string,
    status?: number,
    extra?: OutgoingHttpHeaders,
  ): void {
    const error = gatewayError(code, message, status);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    const headers: OutgoingHttpHeaders = {
      ...error.headers,
      ...extra,
      'x-gateway-credential': credentialMode,
    };
    if (corsOrigin !== undefined) Object.assign(headers, corsHeaders(corsOrigin, headers));
    // An unread request body would desynchronise the connection; a refused large body is not worth reading.
    if (error.status === 413) headers.connection = 'close';
    else req.resume();
    res.writeHead(error.status, headers);
    res.end(req.method === 'HEAD' ? undefined : error.body);
  }

  function onClientError(err: NodeJS.ErrnoException, socket: Socket): void {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const code: GatewayErrorCode =
      err.code === 'HPE_HEADER_OVERFLOW'
        ? 'headers_too_large'
        : err.code === 'HPE_INVALID_URL'
          ? 'path_not_allowed'
          : /HEADER|_LF_|_CR|CHUNK/.test(err.code ?? '')
            ? 'header_not_allowed'
            : 'bad_request';
    const error = gatewayError(code, `malformed request (${err.code ?? 'parse error'})`);
    const head = Object.entries({
      ...error.headers,
      'x-gateway-credential': credentialMode,
      connection: 'close',
    })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${error.status} ${http.STATUS_CODES[error.status]}\r\n${head}\r\n${error.body}`);
    log(`${isoNow()} - (unparsable request) ${error.status} 0.0ms`);
  }

  let boundUrl: string | undefined;
  return {
    server,
    get url() {
      return boundUrl;
    },
    async listen() {
      boundUrl = await listenOn(server, options.host, options.port);
      return boundUrl;
    },
    close(graceMs = 5000) {
      return new Promise((resolve) => {
        // Stop accepting; keep-alive connections with nothing in flight go now, busy ones when they finish.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(force);
          pool.destroy().then(
            () => resolve(),
            () => resolve(),
          );
        });
        server.closeIdleConnections();
      });
    },
  };
}

function onExchangeTimeout(exchange: { timeout(): void }): void {
  exchange.timeout();
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

let isoMs = -1;
let isoText = '';
/** The current time as ISO 8601, formatted at most once per millisecond (the access log asks per request). */
function isoNow(): string {
  const now = Date.now();
  if (now !== isoMs) {
    isoMs = now;
    isoText = new Date(now).toISOString();
  }
  return isoText;
}

/** undici's errors for a response it could not parse (`HTTPParserError`, llhttp's `HPE_*`) or whose length lied. */
function isMalformedResponse(error: { name?: string; code?: string }): boolean {
  const { name, code } = error;
  return (
    name === 'HTTPParserError' ||
    code?.startsWith('HPE_') === true ||
    code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'
  );
}
