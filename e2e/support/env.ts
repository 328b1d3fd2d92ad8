/** The environment variables through which `global-setup.ts` hands the servers' URLs to the tests. */
export const ENV = {
  /** The built page, served under a sub-path, e.g. `http://127.0.0.1:41979/docs/tryit/`. */
  pageUrl: 'TRYIT_PAGE_URL',
  /** The demo upstream's API base, e.g. `http://127.0.0.1:40001/v1`. */
  upstreamUrl: 'TRYIT_UPSTREAM_URL',
  /** The reference gateway in front of the demo upstream; it forwards the browser's key. */
  gatewayUrl: 'TRYIT_GATEWAY_URL',
  /** A gateway that holds the key itself (`GATEWAY_CREDENTIAL`): the browser needs none. */
  credentialGatewayUrl: 'TRYIT_CREDENTIAL_GATEWAY_URL',
  /** A gateway that holds the key and serves only callers with a gateway access token. */
  tokenGatewayUrl: 'TRYIT_TOKEN_GATEWAY_URL',
  /** A gateway whose upstream is down: the gateway itself answers with an error. */
  upstreamDownGatewayUrl: 'TRYIT_UPSTREAM_DOWN_GATEWAY_URL',
  /** A gateway whose upstream never answers: requests stay in flight (for Cancel). */
  stalledGatewayUrl: 'TRYIT_STALLED_GATEWAY_URL',
  /** A gateway that does not allow the page's origin (CORS). */
  otherOriginGatewayUrl: 'TRYIT_OTHER_ORIGIN_GATEWAY_URL',
  /** A port nothing listens on. */
  unreachableGatewayUrl: 'TRYIT_UNREACHABLE_GATEWAY_URL',
} as const;

export type EnvName = keyof typeof ENV;

/** Reads one URL set by the global setup; throws a clear error when the setup did not run. */
export function harnessUrl(name: EnvName): string {
  const value = process.env[ENV[name]];
  if (!value) {
    throw new Error(
      `${ENV[name]} is not set: run the e2e tests with \`npx playwright test\` (global setup starts the servers).`,
    );
  }
  return value;
}
