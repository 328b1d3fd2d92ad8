#!/usr/bin/env node
// `npm start`: builds the page, then runs the demo upstream, the reference gateway and a static server for
// dist/, all on 127.0.0.1, and prints the URL to open. Ctrl+C stops everything.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const host = '127.0.0.1';
const pagePort = Number(process.env.PAGE_PORT ?? 4173);
const gatewayPort = Number(process.env.GATEWAY_PORT ?? 8787);
const demoPort = Number(process.env.DEMO_PORT ?? 8788);
const gatewayUrl = `http://${host}:${gatewayPort}`;
// Its own output folder: `npm test` rebuilds dist/ without the prefilled gateway, even while this runs.
const outDir = join(root, 'node_modules', '.tryit-start');
const children = [];

function run(name, command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let ready = false;
    const onLine = (chunk) => {
      for (const line of chunk.toString().split('\n').filter(Boolean)) {
        console.log(`[${name}] ${line}`);
        const match = /listening on (http:\/\/\S+)/.exec(line);
        if (match && !ready) {
          ready = true;
          resolve(match[1]);
        }
      }
    };
    child.stdout.on('data', onLine);
    child.stderr.on('data', onLine);
    child.on('exit', (code) => {
      if (!ready)
        reject(new Error(`${name} exited with code ${code} before it was ready (is its port in use?)`));
      else if (!stopping) {
        console.error(`[${name}] stopped unexpectedly (code ${code}); stopping everything.`);
        stop(1);
      }
    });
  });
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function build() {
  return new Promise((resolve, reject) => {
    console.log(`Building the page (gateway ${gatewayUrl} prefilled)…`);
    const child = spawn(
      process.execPath,
      [
        join(root, 'node_modules/vite/bin/vite.js'),
        'build',
        '--logLevel',
        'warn',
        '--outDir',
        outDir,
        '--emptyOutDir',
      ],
      {
        cwd: root,
        env: { ...process.env, VITE_TRYIT_GATEWAY_URL: gatewayUrl },
        stdio: 'inherit',
      },
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build failed (${code})`))));
  });
}

try {
  await build();
  const tsx = join(root, 'node_modules/.bin/tsx');
  const demo = await run('demo-upstream', tsx, ['demo-upstream/main.ts'], {
    DEMO_HOST: host,
    DEMO_PORT: String(demoPort),
  });
  const pageOrigin = `http://${host}:${pagePort}`;
  await run('gateway', tsx, ['gateway/main.ts'], {
    GATEWAY_HOST: host,
    GATEWAY_PORT: String(gatewayPort),
    GATEWAY_UPSTREAM_URL: `${demo}/v1`,
    GATEWAY_ALLOWED_ORIGINS: `${pageOrigin},http://localhost:${pagePort}`,
  });
  const page = await run('page', process.execPath, [
    join(root, 'scripts/serve-static.mjs'),
    outDir,
    '--port',
    String(pagePort),
    '--host',
    host,
  ]);
  console.log(`
  Try It is running.
    Page:          ${page.replace(/\/?$/, '/')}#/operations/usage-audio-speeches
    Gateway:       ${gatewayUrl} (forwards to the demo upstream; holds no key: the key you type is forwarded,
                   so it needs no caller check. See "Deploying the gateway" in the README for the other modes)
    Demo upstream: ${demo}/v1 (offline, any non-empty key works; the key "demo-rate-limited" answers 429)

  Open the page, type any key (e.g. demo-key), a start_time such as 1730419200, and press Send.
  Ctrl+C stops everything.
`);
} catch (error) {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  stop(1);
}
