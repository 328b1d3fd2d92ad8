import { readFileSync } from 'node:fs';
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import {
  GATEWAY_CREDENTIAL_HEADER,
  type GatewayErrorCode,
  METRICS_PATH,
} from '../contract/gateway-contract.ts';
import { listenOn } from '../node-support/listen-on.ts';
import type { AccessLog, AccessRecord } from './access-record.ts';
import { type Admission, createAdmission } from './admit-request.ts';
import { buildHealthBody } from './build-health-body.ts';
import { checkMetricsAccess } from './check-metrics-access.ts';
import { corsHeaders, preflightHeaders } from './cors-headers.ts';
import { createCallerCheck } from './create-caller-check.ts';
import type { GatewayMetrics } from './create-gateway-metrics.ts';
import { createRateLimiter, type RateLimiter } from './create-rate-limiter.ts';
import { createUpstreamPool } from './create-upstream-pool.ts';
import { Exchange, type ExchangeContext } from './exchange.ts';
import type { ForwardingSurface } from './extract-operations.ts';
import {
  answerMalformedRequest,
  answerOnSocket,
  type CredentialMode,
  sendGatewayError,
} from './gateway-error.ts';
import type { GatewayConfig } from './load-config.ts';
import { createTargetRedactor } from './redact-target.ts';

/** Gateway configuration plus what it forwards (read from the API description) and where it logs. */
export interface GatewayOptions extends GatewayConfig {
  surface: ForwardingSurface;
  /** One access record per request (pino in the process); never receives headers or credentials. */
  accessLog?: AccessLog;
  /** Counts every request; also served at `/_gateway/metrics` (see `metricsAccess`). */
  metrics?: GatewayMetrics;
  /** The rate limit's store; by default, with `rateLimitPerMinute`, one in this process's memory. */
  rateLimiter?: RateLimiter;
}

/** A gateway server: `listen()` resolves to its bound URL; `close()` drains in-flight requests first. */
export interface Gateway {
  readonly server: http.Server;
  readonly url: string | undefined;
  /** How many operations it forwards (the description's, narrowed by GATEWAY_READ_ONLY / GATEWAY_OPERATIONS). */
  readonly forwardedOperations: number;
  listen(): Promise<string>;
  close(graceMs?: number): Promise<void>;
}

const ignore = (): void => {};

/** What one request's access record needs to know, filled in as it is decided. */
interface RequestState {
  exchange: Exchange | undefined;
  operation: string | undefined;
  refusal: GatewayErrorCode | undefined;
  /** Who the caller check said the caller is (a token's hash prefix or label, a JWT subject; never a token). */
  callerId: string | undefined;
}

