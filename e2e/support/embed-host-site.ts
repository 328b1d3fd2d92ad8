/**
 * A foreign docs site for the embed tests, served by scripts/serve-static.mjs on a free port of 127.0.0.1: the
 * built `dist/embed/` under `/embed/`, the usage description as JSON under `/specs/`, the host pages of
 * e2e/fixtures/embed-host/ (`__GATEWAY_URL__` filled in), and the React host built with Vite. A gateway that
 * allows this site's origin runs in front of the demo upstream or of a recording upstream (the test's choice).
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { GATEWAY_ENTRY } from '../../test-support/entry-points.ts';
import { freePort } from '../../test-support/free-port.ts';
import { REPO_ROOT, type RunningServer, startTsServer } from './processes.ts';

const FIXTURES = path.join(REPO_ROOT, 'e2e', 'fixtures', 'embed-host');

interface ServeStaticModule {
  serveStatic(options: { root: string; host?: string; port?: number }): Promise<{
    url: string;
    close(): Promise<void>;
  }>;
}

/** The running site and its gateway. */
export interface EmbedHostSite {
  /** The site's root URL, ending in `/`. */
  url: string;
  gatewayUrl: string;
  stop(): Promise<void>;
}

/** Starts a gateway (in front of `upstreamUrl`) that allows `origin`. */
export function startGatewayFor(upstreamUrl: string, origin: string): Promise<RunningServer> {
  return startTsServer({
    name: `embed-gateway-${new URL(upstreamUrl).port}`,
    entry: GATEWAY_ENTRY,
    env: {
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: upstreamUrl,
      GATEWAY_ALLOWED_ORIGINS: origin,
    },
  });
}

/** Builds the site in a temporary folder and serves it; the gateway forwards to `upstreamUrl`. */
export async function startEmbedHostSite(upstreamUrl: string): Promise<EmbedHostSite> {
  const embed = path.join(REPO_ROOT, process.env.TRYIT_DIST_DIR || 'dist', 'embed');
  if (!existsSync(path.join(embed, 'try-it.js')) || !existsSync(path.join(embed, 'react.js'))) {
    throw new Error('dist/embed/try-it.js or react.js is missing: run `npm run build` first.');
  }
  const root = await mkdtemp(path.join(tmpdir(), 'tryit-embed-host-'));
  const cleanups: (() => Promise<void>)[] = [() => rm(root, { recursive: true, force: true })];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    await cp(embed, path.join(root, 'embed'), { recursive: true });
    await mkdir(path.join(root, 'specs'));
    const spec = yaml.load(await readFile(path.join(REPO_ROOT, 'specs', 'openai-usage.yaml'), 'utf8'));
    await writeFile(path.join(root, 'specs', 'openai-usage.json'), JSON.stringify(spec));
    const { serveStatic } = (await import(
      pathToFileURL(path.join(REPO_ROOT, 'scripts', 'serve-static.mjs')).href
    )) as ServeStaticModule;
    // The port first, so the gateway (which must name the site's origin) can start before the pages exist.
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const gateway = await startGatewayFor(upstreamUrl, origin);
    cleanups.push(() => gateway.stop());
    for (const name of await readdir(FIXTURES)) {
      if (!name.endsWith('.html')) continue;
      const html = await readFile(path.join(FIXTURES, name), 'utf8');
      await writeFile(path.join(root, name), html.replaceAll('__GATEWAY_URL__', gateway.url));
    }
    await buildReactHost(root, embed, gateway.url);
    const server = await serveStatic({ root, host: '127.0.0.1', port });
    cleanups.push(() => server.close());
    return { url: `${origin}/`, gatewayUrl: gateway.url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Bundles e2e/fixtures/embed-host/react-host.tsx with the repo's React into `react-host/`, and its page. */
async function buildReactHost(root: string, embedDir: string, gatewayUrl: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: FIXTURES,
    base: './',
    publicDir: false,
    define: { GATEWAY_URL: JSON.stringify(gatewayUrl), 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: path.join(root, 'react-host'),
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: path.join(FIXTURES, 'react-host.tsx'),
        output: { entryFileNames: 'react-host.js', format: 'es' },
      },
    },
    plugins: [
      {
        name: 'embed-from-dist',
        enforce: 'pre',
        // The built wrapper is bundled with the host's React, as a React site bundles a package; the elements
        // it imports stay the embed's own script, loaded from the embed folder at run time.
        resolveId(source, importer) {
          if (source === '/embed/react.js') return path.join(embedDir, 'react.js');
          if (source === './try-it.js' && importer === path.join(embedDir, 'react.js'))
            return { id: '/embed/try-it.js', external: true };
          return null;
        },
      },
    ],
  });
  await writeFile(
    path.join(root, 'react-host.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>React host</title>
<script type="module" src="./react-host/react-host.js"></script></head><body><div id="root"></div></body></html>`,
  );
}
