import { readFileSync } from 'node:fs';
import http from 'node:http';
import { getRequestListener } from '@hono/node-server';
import { closeServer } from '../node-support/close-server.ts';
import { listenOn } from '../node-support/listen-on.ts';
import { createFetchHandler } from './create-fetch-handler.ts';
import type { Gateway, GatewayOptions } from './create-gateway.ts';
import { createRateLimiter } from './create-rate-limiter.ts';

/**
 * The Web-standard handler (`create-fetch-handler.ts`) served by node:http through @hono/node-server's adapter
 * (`GATEWAY_ENGINE=fetch`): the same rules as the default engine, for comparing the two and for running the
 * contract tests on Node and workerd alike. The default engine (`create-gateway.ts`) is faster on Node (see
 * `npm run bench:gateway`); this one has no access log or metrics of its own. The server keeps the same
 * slow-client limits.
 */
export function createFetchGatewayServer(options: GatewayOptions): Gateway {
  const { limits } = options;
  const rateLimiter =
    options.rateLimiter ??
    (options.rateLimitPerMinute === undefined ? undefined : createRateLimiter(options.rateLimitPerMinute));
  const handler = createFetchHandler({
    ...options,
    maxHeaders: limits.maxHeaders,
    rateLimiter,
    readFile: (file) => readFileSync(file, 'utf8'),
  });
  const listener = getRequestListener((request, env) => handler(request, env.incoming.socket.remoteAddress));
  const server = http.createServer(
    {
      noDelay: true,
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      maxHeaderSize: limits.maxHeaderBytes,
      connectionsCheckingInterval: Math.min(1000, Math.ceil(limits.headersTimeoutMs / 4)),
    },
    (req, res) => void listener(req, res),
  );
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  let boundUrl: string | undefined;
  return {
    server,
    get url() {
      return boundUrl;
    },
    forwardedOperations: handler.forwardedOperations,
    async listen() {
      boundUrl = await listenOn(server, options.host, options.port);
      return boundUrl;
    },
    async close() {
      await closeServer(server);
    },
  };
}
