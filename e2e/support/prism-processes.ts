/**
 * What `prism.spec.ts` needs beside the shared harness: Prism mocking the full OpenAI description, the reference
 * gateway in front of it (allowing the page's origin), and a static server that hands the description to the
 * browser with CORS (`?spec=<url>` is fetched by the page, from another origin).
 */

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { closeServer } from '../../node-support/close-server.ts';
import { listenOn } from '../../node-support/listen-on.ts';
import { type PrismStack, REPO_ROOT, startPrismStack } from '../../scripts/prism/start-prism-stack.ts';

/** The description Prism and the gateway serve, relative to the repository root. */
export const PRISM_SPEC = 'specs/openai-openapi.yaml';

/** Prism, its gateway and the description's URL, running. */
export interface PrismHarness {
  /** The gateway URL a user types into "Gateway URL". */
  gatewayUrl: string;
  /** The description's URL for `?spec=`. */
  specUrl: string;
  /** Milliseconds Prism took to be ready. */
  prismStartupMs: number;
  stop(): Promise<void>;
}

/** Starts everything on free ports of 127.0.0.1; the gateway allows `pageOrigin` only. */
export async function startPrismHarness(pageOrigin: string): Promise<PrismHarness> {
  const specText = await readFile(path.join(REPO_ROOT, PRISM_SPEC));
  const fileName = path.basename(PRISM_SPEC);
  const server = createServer((req, res) => {
    const headers = { 'access-control-allow-origin': '*', 'cache-control': 'no-store' };
    if (req.method === 'GET' && req.url === `/${fileName}`) {
      res.writeHead(200, { ...headers, 'content-type': 'text/yaml; charset=utf-8' });
      res.end(specText);
      return;
    }
    res.writeHead(404, headers);
    res.end();
  });
  const specServerUrl = await listenOn(server, '127.0.0.1', 0);

  let stack: PrismStack;
  try {
    stack = await startPrismStack({ spec: PRISM_SPEC, allowedOrigins: pageOrigin, prismTimeoutMs: 120_000 });
  } catch (error) {
    await closeServer(server);
    throw error;
  }
  return {
    gatewayUrl: stack.gatewayUrl,
    specUrl: `${specServerUrl}/${fileName}`,
    prismStartupMs: stack.prismStartupMs,
    stop: async () => {
      await Promise.all([stack.stop(), closeServer(server)]);
    },
  };
}
