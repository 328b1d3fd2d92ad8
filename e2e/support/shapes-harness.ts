/**
 * A recording upstream behind a real gateway process that forwards the operations of a description
 * (`e2e/fixtures/shapes-api.yaml` unless another is given, e.g. one of specs/corpus/); the upstream also serves
 * that description to the page (with CORS), as a docs site would. Started per spec file:
 * `startShapesHarness(pageOrigin)`.
 */

import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { closeServer } from '../../node-support/close-server.ts';
import { listenOn } from '../../node-support/listen-on.ts';
import { GATEWAY_ENTRY } from '../../test-support/entry-points.ts';
import { REPO_ROOT, type RunningServer, startTsServer } from './processes.ts';

const SPEC = 'e2e/fixtures/shapes-api.yaml';
/** A valid 1×1 PNG: what a photo endpoint answers. */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** One request as the upstream received it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface ShapesHarness {
  specUrl: string;
  gatewayUrl: string;
  /** Requests the upstream received, oldest first (the spec download excluded). */
  received: RecordedRequest[];
  stop(): Promise<void>;
}

export async function startShapesHarness(pageOrigin: string, spec = SPEC): Promise<ShapesHarness> {
  const specText = await readFile(path.join(REPO_ROOT, spec));
  const specPath = spec.endsWith('.json') ? '/spec.json' : '/spec.yaml';
  const received: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'GET' && req.url === specPath) {
        const type = specPath === '/spec.json' ? 'application/json' : 'text/yaml';
        res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': type });
        res.end(specText);
        return;
      }
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      });
      if (req.url === '/pets/huge') {
        // 6 MB of JSON: more than the page reads (5 MB), far more than it highlights.
        const item = JSON.stringify({ id: 'pet', name: 'x'.repeat(90) });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(`[${Array(60_000).fill(item).join(',')}]`);
        return;
      }
      if (req.url === '/pets/html') {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<h1>Pet</h1><img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
        return;
      }
      if (req.method === 'GET' && req.url?.endsWith('/photo')) {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(PNG_1X1);
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ received: true, method: req.method, url: req.url }));
    });
  });
  const upstreamUrl = await listenOn(server, '127.0.0.1', 0);
  let gateway: RunningServer;
  try {
    gateway = await startTsServer({
      name: 'shapes-gateway',
      entry: GATEWAY_ENTRY,
      env: {
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        GATEWAY_UPSTREAM_URL: upstreamUrl,
        GATEWAY_ALLOWED_ORIGINS: pageOrigin,
        GATEWAY_SPEC: spec,
      },
    });
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  return {
    specUrl: `${upstreamUrl}${specPath}`,
    gatewayUrl: gateway.url,
    received,
    stop: async () => {
      await Promise.all([gateway.stop(), closeServer(server)]);
    },
  };
}
