import { type ChildProcess, spawn } from 'node:child_process';

/** One process `npm start` runs. */
export interface ProcessSpec {
  name: string;
  command: string;
  args: readonly string[];
  cwd: string;
  env?: Readonly<Record<string, string | undefined>>;
}

/** Runs and watches `npm start`'s processes; one of them stopping stops the rest. */
export interface Supervisor {
  /** Starts a server; resolves with the URL of its `listening on http://…` line. */
  serve(spec: ProcessSpec, readyTimeoutMs?: number): Promise<string>;
  /** Runs a task (the build) to its end; rejects unless it exits with code 0. */
  run(spec: ProcessSpec): Promise<void>;
  /** Stops every process (SIGTERM to its group, SIGKILL after the grace time); `finished` then gives `code`. */
  stop(code: number): Promise<number>;
  /** The exit code, once everything has stopped. */
  readonly finished: Promise<number>;
  /** The processes running now, by name (for messages and tests). */
  running(): { name: string; pid: number | undefined }[];
}

const LISTENING = /listening on (https?:\/\/[^\s"']+)/i;

/**
 * A supervisor whose processes each lead their own process group (so Ctrl+C reaches only `npm start`,
 * which then stops them in order) with a pipe on stdin (so a child can exit with its parent, see
 * e2e/support/exit-with-parent.mjs). Their output is passed to `log`, each line prefixed with the name.
 * When a server stops on its own, `log` says which one and how, and the others are stopped: exit code 1.
 */
export function createSupervisor({
  log,
  graceMs = 5_000,
}: {
  log: (line: string) => void;
  graceMs?: number;
}): Supervisor {
  const live = new Map<ChildProcess, string>();
  let stopping: Promise<number> | undefined;
  let finish: (code: number) => void = () => {};
  const finished = new Promise<number>((resolve) => {
    finish = resolve;
  });

  const launch = (spec: ProcessSpec, onLine: (line: string) => void): ChildProcess => {
    const child = spawn(spec.command, [...spec.args], {
      cwd: spec.cwd,
      env: { ...process.env, FORCE_COLOR: '0', ...spec.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    });
    live.set(child, spec.name);
    child.once('exit', () => live.delete(child));
    // A spawn that fails (no such command) emits 'error' and no 'exit': report it as an exit, so the
    // handlers below run once either way.
    child.once('error', (error) => {
      log(`[${spec.name}] could not be started: ${error.message}`);
      live.delete(child);
      child.emit('exit', null, null);
    });
    let pending = '';
    const onData = (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        log(`[${spec.name}] ${line}`);
        onLine(line);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    return child;
  };

  const describeExit = (code: number | null, signal: NodeJS.Signals | null) =>
    signal ? `signal ${signal}` : `exit code ${code}`;

  const supervisor: Supervisor = {
    finished,
    running: () => [...live].map(([child, name]) => ({ name, pid: child.pid })),
    serve(spec, readyTimeoutMs = 60_000) {
      if (stopping) return Promise.reject(new Error(`not starting ${spec.name}: stopping`));
      return new Promise((resolve, reject) => {
        let ready = false;
        const recent: string[] = [];
        const child = launch(spec, (line) => {
          recent.push(line);
          if (recent.length > 8) recent.shift();
          const match = LISTENING.exec(line);
          if (match && !ready) {
            ready = true;
            clearTimeout(timer);
            resolve((match[1] ?? '').replace(/\/+$/, ''));
          }
        });
        const timer = setTimeout(() => {
          if (ready) return;
          reject(new Error(`${spec.name} did not say it was listening within ${readyTimeoutMs / 1000} s`));
        }, readyTimeoutMs);
        child.once('exit', (code, signal) => {
          clearTimeout(timer);
          if (!ready) {
            reject(new Error(`${spec.name} stopped before it was ready (${describeExit(code, signal)})`));
          } else if (!stopping) {
            log(`[start] ${spec.name} stopped (${describeExit(code, signal)}); stopping the others.`);
            void supervisor.stop(1);
          }
        });
      });
    },
    run(spec) {
      if (stopping) return Promise.reject(new Error(`not running ${spec.name}: stopping`));
      return new Promise((resolve, reject) => {
        const child = launch(spec, () => {});
        child.once('exit', (code, signal) => {
          if (code === 0) resolve();
          else reject(new Error(`${spec.name} failed (${describeExit(code, signal)})`));
        });
      });
    },
    stop(code) {
      stopping ??= (async () => {
        const exits = [...live.keys()].map(
          (child) =>
            new Promise<void>((resolve) => {
              if (child.exitCode !== null || child.signalCode !== null) return resolve();
              child.once('exit', () => resolve());
              signalGroup(child, 'SIGTERM');
              const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
              timer.unref();
              child.once('exit', () => clearTimeout(timer));
            }),
        );
        await Promise.all(exits);
        finish(code);
        return code;
      })();
      return stopping;
    },
  };
  return supervisor;
}

/** Signals the child's whole process group (it leads one: `detached`), or the child itself if that fails. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}
