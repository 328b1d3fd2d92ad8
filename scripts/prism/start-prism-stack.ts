/**
 * Starts Prism (a validating OpenAPI mock) and the reference gateway in front of it, as real child processes on
 * 127.0.0.1 with free ports. Shared by `npm run prism:coverage`, its vitest integration test and the Prism e2e spec.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GATEWAY_ENTRY } from '../../test-support/entry-points.ts';
import { freePort } from '../../test-support/free-port.ts';

/** Repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const PRISM_BIN = path.join(REPO_ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js');
const GATEWAY_MAIN = path.join(REPO_ROOT, GATEWAY_ENTRY);
// Enough for every Prism log line (one per route at startup, two or three per request) without unbounded growth.
const MAX_OUTPUT_CHARS = 2_000_000;

/** Options of {@link startPrismStack}. */
export interface PrismStackOptions {
  /** The API description Prism mocks and the gateway forwards (relative to the repo root or absolute). */
  spec?: string;
  /** Milliseconds to wait for Prism's "listening" line (it parses and indexes the whole document first). */
  prismTimeoutMs?: number;
  /** Browser origins the gateway allows (default: `*`, any origin). */
  allowedOrigins?: string;
}

/** Prism and the gateway, running. */
export interface PrismStack {
  prismUrl: string;
  gatewayUrl: string;
  /** Milliseconds Prism took to print its "listening" line. */
  prismStartupMs: number;
  /** What Prism printed so far (its request log holds the validation findings). */
  prismOutput(): string;
  gatewayOutput(): string;
  /** Stops both (SIGTERM, then SIGKILL after a grace period). Safe to call twice. */
  stop(): Promise<void>;
}

interface Child {
  child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/** Starts Prism on the spec, then the gateway forwarding that spec's operations to it. */
export async function startPrismStack(options: PrismStackOptions = {}): Promise<PrismStack> {
  const spec = path.resolve(REPO_ROOT, options.spec ?? 'specs/openai-openapi.yaml');
  const port = await freePort();
  const startedAt = Date.now();
  // Request validation is Prism's default: an invalid request gets 422 (or 400/401/415) with the violations.
  const prism = await startChild(
    'prism',
    process.execPath,
    [PRISM_BIN, 'mock', spec, '-p', String(port), '-h', '127.0.0.1'],
    {},
    /Prism is listening on (http:\/\/\S+)/,
    options.prismTimeoutMs ?? 120_000,
  );
  const prismStartupMs = Date.now() - startedAt;
  const prismUrl = `http://127.0.0.1:${port}`;
  let gateway: Child & { url: string };
  try {
    gateway = await startChild(
      'gateway',
      process.execPath,
      ['--import', 'tsx', GATEWAY_MAIN],
      {
        GATEWAY_SPEC: spec,
        // Prism serves the operations at its root: the document's `/v1` server path is not part of its routes.
        GATEWAY_UPSTREAM_URL: prismUrl,
        GATEWAY_PORT: '0',
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_ALLOWED_ORIGINS: options.allowedOrigins ?? '*',
        GATEWAY_MAX_BODY_BYTES: String(32 * 1024 * 1024),
      },
      /listening on (http:\/\/\S+)/,
      30_000,
    );
  } catch (error) {
    await prism.stop();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    prismUrl,
    gatewayUrl: gateway.url.replace(/\/+$/, ''),
    prismStartupMs,
    prismOutput: prism.output,
    gatewayOutput: gateway.output,
    stop: () => {
      stopping ??= Promise.all([gateway.stop(), prism.stop()]).then(() => undefined);
      return stopping;
    },
  };
}

function startChild(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs: number,
): Promise<Child & { url: string }> {
  // The caller's GATEWAY_* settings must not leak into the process under test.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('GATEWAY_')),
  );
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...inherited, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a stop also reaches anything it forked.
    detached: true,
  });
  let output = '';
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    child.once('exit', () => resolve());
  });
  const onExit = () => {
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      signalGroup(child.pid, 'SIGKILL');
    }
  };
  process.once('exit', onExit);
  const stop = async (): Promise<void> => {
    process.removeListener('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const pid = child.pid;
    signalGroup(pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 3_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() =>
        reject(new Error(`${name} ${reason}\n--- its output ---\n${output.slice(-4000)}\n---`)),
      );
    };
    const timer = setTimeout(() => fail(`did not say it was listening within ${timeoutMs} ms`), timeoutMs);
    const onData = (chunk: Buffer) => {
      if (output.length < MAX_OUTPUT_CHARS) output += chunk.toString('utf8');
      const match = settled ? null : ready.exec(output);
      if (match?.[1]) {
        settled = true;
        clearTimeout(timer);
        resolve({ child, url: match[1], output: () => output, stop });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => fail(`could not be started: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited early (${signal ?? `code ${code}`})`));
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
