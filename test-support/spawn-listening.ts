import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (one level above this file). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A child process that printed its "listening on" line. */
export interface ListeningProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything it wrote so far, stdout and stderr interleaved. */
  output(): string;
  /** SIGTERM (then SIGKILL after `graceMs`), resolves with the exit code. */
  stop(graceMs?: number): Promise<number | null>;
}

/**
 * Spawns `tsx <script>` from the repo root with the given env (inherited GATEWAY_* / DEMO_* are dropped so the
 * caller's shell cannot leak into a test) and resolves once a stdout line holds `listening on http://…`.
 * The child leads its own process group so stopping it also stops tsx's inner node process.
 */
export function spawnListening(
  script: string,
  env: Record<string, string>,
  timeoutMs = 15_000,
): Promise<ListeningProcess> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('GATEWAY_') && !name.startsWith('DEMO_')),
  );
  const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), [script], {
    cwd: REPO_ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  let exited = false;
  const exit = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exited = true;
      resolve(code);
    });
  });
  child.stdout?.setEncoding('utf8');
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    output += chunk;
  });

  const stop = async (graceMs = 6000): Promise<number | null> => {
    if (exited || child.pid === undefined) return exit;
    signalGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid !== undefined && signalGroup(child.pid, 'SIGKILL'), graceMs);
    const code = await exit;
    clearTimeout(timer);
    return code;
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop(0);
      reject(new Error(`${script} did not print "listening on" within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: string) => {
      output += chunk;
      const match = /listening on (http:\/\/[^\s]+)/.exec(output);
      if (match?.[1] && timer) {
        clearTimeout(timer);
        resolve({ url: match[1], child, output: () => output, stop });
      }
    });
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before listening:\n${output}`));
    });
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}