/**
 * Creates the reference gateway (node:http server, undici pool upstream): forwards the described operations to
 * one fixed upstream. This module is the lifecycle: the server, the pool, the access log, listen and drain.
 * Admission (`admit-request.ts`) decides each request; the exchange (`exchange.ts`) forwards what it admits;
 * the gateway's own errors are written by `gateway-error.ts`.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { upstreamUrl, surface, credential } = options;
  const { accessLog, metrics } = options;
  const credentialMode: CredentialMode =
    credential === undefined && options.schemeCredentials === undefined ? 'browser' : 'server';
  const redactTarget = createTargetRedactor(surface.secretQueryParams);
  const callerCheck = createCallerCheck(options.callers, (file) => readFileSync(file, 'utf8'));
  const rateLimiter =
    options.rateLimiter ??
    (options.rateLimitPerMinute === undefined ? undefined : createRateLimiter(options.rateLimitPerMinute));
  const rules = createAdmission({ ...options, rateLimiter, callerCheck });
  const pool = createUpstreamPool(upstreamUrl.origin, options.limits.maxHeaderBytes);
  const context: ExchangeContext = {
    pool,
    timeoutMs: options.timeoutMs,
    maxBodyBytes: options.maxBodyBytes,
    maxResponseBytes: options.maxResponseBytes,
    maxResponseHeaders: options.limits.maxHeaders,
    credentialMode,
  };
  const healthBody = buildHealthBody({
    upstreamHost: upstreamUrl.host,
    credential: credentialMode,
    forwardedOperations: rules.forwardedCount,
    callerCheck: callerCheck?.mode ?? 'none',
    surface,
  });

  const { limits } = options;
  const server = http.createServer(
    {
      noDelay: true,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      maxHeaderSize: limits.maxHeaderBytes,
      // node checks the two timeouts above on this interval (default 30 s): a 10 s head timeout needs a finer one.
      connectionsCheckingInterval: Math.min(1000, Math.ceil(limits.headersTimeoutMs / 4)),
    },
    handle,
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  // node would silently drop the lines past its count (Host among them, then answering a bare 400): no count here,
  // `handle` counts and refuses. The head's bytes are capped by maxHeaderSize, so parsing stays bounded.
  server.maxHeadersCount = 0;
  server.on('clientError', onClientError);
  server.on(
    'connection',
    capConnectionsPerClient(limits.maxConnectionsPerClient, () => metrics?.connectionRefused()),
  );
  server.on('connect', onConnect);

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const target = req.url ?? '';
    const state: RequestState = {
      exchange: undefined,
      operation: undefined,
      refusal: undefined,
      callerId: undefined,
    };
    res.on('error', ignore);
    res.once('close', () => {
      const finished = res.writableFinished;
      const { exchange, operation } = state;
      // The browser went away (or we finished): stop talking to upstream for it.
      exchange?.clientClosed(finished);
      const record: AccessRecord = {
        method: req.method ?? '',
        path: redactTarget(target),
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 100) / 100,
      };
      if (operation !== undefined) record.operation = operation;
      if (state.callerId !== undefined) record.caller = state.callerId;
      const code = state.refusal ?? exchange?.errorCode;
      if (code !== undefined) record.code = code;
      const upstreamMs = exchange?.upstreamMs;
      if (upstreamMs !== undefined) record.upstreamMs = Math.round(upstreamMs * 100) / 100;
      if (!finished) record.aborted = true;
      accessLog?.info(record);
      metrics?.observe(record);
    });

    if (req.rawHeaders.length > 2 * limits.maxHeaders) {
      refuse(req, res, state, {
        kind: 'refuse',
        corsOrigin: undefined,
        code: 'headers_too_large',
        message: `more than ${limits.maxHeaders} header lines`,
      });
      return;
    }
    if (metrics !== undefined && isMetricsRequest(req)) {
      if (!serveMetrics(req, res)) state.refusal = 'operation_not_allowed';
      return;
    }

    const admission = rules.admit(req);
    if (!(admission instanceof Promise)) {
      act(req, res, state, admission);
      return;
    }
    // A JWT check (its key set) or a shared rate-limit store answers later; by then the client may have gone
    // (nothing is sent upstream for it).
    admission.then(
      (settled) => {
        if (!res.destroyed) act(req, res, state, settled);
      },
      () =>
        refuse(req, res, state, {
          kind: 'refuse',
          corsOrigin: undefined,
          code: 'rate_limit_unavailable',
          message: 'the request could not be checked',
        }),
    );
  }

  // Refusals are plain data handed to sendGatewayError, not a per-request `fail` closure: under tsx every named
  // closure is also wrapped by esbuild's keepNames helper, a cost paid per request.
  function act(req: IncomingMessage, res: ServerResponse, state: RequestState, admission: Admission): void {
    if (admission.kind === 'refuse' || admission.kind === 'forward') state.callerId = admission.callerId;
    switch (admission.kind) {
      case 'refuse':
        refuse(req, res, state, admission);
        return;
      case 'preflight':
        res.writeHead(204, {
          ...preflightHeaders(admission.origin, admission.requestedHeaders, rules.preflightAllows),
          [GATEWAY_CREDENTIAL_HEADER]: credentialMode,
        });
        res.end();
        req.resume();
        return;
      case 'health': {
        const headers: OutgoingHttpHeaders = {
          'content-type': 'application/json; charset=utf-8',
          'content-length': String(Buffer.byteLength(healthBody)),
          'cache-control': 'no-store',
          [GATEWAY_CREDENTIAL_HEADER]: credentialMode,
        };
        const corsOrigin = admission.corsOrigin;
        res.writeHead(
          200,
          corsOrigin === undefined ? headers : { ...headers, ...corsHeaders(corsOrigin, headers) },
        );
        res.end(req.method === 'HEAD' ? undefined : healthBody);
        req.resume();
        return;
      }
      case 'forward':
        state.operation = `${admission.operation.method} ${admission.operation.template}`;
        state.exchange = new Exchange(context, req, res, admission);
        state.exchange.send();
        return;
    }
  }

  function refuse(
    req: IncomingMessage,
    res: ServerResponse,
    state: RequestState,
    admission: Extract<Admission, { kind: 'refuse' }>,
  ): void {
    state.refusal = admission.code;
    sendGatewayError(
      req,
      res,
      admission.corsOrigin,
      credentialMode,
      admission.code,
      admission.message,
      admission.status,
      admission.extra,
    );
  }

  function onClientError(err: NodeJS.ErrnoException, socket: Socket): void {
    const status = answerMalformedRequest(err, socket, credentialMode);
    if (status === undefined) return;
    const record: AccessRecord = { method: '-', path: '(unparsable request)', status, ms: 0 };
    record.code = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 'request_timeout' : 'bad_request';
    accessLog?.info(record);
    metrics?.observe(record);
  }

  // A CONNECT request never reaches `handle`: node hands over the raw socket, to be answered and closed here.
  function onConnect(_req: IncomingMessage, socket: Socket): void {
    socket.on('error', ignore);
    const status = answerOnSocket(
      socket,
      credentialMode,
      'operation_not_allowed',
      'CONNECT is never forwarded',
      405,
    );
    const record: AccessRecord = {
      method: 'CONNECT',
      path: '-',
      status,
      ms: 0,
      code: 'operation_not_allowed',
    };
    accessLog?.info(record);
    metrics?.observe(record);
  }

  /** Answers a metrics request; false when it was refused. */
  function serveMetrics(req: IncomingMessage, res: ServerResponse): boolean {
    req.resume();
    const verdict = checkMetricsAccess(options.metricsAccess, req.socket.remoteAddress, req.headers);
    if (verdict !== 'serve' || metrics === undefined) {
      const message =
        verdict === 'off'
          ? 'metrics are switched off (GATEWAY_METRICS=off)'
          : 'metrics need GATEWAY_METRICS_TOKEN as a Bearer token, or a loopback client without a proxy';
      sendGatewayError(
        req,
        res,
        undefined,
        credentialMode,
        'operation_not_allowed',
        message,
        verdict === 'off' ? 404 : 403,
      );
      return false;
    }
    metrics.render().then(
      (text) => {
        res.writeHead(200, {
          'content-type': metrics.contentType,
          'content-length': String(Buffer.byteLength(text)),
          'cache-control': 'no-store',
        });
        res.end(text);
      },
      () => res.destroy(),
    );
    return true;
  }

  let boundUrl: string | undefined;
  return {
    server,
    get url() {
      return boundUrl;
    },
    forwardedOperations: rules.forwardedCount,
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

/**
 * A `connection` listener that closes a client's connections beyond `max` at once (before a byte is read), so one
 * address cannot hold every slot of `maxConnections`. Behind a load balancer every client shares its address:
 * raise the cap there (the balancer enforces its own).
 */
function capConnectionsPerClient(max: number, refused: () => void): (socket: Socket) => void {
  const open = new Map<string, number>();
  return (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      refused();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  };
}

function isMetricsRequest(req: IncomingMessage): boolean {
  const target = req.url ?? '';
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    (target === METRICS_PATH || target.startsWith(`${METRICS_PATH}?`))
  );
}
