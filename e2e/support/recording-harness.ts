/**
 * A recording upstream behind a real gateway process that forwards every operation of the full OpenAI
 * description (the usage and costs ones included). The upstream also serves that description to the page
 * (`?spec=`, with CORS) and answers every other request with 200 `{"recorded": n}`. For the snippet runs:
 * what the page's Send made and what each snippet made land here, side by side.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { closeServer } from '../../node-support/close-server.ts';
import { listenOn } from '../../node-support/listen-on.ts';
import { GATEWAY_ENTRY } from '../../test-support/entry-points.ts';
import { REPO_ROOT, type RunningServer, startTsServer } from './processes.ts';

const SPEC = 'specs/openai-openapi.yaml';

/** One request as the upstream received it. */
export interface Recorded {
  method: string;
  /** Path and query as sent (below the upstream's base). */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface RecordingHarness {
  /** The full description's URL, for `?spec=`. */
  specUrl: string;
  gatewayUrl: string;
  /** Requests the upstream received, oldest first (the description's download excluded). */
  received: Recorded[];
  stop(): Promise<void>;
}

/** Starts the upstream and its gateway on free ports of 127.0.0.1; the gateway allows `pageOrigin` only. */
export async function startRecordingHarness(pageOrigin: string): Promise<RecordingHarness> {
  const specText = await readFile(path.join(REPO_ROOT, SPEC));
  const received: Recorded[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'GET' && req.url === '/spec.yaml') {
        res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/yaml' });
        res.end(specText);
        return;
      }
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ recorded: received.length }));
    });
  });
  const upstreamUrl = await listenOn(server, '127.0.0.1', 0);
  let gateway: RunningServer;
  try {
    gateway = await startTsServer({
      name: 'recording-gateway',
      entry: GATEWAY_ENTRY,
      env: {
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        GATEWAY_UPSTREAM_URL: upstreamUrl,
        GATEWAY_ALLOWED_ORIGINS: pageOrigin,
        GATEWAY_SPEC: SPEC,
      },
      // The gateway reads the 3 MB description before it listens.
      timeoutMs: 60_000,
    });
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  return {
    specUrl: `${upstreamUrl}/spec.yaml`,
    gatewayUrl: gateway.url,
    received,
    stop: async () => {
      await Promise.all([gateway.stop(), closeServer(server)]);
    },
  };
}
