/** Gateway process entry (`npm run gateway`): env config, one "listening on" line, graceful SIGTERM/SIGINT. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { readSpecFile } from '../node-support/read-spec-file.ts';
import { createFetchGatewayServer } from './create-fetch-gateway-server.ts';
import { createGateway } from './create-gateway.ts';
import { createGatewayMetrics, type GatewayMetrics } from './create-gateway-metrics.ts';
import { createProcessLogger } from './create-process-logger.ts';
import { createRateLimiter, type RateLimiter } from './create-rate-limiter.ts';
import { createRedisRateLimiter } from './create-redis-rate-limiter.ts';
import { extractOperations } from './extract-operations.ts';
import { type GatewayConfig, loadConfig } from './load-config.ts';
import { envChoice } from './read-env.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHUTDOWN_GRACE_MS = 5000;

async function main(): Promise<void> {
  const config = loadConfig(process.env, repoRoot, process.cwd());
  const surface = extractOperations(readSpecFile(config.specPath));
  if (surface.operations.length === 0) throw new Error(`no operations in ${config.specPath}`);
  const { logger, flush } = createProcessLogger();
  const metrics = createGatewayMetrics();
  const rateLimiter = createConfiguredRateLimiter(config, logger, metrics);
  // GATEWAY_ENGINE=fetch serves the Web-standard handler instead (for comparison; the default is faster on Node).
  const engine = envChoice(process.env, 'GATEWAY_ENGINE', ['node', 'fetch'], 'node');
  const gatewayOptions = { ...config, surface, accessLog: logger, metrics, rateLimiter };
  const gateway =
    engine === 'node' ? createGateway(gatewayOptions) : createFetchGatewayServer(gatewayOptions);
  const url = await gateway.listen();
  // Exactly one line with "listening on" (followed by a space): test harnesses and scripts wait for it. No
  // credential or token in it.
  logger.info(
    {
      upstream: `${config.upstreamUrl.origin}${config.upstreamUrl.pathname}`,
      api: `${surface.api?.title || 'API'} ${surface.api?.version ?? ''}`.trim(),
      operations: gateway.forwardedOperations,
      credential: describeCredential(config),
      callers: describeCallers(config),
      engine,
      metrics: config.metricsAccess.kind,
      rateLimit:
        config.rateLimitPerMinute === undefined
          ? 'off'
          : `${config.rateLimitPerMinute}/min per caller in ${config.rateLimitStore.kind}`,
    },
    `tryit gateway listening on ${url} -> upstream ${config.upstreamUrl.origin}${config.upstreamUrl.pathname}`,
  );
  if (describeCredential(config) !== 'browser' && config.callers.kind === 'none') {
    logger.warn('GATEWAY_PUBLIC=1: anyone who can reach this gateway may use its server-held credential.');
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: draining in-flight requests`);
    gateway.close(SHUTDOWN_GRACE_MS).then(async () => {
      await rateLimiter?.close?.();
      flush();
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/** Who holds the upstream credential, for the start-up line: names of variables, never values. */
function describeCredential(config: GatewayConfig): string {
  const schemes = Object.keys(config.schemeCredentials ?? {});
  if (schemes.length === 0) return config.credential ? 'server' : 'browser';
  const named = schemes.map((suffix) => `GATEWAY_CREDENTIAL_${suffix}`).join(', ');
  return `server (${config.credential ? 'GATEWAY_CREDENTIAL, ' : ''}${named})`;
}

/** The caller check in force, for the start-up line: what it is, never a secret. */
function describeCallers(config: GatewayConfig): string {
  const callers = config.callers;
  if (callers.kind === 'token') return 'gateway access token (X-Gateway-Token)';
  if (callers.kind === 'jwt') return `JWT in ${callers.header} (issuer ${callers.issuer})`;
  return callers.public
    ? 'anyone (GATEWAY_PUBLIC=1)'
    : 'anyone (no caller check; the key comes from the browser)';
}

/** The rate limit's store as configured: none, this process's memory, or Redis (its outages logged and counted). */
function createConfiguredRateLimiter(
  config: GatewayConfig,
  logger: Logger,
  metrics: GatewayMetrics,
): RateLimiter | undefined {
  const perMinute = config.rateLimitPerMinute;
  if (perMinute === undefined) return undefined;
  const store = config.rateLimitStore;
  if (store.kind === 'memory') return createRateLimiter(perMinute);
  return createRedisRateLimiter({
    url: store.url,
    perMinute,
    failMode: store.failMode,
    timeoutMs: store.timeoutMs,
    onAvailability(available, detail) {
      if (available) logger.info({ rateLimitStore: 'redis', detail }, 'rate-limit store is back');
      else {
        logger.warn(
          { rateLimitStore: 'redis', detail, failMode: store.failMode },
          `rate-limit store unavailable: requests are ${store.failMode === 'open' ? 'let through unlimited' : 'refused (503)'} until it is back`,
        );
      }
    },
    onCheckFailed: () => metrics.rateLimitStoreFailed(),
  });
}

main().catch((error: unknown) => {
  // Config errors name the variable; they never include the credential value.
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
