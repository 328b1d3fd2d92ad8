/**
 * Starts everything the e2e tests talk to, as real processes on free ports of 127.0.0.1:
 * the built page (served under a sub-path), the demo upstream, and gateways in front of it.
 * The URLs reach the tests through environment variables (see `support/env.ts`).
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FullConfig } from '@playwright/test';
import { DEMO_UPSTREAM_ENTRY, GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { freePort } from '../test-support/free-port.ts';
import { ENV } from './support/env.ts';
import {
  type InProcessServer,
  killAllChildrenNow,
  REPO_ROOT,
  type RunningServer,
  startStalledUpstream,
  startTsServer,
} from './support/processes.ts';

/** The sub-path the page is served under: proves the built page works away from the host's root. */
export const PAGE_BASE_PATH = '/docs/tryit/';
/** The credential the "key-holding" gateway injects upstream. */
export const SERVER_HELD_CREDENTIAL = 'demo-server-key';
/** The caller token the token-protected gateway accepts (`GATEWAY_CALLER_TOKENS`). */
export const CALLER_TOKEN = 'e2e-caller-token-4d81b7c2';

interface ServeStaticModule {
  serveStatic(options: {
    root: string;
    host?: string;
    port?: number;
    basePath?: string;
  }): Promise<InProcessServer>;
}

/** Stops everything this run started; shared with `global-teardown.ts` through `globalThis`. */
type Stopper = () => Promise<void>;
const STOP_KEY = Symbol.for('tryit.e2e.stop');

/** Registers the stopper so that `global-teardown.ts` finds it. */
function registerStopper(stop: Stopper): void {
  (globalThis as Record<symbol, unknown>)[STOP_KEY] = stop;
}

/** Runs the registered stopper, once. */
export async function stopEverything(): Promise<void> {
  const registry = globalThis as Record<symbol, unknown>;
  const stop = registry[STOP_KEY] as Stopper | undefined;
  registry[STOP_KEY] = undefined;
  if (stop) await stop();
  killAllChildrenNow();
}

