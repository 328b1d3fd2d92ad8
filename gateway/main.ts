/** Gateway process entry (`npm run gateway`): env config, one "listening on" line, graceful SIGTERM/SIGINT. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSpecFile } from '../node-support/read-spec-file.ts';
import { createGateway } from './create-gateway.ts';
import { createLogWriter } from './create-log-writer.ts';
import { extractOperations } from './extract-operations.ts';
import { type GatewayConfig, loadConfig } from './load-config.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHUTDOWN_GRACE_MS = 5000;

async function main(): Promise<void> {
  const config = loadConfig(process.env, repoRoot, process.cwd());
  const surface = extractOperations(readSpecFile(config.specPath));
  if (surface.operations.length === 0) throw new Error(`no operations in ${config.specPath}`);
  const logWriter = createLogWriter((chunk) => process.stdout.write(chunk));
  const gateway = createGateway({ ...config, surface, log: logWriter.line });
  const url = await gateway.listen();
  // Exactly one line with "listening on": test harnesses and scripts wait for it. No credential or token in it.
  process.stdout.write(
    `tryit gateway listening on ${url} -> upstream ${config.upstreamUrl.origin}${config.upstreamUrl.pathname}` +
      ` (${surface.api?.title || 'API'} ${surface.api?.version ?? ''}: ${gateway.forwardedOperations} operations,` +
      ` credential: ${describeCredential(config)},` +
      ` callers: ${describeCallers(config)})\n`,
  );
  if (describeCredential(config) !== 'browser' && config.callers.kind === 'none') {
    process.stdout.write(
      'WARNING: GATEWAY_PUBLIC=1: anyone who can reach this gateway may use its server-held credential.\n',
    );
  }

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logWriter.line(`${new Date().toISOString()} ${signal}: draining in-flight requests`);
    gateway.close(SHUTDOWN_GRACE_MS).then(() => {
      logWriter.flush();
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

main().catch((error: unknown) => {
  // Config errors name the variable; they never include the credential value.
  process.stderr.write(
    `gateway failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
