/**
 * `npm start` as a whole, with real processes (the static server, the demo upstream, the gateway) and a real
 * build into a temporary folder: its exit codes, what it says, and that stopping one part stops the rest.
 */
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { closeServer } from '../../node-support/close-server.ts';
import { listenOn } from '../../node-support/listen-on.ts';
import { EXIT, runStart, type StartContext } from './run-start.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** A start context on free ports with a temporary build folder; `stop()` plays Ctrl+C. */
async function context(argv: string[], env: Record<string, string> = {}) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'tryit-start-test-'));
  cleanups.push(() => rm(outDir, { recursive: true, force: true }));
  const lines: string[] = [];
  let stop: (reason: string) => void = () => {};
  const stopRequested = new Promise<string>((resolve) => {
    stop = resolve;
  });
  type Ready = Parameters<NonNullable<StartContext['onReady']>>[0];
  let onReady: (value: Ready) => void = () => {};
  const ready = new Promise<Ready>((resolve) => {
    onReady = resolve;
  });
  const ctx: StartContext = {
    argv,
    env: { PAGE_PORT: '0', GATEWAY_PORT: '0', DEMO_PORT: '0', ...env },
    root: ROOT,
    cwd: ROOT,
    outDir,
    log: (line) => lines.push(line),
    stopRequested,
    graceMs: 2_000,
    onReady,
  };
  return { ctx, lines, stop: (reason = 'SIGINT') => stop(reason), ready, outDir };
}

/** A tiny upstream that answers every request with what it received. */
async function echoUpstream(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: req.method, url: req.url }));
  });
  const url = await listenOn(server, '127.0.0.1', 0);
  cleanups.push(() => closeServer(server));
  return { url, server };
}

describe('npm start: arguments and descriptions (exit code 2, nothing started)', () => {
  it('an unknown option prints the usage', async () => {
    const { ctx, lines } = await context(['--bogus']);
    expect(await runStart(ctx)).toBe(EXIT.usage);
    expect(lines.join('\n')).toMatch(/npm start: unknown option --bogus[\s\S]*usage: npm start/);
  });

  it('a description that does not exist, or is not OpenAPI, is named', async () => {
    const missing = await context(['no/such/api.yaml']);
    expect(await runStart(missing.ctx)).toBe(EXIT.usage);
    expect(missing.lines.join('\n')).toContain('no such file');
    const notOpenApi = await context(['package.json']);
    expect(await runStart(notOpenApi.ctx)).toBe(EXIT.usage);
    expect(notOpenApi.lines.join('\n')).toContain('is not an OpenAPI 3.x or Swagger 2.0 description');
  });

  it('a description without an absolute server needs --upstream, and says so', async () => {
    const { ctx, lines, outDir } = await context([]);
    const file = path.join(outDir, 'relative.yaml');
    const fixture = await readFile(path.join(ROOT, 'scripts/start/fixtures/pets-api.yaml'), 'utf8');
    await writeFile(file, fixture.replace('http://127.0.0.1:1/v1', '/v1'));
    expect(await runStart({ ...ctx, argv: [file] })).toBe(EXIT.usage);
    expect(lines.join('\n')).toContain('names no absolute server URL');
    expect(lines.join('\n')).toContain('--upstream https://api.example.com');
  });

  it('--help prints the usage, exit codes and environment variables, and exits 0', async () => {
    const { ctx, lines } = await context(['--help']);
    expect(await runStart(ctx)).toBe(EXIT.stopped);
    expect(lines.join('\n')).toMatch(/PAGE_PORT[\s\S]*exit codes/);
  });
});

describe('npm start: processes', () => {
  it('a port in use: exit code 1, saying which part could not start, and nothing left running', async () => {
    const taken = createServer();
    const url = await listenOn(taken, '127.0.0.1', 0);
    cleanups.push(() => closeServer(taken));
    const { ctx, lines } = await context([], { GATEWAY_PORT: new URL(url).port });
    expect(await runStart(ctx)).toBe(EXIT.failed);
    const said = lines.join('\n');
    expect(said).toContain('npm start failed: gateway stopped before it was ready (exit code 1)');
    // The page and the demo upstream had started: both are stopped again.
    const pagePort = /\[page\] listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(said)?.[1];
    expect(pagePort).toBeDefined();
    await expect(fetch(`http://127.0.0.1:${pagePort}/`)).rejects.toThrow();
  }, 60_000);

  it('the built-in API: page, demo and gateway run; when the demo stops, it says so and stops the rest (exit 1)', async () => {
    const { ctx, lines, ready } = await context([]);
    const exit = runStart(ctx);
    const running = await ready;
    expect(running.page).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/operations\/usage-audio-speeches$/);
    const html = await (await fetch(running.page.split('#')[0] ?? '')).text();
    expect(html).toContain('tryit:v1:theme');
    const health = (await (await fetch(`${running.gateway}/_gateway/health`)).json()) as { upstream: string };
    expect(health.upstream).toBe(new URL(running.demo ?? '').host);
    expect(lines.join('\n')).toContain('Try It is running.');
    expect(running.running.map((p) => p.name).sort()).toEqual(['demo-upstream', 'gateway', 'page']);

    const demo = running.running.find((p) => p.name === 'demo-upstream');
    process.kill(demo?.pid ?? 0, 'SIGKILL');
    expect(await exit).toBe(EXIT.failed);
    expect(lines).toContain('[start] demo-upstream stopped (signal SIGKILL); stopping the others.');
    await expect(fetch(`${running.gateway}/_gateway/health`)).rejects.toThrow();
  }, 120_000);

  it('your own description: the gateway forwards it to its server, no demo; Ctrl+C stops everything (exit 0)', async () => {
    const upstream = await echoUpstream();
    const { ctx, lines, ready, stop, outDir } = await context([]);
    const file = path.join(outDir, '..', `${path.basename(outDir)}-pets.yaml`);
    cleanups.push(() => rm(file, { force: true }));
    const fixture = await readFile(path.join(ROOT, 'scripts/start/fixtures/pets-api.yaml'), 'utf8');
    await writeFile(file, fixture.replace('http://127.0.0.1:1/v1', `${upstream.url}/v1`));

    const exit = runStart({ ...ctx, argv: [file] });
    const running = await ready;
    expect(running.demo).toBeUndefined();
    expect(running.page).toMatch(/\/$/);
    const said = lines.join('\n');
    expect(said).toContain('The demo upstream serves only the built-in usage API');
    expect(said).toContain(`Pets for start tests go through the gateway to ${upstream.url}/v1`);
    const echoed = (await (await fetch(`${running.gateway}/pets/rex`)).json()) as { url: string };
    expect(echoed.url).toBe('/v1/pets/rex');
    // The page was built for this description: it is the one embedded, and the gateway is prefilled.
    const assets = path.join(outDir, 'assets');
    const code = (
      await Promise.all(
        (
          await readdir(assets)
        )
          .filter((f) => f.endsWith('.js'))
          .map((f) => readFile(path.join(assets, f), 'utf8')),
      )
    ).join('\n');
    expect(code).toContain('Pets for start tests');
    expect(code).toContain(running.gateway);
    expect(code).not.toContain('react-stack-top-frame');

    stop('SIGINT');
    expect(await exit).toBe(EXIT.stopped);
    expect(lines).toContain('[start] SIGINT: stopping everything.');
    await expect(fetch(`${running.gateway}/_gateway/health`)).rejects.toThrow();
  }, 120_000);
});