export default async function globalSetup(_config: FullConfig): Promise<() => Promise<void>> {
  // TRYIT_DIST_DIR tests a build made elsewhere; by default the one `npm run build` just made.
  const dist = path.resolve(REPO_ROOT, process.env.TRYIT_DIST_DIR || 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    const shown = path.relative(REPO_ROOT, dist) || dist;
    throw new Error(
      `${shown}/index.html is missing: run \`npm run build\` first (or \`npm run test:e2e\`, which does).`,
    );
  }
  for (const entry of [GATEWAY_ENTRY, DEMO_UPSTREAM_ENTRY]) {
    if (!existsSync(path.join(REPO_ROOT, entry)))
      throw new Error(`${entry} is missing: the e2e tests need it.`);
  }

  const children: RunningServer[] = [];
  const inProcess: InProcessServer[] = [];
  // The tests serve a private copy of the build: a `npm run build` elsewhere in this working tree (which empties
  // dist/ first) must not pull the page from under a running test.
  const snapshot = await mkdtemp(path.join(tmpdir(), 'tryit-e2e-dist-'));
  const stop = async () => {
    await Promise.allSettled([...children.map((child) => child.stop()), ...inProcess.map((s) => s.close())]);
    await rm(snapshot, { recursive: true, force: true });
    const logDir = path.join(REPO_ROOT, 'test-results', 'servers');
    await mkdir(logDir, { recursive: true });
    await Promise.all(
      children.map((child) => writeFile(path.join(logDir, `${child.name}.log`), child.output())),
    );
  };
  registerStopper(stop);

  try {
    // A variable specifier: the module is plain JavaScript (also used by `npm start`), typed here by hand.
    const serveStaticUrl = pathToFileURL(path.join(REPO_ROOT, 'scripts', 'serve-static.mjs')).href;
    const { serveStatic } = (await import(serveStaticUrl)) as ServeStaticModule;
    await cp(dist, snapshot, { recursive: true });
    if (!existsSync(path.join(snapshot, 'index.html')))
      throw new Error(`${dist} changed while being copied; retry`);
    const page = await serveStatic({ root: snapshot, host: '127.0.0.1', port: 0, basePath: PAGE_BASE_PATH });
    inProcess.push(page);
    const pageOrigin = new URL(page.url).origin;

    const stalled = await startStalledUpstream();
    inProcess.push(stalled);

    const demo = await startTsServer({
      name: 'demo-upstream',
      entry: DEMO_UPSTREAM_ENTRY,
      env: { DEMO_HOST: '127.0.0.1', DEMO_PORT: '0' },
    });
    children.push(demo);
    const upstreamUrl = `${demo.url}/v1`;

    const gatewayEnv = (upstream: string, allowedOrigin = pageOrigin): Record<string, string> => ({
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: upstream,
      GATEWAY_ALLOWED_ORIGINS: allowedOrigin,
    });
    const closedPort = await freePort();
    const unreachableGatewayPort = await freePort();
    // Started in parallel: each is independent of the others.
    const gateways = await Promise.allSettled([
      startTsServer({ name: 'gateway', entry: GATEWAY_ENTRY, env: gatewayEnv(upstreamUrl) }),
      startTsServer({
        name: 'gateway-with-credential',
        entry: GATEWAY_ENTRY,
        // Open to any caller on purpose (GATEWAY_PUBLIC=1): the story is "no key needed in the browser".
        env: { ...gatewayEnv(upstreamUrl), GATEWAY_CREDENTIAL: SERVER_HELD_CREDENTIAL, GATEWAY_PUBLIC: '1' },
      }),
      startTsServer({
        name: 'gateway-token',
        entry: GATEWAY_ENTRY,
        // Secure by default: it holds the key and serves only callers with a gateway access token.
        env: {
          ...gatewayEnv(upstreamUrl),
          GATEWAY_CREDENTIAL: SERVER_HELD_CREDENTIAL,
          GATEWAY_CALLER_TOKENS: CALLER_TOKEN,
        },
      }),
      startTsServer({
        name: 'gateway-upstream-down',
        entry: GATEWAY_ENTRY,
        env: gatewayEnv(`http://127.0.0.1:${closedPort}/v1`),
      }),
      startTsServer({
        name: 'gateway-upstream-stalled',
        entry: GATEWAY_ENTRY,
        env: gatewayEnv(`${stalled.url}/v1`),
      }),
      startTsServer({
        name: 'gateway-other-origin',
        entry: GATEWAY_ENTRY,
        // An origin that is not the page's: the browser must refuse to hand the answers to the page.
        env: gatewayEnv(upstreamUrl, 'https://docs.example.com'),
      }),
    ]);
    const started: RunningServer[] = [];
    const failures: string[] = [];
    for (const result of gateways) {
      if (result.status === 'fulfilled') {
        children.push(result.value);
        started.push(result.value);
      } else failures.push(String(result.reason instanceof Error ? result.reason.message : result.reason));
    }
    if (failures.length > 0) throw new Error(failures.join('\n\n'));
    const [gateway, credentialGateway, tokenGateway, downGateway, stalledGateway, otherOriginGateway] =
      started as [RunningServer, RunningServer, RunningServer, RunningServer, RunningServer, RunningServer];

    process.env[ENV.pageUrl] = page.url;
    process.env[ENV.upstreamUrl] = upstreamUrl;
    process.env[ENV.gatewayUrl] = gateway.url;
    process.env[ENV.credentialGatewayUrl] = credentialGateway.url;
    process.env[ENV.tokenGatewayUrl] = tokenGateway.url;
    process.env[ENV.upstreamDownGatewayUrl] = downGateway.url;
    process.env[ENV.stalledGatewayUrl] = stalledGateway.url;
    process.env[ENV.otherOriginGatewayUrl] = otherOriginGateway.url;
    process.env[ENV.unreachableGatewayUrl] = `http://127.0.0.1:${unreachableGatewayPort}`;
    console.log(
      `[e2e] page ${page.url} · demo upstream ${upstreamUrl} · gateway ${gateway.url} ` +
        `(+ key-holding ${credentialGateway.url}, token-protected ${tokenGateway.url}, ` +
        `upstream-down ${downGateway.url}, ` +
        `stalled ${stalledGateway.url}, other-origin ${otherOriginGateway.url})`,
    );
  } catch (error) {
    await stopEverything();
    throw error;
  }
  return stopEverything;
}
