import type { Socket } from 'node:net';
import { buildConnector, Pool } from 'undici';

/** An upstream socket error, tagged by the connector with whether the connection had carried a response. */
export interface UpstreamSocketError extends Error {
  code?: string;
  /** undici's SocketError ("other side closed") carries the socket's counters. */
  socket?: { bytesRead?: number };
  upstreamSocketUsed?: boolean;
}

function tagSocketError(this: Socket, error: UpstreamSocketError): void {
  error.upstreamSocketUsed = this.bytesRead > 0;
}

/** True when a failed upstream request went out on a keep-alive connection that had served a response before. */
export function wasReusedConnection(error: UpstreamSocketError): boolean {
  return error.upstreamSocketUsed === true || (error.socket?.bytesRead ?? 0) > 0;
}

/**
 * The connection pool to the one upstream origin. Keep-alive: the TCP (and TLS) handshake is paid once, not per
 * request. undici closes idle connections before the upstream's advertised keep-alive timeout, and its parser
 * and request writer cost far less CPU per request than node:http's client. No pipelining: one slow response
 * would hold up the requests queued behind it on the same connection.
 */
export function createUpstreamPool(origin: string, maxHeaderBytes = 16_384): Pool {
  const connector = buildConnector({});
  return new Pool(origin, {
    connections: 256,
    pipelining: 1,
    // A response head larger than this fails the request (502 upstream_bad_response), as a request's would (431).
    maxHeaderSize: maxHeaderBytes,
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
}
