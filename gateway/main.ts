/** Gateway process entry (`npm run gateway`): env config, one "listening on" line, graceful SIGTERM/SIGINT. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSpecFile } from '../node-support/read-spec-file.ts';
import { createGateway } from './create-gateway.ts';
import { createGatewayMetrics } from './create-gateway-metrics.ts';
import { createProcessLogger } from './create-process-logger.ts';
import { extractOperations } from './extract-operations.ts';
import { loadConfig } from './load-config.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHUTDOWN_GRACE_MS = 5000;

async function main(): Promise<void> {
  const config = loadConfig(process.env, repoRoot, process.cwd());
  const surface = extractOperations(readSpecFile(config.specPath));
  if (surface.operations.length === 0) throw new Error(`no operations in ${config.specPath}`);
  const { logger, flush } = createProcessLogger();
  const metrics = createGatewayMetrics();
  const gateway = createGateway({ ...config, surface, accessLog: logger, metrics });
  const url = await gateway.listen();
  // Exactly one line with "listening on" (followed by a space): test harnesses and scripts wait for it. No
  // credential in it.
  logger.info(
    {
      upstream: `${config.upstreamUrl.origin}${config.upstreamUrl.pathname}`,
      operations: surface.operations.length,
      credential: config.credential ? 'server' : 'browser',
      metrics: config.metricsAccess.kind,
    },
    `tryit gateway listening on ${url} -> upstream ${config.upstreamUrl.origin}${config.upstreamUrl.pathname}`,
  );

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: draining in-flight requests`);
    gateway.close(SHUTDOWN_GRACE_MS).then(() => {
      flush();
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // Config errors name the variable; they never include the credential value.
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
