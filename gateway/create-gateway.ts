import { hash } from 'node:crypto';
import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import {
  GATEWAY_CREDENTIAL_HEADER,
  type GatewayHealthBody,
  operationDigestLines,
} from '../contract/gateway-contract.ts';
import { listenOn } from '../node-support/listen-on.ts';
import { type Admission, createAdmission } from './admit-request.ts';
import { corsHeaders, preflightHeaders } from './cors-headers.ts';
import { createCallerCheck } from './create-caller-check.ts';
import { createUpstreamPool } from './create-upstream-pool.ts';
import { Exchange, type ExchangeContext } from './exchange.ts';
import type { ForwardingSurface } from './extract-operations.ts';
import { answerMalformedRequest, type CredentialMode, sendGatewayError } from './gateway-error.ts';
import type { GatewayConfig } from './load-config.ts';
import { createTargetRedactor } from './redact-target.ts';

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
  /** How many operations it forwards (the description's, narrowed by GATEWAY_READ_ONLY / GATEWAY_OPERATIONS). */
  readonly forwardedOperations: number;
  listen(): Promise<string>;
  close(graceMs?: number): Promise<void>;
}

const ignore = (): void => {};

/**
 * Creates the reference gateway (node:http server, undici pool upstream): forwards the described operations to
 * one fixed upstream. This module is the lifecycle: the server, the pool, the access log, listen and drain.
 * Admission (`admit-request.ts`) decides each request; the exchange (`exchange.ts`) forwards what it admits;
 * the gateway's own errors are written by `gateway-error.ts`.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { upstreamUrl, credential, surface } = options;
  const log = options.log ?? ignore;
  const credentialMode: CredentialMode =
    credential === undefined && options.schemeCredentials === undefined ? 'browser' : 'server';
  const redact = createTargetRedactor(surface.secretQueryParams);
  const callerCheck = createCallerCheck(options.callers);
  const rules = createAdmission({ ...options, callerCheck });
  const pool = createUpstreamPool(upstreamUrl.origin);
  const context: ExchangeContext = {
    pool,
    timeoutMs: options.timeoutMs,
    maxBodyBytes: options.maxBodyBytes,
    maxResponseBytes: options.maxResponseBytes,
    credentialMode,
  };
  const healthBody = JSON.stringify({
    status: 'ok',
    upstream: upstreamUrl.host,
    credential: credentialMode,
    operations: rules.forwardedCount,
    callerCheck: callerCheck?.mode ?? 'none',
    // Of the whole description, not of the narrowed set: the page compares it with the description it loaded.
    api: {
      title: surface.api?.title ?? '',
      version: surface.api?.version ?? '',
      digest: hash(
        'sha256',
        operationDigestLines(surface.operations.map(({ method, template }) => ({ method, path: template }))),
        'hex',
      ),
    },
  } satisfies GatewayHealthBody);

  const server = http.createServer({ noDelay: true }, handle);
  server.on('clientError', onClientError);

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const started = performance.now();
    const target = req.url ?? '';
    // Set once admission decided; read by the access log line.
    let exchange: Exchange | undefined;
    let callerId: string | undefined;
    res.on('error', ignore);
    res.once('close', () => {
      const finished = res.writableFinished;
      // The browser went away (or we finished): stop talking to upstream for it.
      exchange?.clientClosed(finished);
      const ms = (performance.now() - started).toFixed(1);
      log(
        `${isoNow()} ${req.method} ${redact(target)} ${res.statusCode} ${ms}ms${finished ? '' : ' aborted'}` +
          (callerId === undefined ? '' : ` caller=${callerId}`),
      );
    });

    const decided = rules.admit(req);
    if (!(decided instanceof Promise)) {
      callerId = callerOf(decided);
      exchange = act(req, res, decided);
      return;
    }
    // Only a JWT check waits: the browser may have gone meanwhile, and then nothing is sent anywhere.
    decided.then((admission) => {
      if (res.destroyed) return;
      callerId = callerOf(admission);
      exchange = act(req, res, admission);
    }, ignore);
  }

  /**
   * Carries out admission's decision. Refusals are plain data handed to sendGatewayError, not a per-request
   * `fail` closure: under tsx every named closure is also wrapped by esbuild's keepNames helper, a cost paid
   * per request.
   */
  function act(req: IncomingMessage, res: ServerResponse, admission: Admission): Exchange | undefined {
    switch (admission.kind) {
      case 'refuse':
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
        return undefined;
      case 'preflight':
        res.writeHead(204, {
          ...preflightHeaders(admission.origin, admission.requestedHeaders, rules.preflightAllows),
          [GATEWAY_CREDENTIAL_HEADER]: credentialMode,
        });
        res.end();
        req.resume();
        return undefined;
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
        return undefined;
      }
      case 'forward': {
        const exchange = new Exchange(context, req, res, admission);
        exchange.send();
        return exchange;
      }
    }
  }

  function onClientError(err: NodeJS.ErrnoException, socket: Socket): void {
    const status = answerMalformedRequest(err, socket, credentialMode);
    if (status !== undefined) log(`${isoNow()} - (unparsable request) ${status} 0.0ms`);
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

/** The caller id admission settled on, if any (only refusals and forwards get that far). */
function callerOf(admission: Admission): string | undefined {
  return admission.kind === 'refuse' || admission.kind === 'forward' ? admission.callerId : undefined;
}
