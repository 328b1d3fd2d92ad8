import { type Env, envInteger } from './read-env.ts';

/** What a slow or hostile client may cost the gateway, and how many headers a message may carry either way. */
export interface ServerLimits {
  /** Time a client has to send its complete request head; then 408 and the connection is closed. */
  headersTimeoutMs: number;
  /** Time a client has to send its whole request, head and body (the response may take longer). */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** Open client connections in total; further ones are closed at once. */
  maxConnections: number;
  /** Open connections from one client address; further ones are closed at once. */
  maxConnectionsPerClient: number;
  /** Bytes of a request head, and of an upstream response head. */
  maxHeaderBytes: number;
  /** Header lines of a request, and of an upstream response. */
  maxHeaders: number;
}

/**
 * Reads the slow-client and header limits (`GATEWAY_HEADERS_TIMEOUT_MS`, `GATEWAY_REQUEST_TIMEOUT_MS`,
 * `GATEWAY_KEEP_ALIVE_TIMEOUT_MS`, `GATEWAY_MAX_CONNECTIONS`, `GATEWAY_MAX_CONNECTIONS_PER_CLIENT`,
 * `GATEWAY_MAX_HEADER_BYTES`, `GATEWAY_MAX_HEADERS`), applying defaults fit for the internet.
 */
export function loadServerLimits(env: Env): ServerLimits {
  const limits: ServerLimits = {
    headersTimeoutMs: envInteger(env, 'GATEWAY_HEADERS_TIMEOUT_MS', 10_000, 100, 600_000),
    requestTimeoutMs: envInteger(env, 'GATEWAY_REQUEST_TIMEOUT_MS', 30_000, 100, 3_600_000),
    keepAliveTimeoutMs: envInteger(env, 'GATEWAY_KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000),
    maxConnections: envInteger(env, 'GATEWAY_MAX_CONNECTIONS', 10_000, 1, 1_000_000),
    maxConnectionsPerClient: envInteger(env, 'GATEWAY_MAX_CONNECTIONS_PER_CLIENT', 64, 1, 1_000_000),
    maxHeaderBytes: envInteger(env, 'GATEWAY_MAX_HEADER_BYTES', 16_384, 1_024, 1_048_576),
    maxHeaders: envInteger(env, 'GATEWAY_MAX_HEADERS', 100, 8, 10_000),
  };
  // node:http refuses a head timeout longer than the whole-request one; say so in the variables' words.
  if (limits.requestTimeoutMs < limits.headersTimeoutMs) {
    throw new Error('GATEWAY_REQUEST_TIMEOUT_MS must not be shorter than GATEWAY_HEADERS_TIMEOUT_MS');
  }
  return limits;
}
