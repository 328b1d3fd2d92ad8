import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildGatewayWorker } from '../scripts/build-gateway-worker.ts';
import { REPO_ROOT } from './spawn-listening.ts';

/** A workerd process serving the gateway's Worker bundle. */
export interface WorkerdGateway {
  readonly url: string;
  readonly child: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

const WORKERD = path.join(REPO_ROOT, 'node_modules/.bin/workerd');

/**
 * Builds the Worker bundle for `env.GATEWAY_SPEC` into a temporary directory, runs it on workerd (the binary from
 * the `workerd` npm package) at `env.GATEWAY_HOST:env.GATEWAY_PORT` with the rest of `env` as its bindings, and
 * resolves once its health route answers.
 */
export async function startWorkerdGateway(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<WorkerdGateway> {
  const spec = env.GATEWAY_SPEC;
  if (!spec) throw new Error('startWorkerdGateway needs GATEWAY_SPEC (built into the bundle)');
  const dir = mkdtempSync(path.join(tmpdir(), 'gateway-workerd-'));
  const config = await buildGatewayWorker(spec, dir);
  const address = `${env.GATEWAY_HOST ?? '127.0.0.1'}:${env.GATEWAY_PORT ?? '8787'}`;
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('GATEWAY_')),
  );
  const child = spawn(WORKERD, ['serve', config, '--socket-addr', `http=${address}`], {
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const url = `http://${address}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`workerd exited (${child.exitCode}) before serving:\n${output}`);
    }
    const ready = await fetch(`${url}/_gateway/health`, { signal: AbortSignal.timeout(1000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`workerd did not serve ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, child, output: () => output, stop };
}
