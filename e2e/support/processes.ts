/** Starts the servers the e2e tests talk to as real child processes, and makes sure they die with the run. */

import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { closeServer } from '../../node-support/close-server.ts';
import { listenOn } from '../../node-support/listen-on.ts';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const GUARD = path.join(REPO_ROOT, 'e2e', 'support', 'exit-with-parent.mjs');
const LISTENING = /listening on (https?:\/\/[^\s"']+)/i;

/** A started child server. */
export interface RunningServer {
  name: string;
  /** The URL from its `listening on …` line, without a trailing slash. */
  url: string;
  pid: number;
  /** Everything it printed so far (stdout and stderr, interleaved). */
  output(): string;
  /** Stops it: SIGTERM, then SIGKILL after `graceMs`. Resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const children = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Kills every child still running, synchronously (safe inside an `exit` handler). */
export function killAllChildrenNow(): void {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
  children.clear();
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', killAllChildrenNow);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAllChildrenNow();
      // Keep the default behaviour (terminate) unless someone else, e.g. Playwright, handles the signal.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

/** Options for {@link startTsServer}. */
export interface StartOptions {
  name: string;
  /** A TypeScript entry point, relative to the repository root. */
  entry: string;
  env: Record<string, string>;
  timeoutMs?: number;
}

/**
 * Runs `entry` with tsx (as `node --import tsx`, so there is no wrapper process to outlive) and resolves with its
 * URL once it prints `listening on http://…`. Fails with its output when it exits or stays silent for `timeoutMs`.
 */
export function startTsServer({
  name,
  entry,
  env,
  timeoutMs = 20_000,
}: StartOptions): Promise<RunningServer> {
  installExitHook();
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', GUARD, entry], {
    cwd: REPO_ROOT,
    env: { ...process.env, NODE_ENV: 'test', FORCE_COLOR: '0', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      children.delete(child);
      resolve();
    });
  });

  const stop = async (graceMs = 3_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  };

  return new Promise<RunningServer>((resolve, reject) => {
    let settled = false;
    const fail = (reason: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop(500).then(() => {
        const envText = Object.entries(env)
          .map(([key, value]) => `${key}=${/CREDENTIAL|KEY|TOKEN/.test(key) ? '***' : value}`)
          .join(' ');
        reject(
          new Error(
            `${name} (${envText} tsx ${entry}) ${reason}.\n` +
              `--- its output ---\n${output.trim() || '(nothing)'}\n--- end of output ---`,
          ),
        );
      });
    };
    const timer = setTimeout(
      () => fail(`did not print "listening on http://…" within ${timeoutMs / 1000} s`),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = LISTENING.exec(output);
      if (match && !settled) {
        settled = true;
        clearTimeout(timer);
        resolve({
          name,
          url: match[1]!.replace(/\/+$/, ''),
          pid: child.pid!,
          output: () => output,
          stop,
        });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', (error) => fail(`could not be started: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited early (${signal ?? `code ${code}`})`));
  });
}

/** An in-process HTTP server on 127.0.0.1. */
export interface InProcessServer {
  url: string;
  close(): Promise<void>;
}

/**
 * An upstream that accepts requests and never answers them: behind a gateway it keeps a request in flight for as
 * long as a test needs (for Cancel), without sleeps or timers.
 */
export async function startStalledUpstream(): Promise<InProcessServer> {
  const server: Server = createServer(() => {
    // Deliberately never respond.
  });
  const url = await listenOn(server, '127.0.0.1', 0);
  // closeServer also ends the connections still waiting for an answer.
  return { url, close: () => closeServer(server) };
}
