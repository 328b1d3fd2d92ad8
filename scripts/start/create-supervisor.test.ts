/** The supervisor with real child processes (tiny node scripts): readiness, a child stopping, stopping all. */
import { describe, expect, it } from 'vitest';
import { createSupervisor, type ProcessSpec } from './create-supervisor.ts';

/** A node process running `code`. */
function node(name: string, code: string): ProcessSpec {
  return { name, command: process.execPath, args: ['-e', code], cwd: process.cwd() };
}

/** Prints a listening line, then stays alive (or runs `then` after it). */
const server = (port: number, then = 'setInterval(() => {}, 1000);') =>
  `console.log('listening on http://127.0.0.1:${port}/'); ${then}`;

/** True while a process with this pid exists. */
function alive(pid: number | undefined): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid a child script printed as `pid=N`. */
function pidIn(lines: string[], name: string): number | undefined {
  const line = lines.find((l) => l.startsWith(`[${name}] pid=`));
  return line ? Number(line.split('=')[1]) : undefined;
}

describe('createSupervisor', () => {
  it('resolves a server with the URL it listens on, and prefixes its output', async () => {
    const lines: string[] = [];
    const supervisor = createSupervisor({ log: (line) => lines.push(line) });
    expect(await supervisor.serve(node('api', server(1234)))).toBe('http://127.0.0.1:1234');
    expect(lines).toContain('[api] listening on http://127.0.0.1:1234/');
    expect(await supervisor.stop(0)).toBe(0);
    expect(await supervisor.finished).toBe(0);
  });

  it('a server that exits before it is ready rejects, naming it and how it ended', async () => {
    const supervisor = createSupervisor({ log: () => {} });
    await expect(
      supervisor.serve(node('gateway', "console.error('EADDRINUSE'); process.exit(1)")),
    ).rejects.toThrow('gateway stopped before it was ready (exit code 1)');
    expect(await supervisor.stop(1)).toBe(1);
  });

  it('when one server stops on its own, it says which and stops the others: exit code 1', async () => {
    const lines: string[] = [];
    const supervisor = createSupervisor({ log: (line) => lines.push(line) });
    await supervisor.serve(node('page', `console.log('pid=' + process.pid); ${server(1)}`));
    await supervisor.serve(node('gateway', server(2, 'setTimeout(() => process.exit(3), 300);')));
    expect(await supervisor.finished).toBe(1);
    expect(lines).toContain('[start] gateway stopped (exit code 3); stopping the others.');
    expect(alive(pidIn(lines, 'page'))).toBe(false);
  });

  it('stop() ends every process, and kills one that ignores SIGTERM after the grace time', async () => {
    const lines: string[] = [];
    const supervisor = createSupervisor({ log: (line) => lines.push(line), graceMs: 300 });
    await supervisor.serve(node('polite', `console.log('pid=' + process.pid); ${server(1)}`));
    await supervisor.serve(
      node('stubborn', `process.on('SIGTERM', () => {}); console.log('pid=' + process.pid); ${server(2)}`),
    );
    expect(await supervisor.stop(0)).toBe(0);
    expect(alive(pidIn(lines, 'polite'))).toBe(false);
    expect(alive(pidIn(lines, 'stubborn'))).toBe(false);
    // Stopping is not a process "stopping on its own".
    expect(lines.some((line) => line.includes('stopping the others'))).toBe(false);
  });

  it('run() resolves when a task exits 0 and rejects with its exit code otherwise', async () => {
    const supervisor = createSupervisor({ log: () => {} });
    await expect(supervisor.run(node('build', 'process.exit(0)'))).resolves.toBeUndefined();
    await expect(supervisor.run(node('build', 'process.exit(2)'))).rejects.toThrow(
      'build failed (exit code 2)',
    );
    await expect(supervisor.run({ ...node('build', ''), command: '/no/such/command' })).rejects.toThrow(
      'build failed',
    );
    await supervisor.stop(0);
    // Nothing starts once stopping.
    await expect(supervisor.serve(node('late', server(3)))).rejects.toThrow('not starting late');
  });
});
