/**
 * What `streaming.spec.ts` needs: the reference gateway loaded with the full OpenAI description, in front of the
 * demo upstream (whose `POST /chat/completions` and `POST /responses` stream), and a static server that hands
 * the description to the page with CORS (`?spec=<url>`).
 */

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { closeServer } from '../../node-support/close-server.ts';
import { listenOn } from '../../node-support/listen-on.ts';
import { GATEWAY_ENTRY } from '../../test-support/entry-points.ts';
import { REPO_ROOT, type RunningServer, startTsServer } from './processes.ts';

const SPEC = 'specs/openai-openapi.yaml';

/** The gateway and the description's URL, running. */
export interface StreamingHarness {
  gatewayUrl: string;
  specUrl: string;
  stop(): Promise<void>;
}

/** Starts the description server and a gateway (full description) in front of `upstreamUrl`, allowing `pageOrigin`. */
export async function startStreamingHarness(
  pageOrigin: string,
  upstreamUrl: string,
): Promise<StreamingHarness> {
  const specText = await readFile(path.join(REPO_ROOT, SPEC));
  const server = createServer((req, res) => {
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (req.method === 'GET' && req.url === '/openai-openapi.yaml') {
      res.writeHead(200, { ...headers, 'content-type': 'text/yaml; charset=utf-8' });
      res.end(specText);
      return;
    }
    res.writeHead(404, headers);
    res.end();
  });
  const specServerUrl = await listenOn(server, '127.0.0.1', 0);
  let gateway: RunningServer;
  try {
    gateway = await startTsServer({
      name: 'streaming-gateway',
      entry: GATEWAY_ENTRY,
      env: {
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        GATEWAY_UPSTREAM_URL: upstreamUrl,
        GATEWAY_ALLOWED_ORIGINS: pageOrigin,
        GATEWAY_SPEC: SPEC,
      },
      timeoutMs: 60_000,
    });
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  return {
    gatewayUrl: gateway.url,
    specUrl: `${specServerUrl}/openai-openapi.yaml`,
    stop: async () => {
      await Promise.all([gateway.stop(), closeServer(server)]);
    },
  };
}
