import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { Dispatcher } from 'undici';
import { GATEWAY_CREDENTIAL_HEADER, type GatewayErrorCode } from '../contract/gateway-contract.ts';
import { corsHeaders } from './cors-headers.ts';
import { type UpstreamSocketError, wasReusedConnection } from './create-upstream-pool.ts';
import { filterResponseHeaders } from './filter-response-headers.ts';
import { type CredentialMode, sendGatewayError } from './gateway-error.ts';

/** What every exchange of one gateway shares: the upstream pool, the limits and the credential mode. */
export interface ExchangeContext {
  readonly pool: Dispatcher;
  readonly timeoutMs: number;
  readonly maxBodyBytes: number;
  readonly maxResponseBytes: number;
  /** Header lines an upstream response may carry (its bytes are capped by the pool). */
  readonly maxResponseHeaders: number;
  readonly credentialMode: CredentialMode;
}

/** What admission handed over for a forwarded request. */
export interface ExchangeRequest {
  /** The upstream path (base path + request-target). */
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly hasBody: boolean;
  readonly corsOrigin: string | undefined;
}

/**
 * One request on its way upstream and its response on the way back; it is also undici's handler for it.
 * A timer runs from dispatch until the response starts (504 if it fires first) and is then re-armed by every
 * chunk, so a stalled body is cut. Every upstream event after the exchange gave up (`done`) is ignored.
 * A class rather than closures: its methods are shared, so a request costs one object, not a dozen functions.
 */
export class Exchange implements Dispatcher.DispatchHandler {
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
  private readonly dispatchedAt = performance.now();
  /** From dispatch to the upstream's response head; undefined until that head arrived. */
  upstreamMs: number | undefined;
  /** The gateway error this exchange answered with, if it did. */
  errorCode: GatewayErrorCode | undefined;

  constructor(
    private readonly context: ExchangeContext,
    private readonly req: IncomingMessage,
    private readonly res: ServerResponse,
    private readonly request: ExchangeRequest,
  ) {
    this.timer = setTimeout(onExchangeTimeout, context.timeoutMs, this);
  }

  send(): void {
    const { path, headers, hasBody } = this.request;
    this.context.pool.dispatch(
      {
        method: (this.req.method ?? 'GET') as Dispatcher.HttpMethod,
        path,
        headers,
        // undici's docs allow an AsyncIterable body (streamed, chunked unless a content-length is set); its
        // type declarations lag behind.
        body: hasBody ? (this.requestBody() as unknown as Dispatcher.DispatchOptions['body']) : null,
      },
      this,
    );
    if (!hasBody && this.attempt === 0) this.req.resume();
  }

  /** The browser's side closed: `finished` when the response went out whole, else the browser went away. */
  clientClosed(finished: boolean): void {
    clearTimeout(this.timer);
    if (!finished) this.giveUp(new Error('client went away'));
  }

  /** Streams the browser's body upstream, counting it: over the limit the upstream request is abandoned. */
  private async *requestBody(): AsyncGenerator<Buffer> {
    const limit = this.context.maxBodyBytes;
    let received = 0;
    // Not destroying the browser's request when we stop reading: a 413 still has to go out on its socket.
    for await (const chunk of this.req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > limit) {
        clearTimeout(this.timer);
        if (!this.done) {
          this.done = true;
          if (this.res.headersSent) this.res.destroy();
          else this.fail('body_too_large', `request body over ${limit} bytes`);
        }
        // Thrown into undici: it drops the connection, so upstream never sees a complete request.
        throw new Error('request body over the limit');
      }
      yield chunk;
    }
  }

  /** The exchange timer fired: before the response started (504) or while its body was idle (cut). */
  timeout(): void {
    this.timedOut = true;
    if (this.controller) {
      this.controller.abort(new Error('upstream timeout'));
    } else if (!this.done) {
      // Still waiting for a connection: answer now; undici drops the request when it gets one.
      this.done = true;
      this.fail('upstream_timeout', `upstream sent no response within ${this.context.timeoutMs} ms`);
    }
  }

  private fail(code: GatewayErrorCode, message: string): void {
    this.errorCode = code;
    sendGatewayError(this.req, this.res, this.request.corsOrigin, this.context.credentialMode, code, message);
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
    upstreamHeaders: IncomingHttpHeaders,
  ): void {
    if (this.done) return;
    this.upstreamMs = performance.now() - this.dispatchedAt;
    const limit = this.context.maxResponseBytes;
    const declared = upstreamHeaders['content-length'];
    if (declared !== undefined && Number(declared) > limit) {
      this.giveUp(new Error('upstream response too large'));
      this.fail('response_too_large', `upstream response over ${limit} bytes`);
      return;
    }
    if (headerLines(upstreamHeaders) > this.context.maxResponseHeaders) {
      this.giveUp(new Error('upstream response has too many headers'));
      this.fail(
        'upstream_bad_response',
        `upstream response has more than ${this.context.maxResponseHeaders} header lines`,
      );
      return;
    }
    this.controller = controller;
    this.declared = declared === undefined ? -1 : Number(declared);
    // From here on the same timer is an idle timeout: every chunk re-arms it, a stalled body is cut.
    this.timer.refresh();
    const out = filterResponseHeaders(upstreamHeaders);
    out[GATEWAY_CREDENTIAL_HEADER] = this.context.credentialMode;
    const corsOrigin = this.request.corsOrigin;
    this.res.writeHead(
      statusCode,
      corsOrigin === undefined ? out : { ...out, ...corsHeaders(corsOrigin, out) },
    );
    // node holds a head back until the first body write. A response of declared length follows at once (one write
    // for both); a stream (server-sent events) may wait long for its first event, and the client must see the
    // status and headers now.
    if (this.declared === -1) this.res.flushHeaders();
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    if (this.done) return;
    this.timer.refresh();
    this.seen += chunk.length;
    if (this.seen > this.context.maxResponseBytes) {
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

  onResponseError(_controller: Dispatcher.DispatchController, error: UpstreamSocketError): void {
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
      !this.request.hasBody &&
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
      this.fail('upstream_timeout', `upstream sent no response within ${this.context.timeoutMs} ms`);
    else if (isMalformedResponse(error))
      // The upstream was reached and answered, but not in HTTP a client may trust: say so, not "unreachable".
      this.fail('upstream_bad_response', `upstream answered with malformed HTTP: ${error.message}`);
    else this.fail('upstream_unreachable', `upstream request failed (${code ?? 'error'})`);
  }
}

// A module-level function handed to setTimeout with the exchange as argument: no closure per request.
function onExchangeTimeout(exchange: Exchange): void {
  exchange.timeout();
}

/**
 * undici's errors for a response it could not parse (`HTTPParserError`, llhttp's `HPE_*`), whose head was over the
 * size limit, or whose length lied.
 */
function isMalformedResponse(error: { name?: string; code?: string }): boolean {
  const { name, code } = error;
  return (
    name === 'HTTPParserError' ||
    code?.startsWith('HPE_') === true ||
    code === 'UND_ERR_HEADERS_OVERFLOW' ||
    code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH'
  );
}

/** Header lines of a parsed head: a repeated header counts once per value. */
function headerLines(headers: IncomingHttpHeaders): number {
  let lines = 0;
  for (const name in headers) {
    const value = headers[name];
    lines += Array.isArray(value) ? value.length : 1;
  }
  return lines;
}
