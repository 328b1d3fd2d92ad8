import http, { type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { GATEWAY_CREDENTIAL_HEADER, type GatewayErrorCode } from '../contract/gateway-contract.ts';
import { gatewayError } from './build-gateway-error.ts';
import { corsHeaders } from './cors-headers.ts';

/** Who holds the upstream credential, as every gateway response says in `x-gateway-credential`. */
export type CredentialMode = 'server' | 'browser';

/**
 * Answers a request with a gateway error (CORS headers when the origin is allowed). An unread request body is
 * drained so the keep-alive connection stays in step, except after a 413: then the connection is closed, since a
 * refused large body is not worth reading. Once a response has started, the only honest signal left is to cut it.
 */
export function sendGatewayError(
  req: IncomingMessage,
  res: ServerResponse,
  corsOrigin: string | undefined,
  credentialMode: CredentialMode,
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
    [GATEWAY_CREDENTIAL_HEADER]: credentialMode,
  };
  if (corsOrigin !== undefined) Object.assign(headers, corsHeaders(corsOrigin, headers));
  if (error.status === 413) headers.connection = 'close';
  else req.resume();
  res.writeHead(error.status, headers);
  res.end(req.method === 'HEAD' ? undefined : error.body);
}

/**
 * Answers a request node's HTTP parser refused (the server's `clientError`: malformed or smuggling-shaped
 * framing, an oversized head, a client too slow to send its head) with a gateway error on the raw socket, then
 * closes it. Returns the status sent, or undefined when the socket was already gone.
 */
export function answerMalformedRequest(
  err: NodeJS.ErrnoException,
  socket: Socket,
  credentialMode: CredentialMode,
): number | undefined {
  if (err.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return undefined;
  }
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return answerOnSocket(socket, credentialMode, 'request_timeout', 'the request was not received in time');
  }
  const code: GatewayErrorCode =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? 'headers_too_large'
      : err.code === 'HPE_INVALID_URL'
        ? 'path_not_allowed'
        : /HEADER|_LF_|_CR|CHUNK/.test(err.code ?? '')
          ? 'header_not_allowed'
          : 'bad_request';
  return answerOnSocket(socket, credentialMode, code, `malformed request (${err.code ?? 'parse error'})`);
}

/**
 * Writes a gateway error straight onto a client socket and closes it: for requests node:http does not hand to the
 * request handler (a parse error, a timeout, CONNECT). Returns the status sent.
 */
export function answerOnSocket(
  socket: Socket,
  credentialMode: CredentialMode,
  code: GatewayErrorCode,
  message: string,
  status?: number,
): number {
  const error = gatewayError(code, message, status);
  const head = Object.entries({
    ...error.headers,
    [GATEWAY_CREDENTIAL_HEADER]: credentialMode,
    connection: 'close',
  })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${error.status} ${http.STATUS_CODES[error.status]}\r\n${head}\r\n${error.body}`);
  return error.status;
}
