import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { corsHeaders, preflightHeaders } from './cors-headers.ts';
import { createRateLimiter } from './create-rate-limiter.ts';
import type { ForwardingSurface } from './extract-operations.ts';
import {
  BASE_REQUEST_HEADERS,
  filterRequestHeaders,
  isDeniedRequestHeader,
} from './filter-request-headers.ts';
import { filterResponseHeaders } from './filter-response-headers.ts';
import { type GatewayErrorCode, type GatewayErrorResponse, gatewayError } from './gateway-error.ts';
import { isOriginAllowed } from './is-origin-allowed.ts';
import type { GatewayConfig } from './load-config.ts';
import { matchOperation } from './match-operation.ts';
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

/** Creates the reference gateway (plain node:http): forwards the described operations to one fixed upstream. */
export function createGateway(options: GatewayOptions): Gateway {
  const { upstreamUrl, surface, credential } = options;
  const log = options.log ?? (() => {});
  const credentialMode = credential === undefined ? 'browser' : 'server';
  const allow = new Set([...BASE_REQUEST_HEADERS, ...surface.headerParams]);
  const forwardable = (name: string): boolean => allow.has(name) && !isDeniedRequestHeader(name);
  const limiter =
    options.rateLimitPerMinute === undefined ? undefined : createRateLimiter(options.rateLimitPerMinute);
  const isHttps = upstreamUrl.protocol === 'https:';
  const transport = isHttps ? https : http;
  // Keep-alive to the single upstream: the TCP (and TLS) handshake is paid once, not per request.
  const agent = new transport.Agent({
    keepAlive: true,
    maxSockets: 256,
    maxFreeSockets: 64,
    scheduling: 'lifo',
  });
  const upstreamHost = upstreamUrl.hostname.replace(/^\[|\]$/g, '');
  const upstreamPort = upstreamUrl.port ? Number(upstreamUrl.port) : isHttps ? 443 : 80;
  // A root upstream's pathname is `/` (URL keeps it however config trims it): `${'/'}/models` would be `//models`.
  const basePath = upstreamUrl.pathname.replace(/\/+$/, '');
  const healthBody = JSON.stringify({
    status: 'ok',
    upstream: upstreamUrl.host,
    credential: credentialMode,
    operations: surface.operations.length,
  });

  const server = http.createServer((req, res) => handle(req, res));
  server.on('clientError', onClientError);

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const method = req.method ?? 'GET';
    const target = req.url ?? '';
    res.on('error', () => {});
    res.once('close', () => {
      const ms = (performance.now() - started).toFixed(1);
      const aborted = res.writableFinished ? '' : ' aborted';
      log(
        `${new Date().toISOString()} ${method} ${redactTarget(target)} ${res.statusCode} ${ms}ms${aborted}`,
      );
    });

    const origin = req.headers.origin;
    const originAllowed = origin !== undefined && isOriginAllowed(origin, options.allowedOrigins);
    const fail = (code: GatewayErrorCode, message: string, status?: number, extra?: OutgoingHttpHeaders) =>
      sendError(req, res, gatewayError(code, message, status), originAllowed ? origin : undefined, extra);

    const filtered = filterRequestHeaders(req.headers, allow, credential);
    if (!filtered.ok) {
      fail('header_not_allowed', `header "${filtered.header}": ${filtered.reason}`);
      return;
    }
    // Requests without Origin come from non-browser clients (curl, scripts); CORS cannot protect anything there.
    if (origin !== undefined && !originAllowed) {
      fail('origin_not_allowed', 'origin is not allowed');
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

    const cors = originAllowed ? (headers: OutgoingHttpHeaders) => corsHeaders(origin, headers) : undefined;
    const pathOnly = target.split('?', 1)[0];
    if (pathOnly === HEALTH_PATH && (method === 'GET' || method === 'HEAD')) {
      const headers: OutgoingHttpHeaders = {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(healthBody)),
        'cache-control': 'no-store',
        'x-gateway-credential': credentialMode,
      };
      res.writeHead(200, { ...headers, ...cors?.(headers) });
      res.end(method === 'HEAD' ? undefined : healthBody);
      req.resume();
      return;
    }

    if (limiter) {
      const decision = limiter.take(req.socket.remoteAddress ?? 'unknown');
      if (!decision.ok) {
        fail('rate_limited', 'too many requests from this client', undefined, {
          'retry-after': String(decision.retryAfterSeconds),
        });
        return;
      }
    }

    const checked = normalizeTarget(target);
    if (!checked.ok) {
      fail('path_not_allowed', checked.reason);
      return;
    }
    const matched = matchOperation(surface.operations, method, checked.path);
    if (matched.kind === 'unknown_path') {
      fail('operation_not_allowed', 'no operation of the API description has this path');
      return;
    }
    if (matched.kind === 'wrong_method') {
      fail('operation_not_allowed', `method ${method} is not an operation on this path`, 405, {
        allow: matched.allowed.join(', '),
      });
      return;
    }

    const lengthHeader = req.headers['content-length'];
    const chunked = req.headers['transfer-encoding'] !== undefined;
    let declaredLength: number | undefined;
    if (lengthHeader !== undefined) {
      if (!/^\d+$/.test(lengthHeader)) {
        fail('bad_request', 'invalid content-length');
        return;
      }
      declaredLength = Number(lengthHeader);
      if (declaredLength > options.maxBodyBytes) {
        fail('body_too_large', `request body over ${options.maxBodyBytes} bytes`);
        return;
      }
    }
    const headers = filtered.headers;
    if (declaredLength !== undefined && !chunked) headers['content-length'] = String(declaredLength);
    const hasBody = chunked || (declaredLength ?? 0) > 0;
    forward(req, res, method, `${basePath}${target}`, headers, hasBody, cors, fail, 0);
  }

  function forward(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    path: string,
    headers: Record<string, string>,
    hasBody: boolean,
    cors: ((headers: OutgoingHttpHeaders) => OutgoingHttpHeaders) | undefined,
    fail: (code: GatewayErrorCode, message: string) => void,
    attempt: number,
  ): void {
    let timedOut = false;
    let bodyRefused = false;
    const upReq = transport.request({
      host: upstreamHost,
      port: upstreamPort,
      method,
      path,
      headers,
      agent,
      // Node would otherwise add a Host of `host:port`; the default port form is what upstreams expect.
      setHost: true,
      servername: isHttps ? upstreamHost : undefined,
    });
    const timer = setTimeout(() => {
      timedOut = true;
      upReq.destroy(new Error('upstream timeout'));
    }, options.timeoutMs);

    res.once('close', () => {
      // The browser went away (or we finished): stop talking to upstream for it.
      if (!res.writableFinished) upReq.destroy();
      clearTimeout(timer);
    });

    upReq.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      if (bodyRefused || res.headersSent) {
        res.destroy();
        return;
      }
      // A pooled keep-alive socket the upstream closed just as we reused it: safe to retry a body-less request
      // once, since upstream cannot have acted on it.
      if (!timedOut && !hasBody && attempt === 0 && upReq.reusedSocket && err.code === 'ECONNRESET') {
        forward(req, res, method, path, headers, hasBody, cors, fail, 1);
        return;
      }
      if (timedOut) fail('upstream_timeout', `upstream sent no response within ${options.timeoutMs} ms`);
      else fail('upstream_unreachable', `upstream request failed (${err.code ?? 'error'})`);
    });

    upReq.on('response', (upRes) => {
      const declared = upRes.headers['content-length'];
      if (declared !== undefined && Number(declared) > options.maxResponseBytes) {
        clearTimeout(timer);
        upRes.destroy();
        fail('response_too_large', `upstream response over ${options.maxResponseBytes} bytes`);
        return;
      }
      // From here on the same timer is an idle timeout: every chunk re-arms it, a stalled body is cut.
      timer.refresh();
      const out = filterResponseHeaders(upRes.headers);
      out['x-gateway-credential'] = credentialMode;
      res.writeHead(upRes.statusCode ?? 502, cors ? { ...out, ...cors(out) } : out);
      let seen = 0;
      const limit = options.maxResponseBytes;
      upRes.on('data', (chunk: Buffer) => {
        timer.refresh();
        seen += chunk.length;
        if (seen > limit) {
          // Headers are gone already; cutting the connection is the only honest signal left.
          upRes.destroy();
          res.destroy();
        }
      });
      upRes.on('end', () => clearTimeout(timer));
      upRes.on('error', () => res.destroy());
      upRes.on('aborted', () => res.destroy());
      upRes.pipe(res);
    });

    if (!hasBody) {
      upReq.end();
      req.resume();
      return;
    }
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > options.maxBodyBytes && !bodyRefused) {
        bodyRefused = true;
        req.unpipe(upReq);
        upReq.destroy();
        clearTimeout(timer);
        if (!res.headersSent) {
          fail('body_too_large', `request body over ${options.maxBodyBytes} bytes`);
        }
      }
    });
    req.on('aborted', () => upReq.destroy());
    req.pipe(upReq);
  }

  function sendError(
    req: IncomingMessage,
    res: ServerResponse,
    error: GatewayErrorResponse,
    corsOrigin: string | undefined,
    extra?: OutgoingHttpHeaders,
  ): void {
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
    log(`${new Date().toISOString()} - (unparsable request) ${error.status} 0.0ms`);
  }

  let boundUrl: string | undefined;
  return {
    server,
    get url() {
      return boundUrl;
    },
    listen() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          const address = server.address();
          const port = typeof address === 'object' && address ? address.port : options.port;
          const host = options.host.includes(':') ? `[${options.host}]` : options.host;
          boundUrl = `http://${host}:${port}`;
          resolve(boundUrl);
        });
      });
    },
    close(graceMs = 5000) {
      return new Promise((resolve) => {
        // Stop accepting; keep-alive connections with nothing in flight go now, busy ones when they finish.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearInterval(sweep);
          clearTimeout(force);
          agent.destroy();
          resolve();
        });
        server.closeIdleConnections();
      });
    },
  };
}
