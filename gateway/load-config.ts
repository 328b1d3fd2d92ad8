import path from 'node:path';
import { loadMetricsAccess, type MetricsAccess } from './check-metrics-access.ts';
import { loadRateLimitStore, type RateLimitStoreConfig } from './load-rate-limit-store.ts';
import { loadServerLimits, type ServerLimits } from './load-server-limits.ts';
import { type Env, envInteger as integer } from './read-env.ts';

/** Everything the gateway process is configured with (see the env var table in the report/README). */
export interface GatewayConfig {
  host: string;
  /** 0 asks the OS for a free port. */
  port: number;
  /** Fixed upstream base, e.g. `https://api.openai.com/v1`; operation paths are appended to its path. */
  upstreamUrl: URL;
  /** Exact origins; `*` allows any. Requests without an Origin header (curl, servers) are always allowed. */
  allowedOrigins: string[];
  /** Server-held token; when set it replaces the browser's Authorization. */
  credential?: string;
  specPath: string;
  timeoutMs: number;
  maxBodyBytes: number;
  maxResponseBytes: number;
  /** Requests per minute per client IP; undefined = no limit. */
  rateLimitPerMinute?: number;
  /** Slow-client timeouts, connection caps and header limits (`load-server-limits.ts`). */
  limits: ServerLimits;
  /** Who may read `/_gateway/metrics` (`check-metrics-access.ts`). */
  metricsAccess: MetricsAccess;
  /** Where the rate limit counts: this process, or a Redis shared by every instance. */
  rateLimitStore: RateLimitStoreConfig;
}

/** Default browser origins: the Vite dev server and preview, by IP and by name. */
export const DEFAULT_ALLOWED_ORIGINS =
  'http://127.0.0.1:4173,http://localhost:4173,http://127.0.0.1:5173,http://localhost:5173';

/**
 * Reads the gateway configuration from environment variables, applying defaults. The default spec path is
 * resolved against the repo root (so the gateway works from any cwd); a given relative path against `cwd`.
 * Throws a message naming the variable on invalid input, never echoing the credential.
 */
export function loadConfig(env: Env, repoRoot: string, cwd: string): GatewayConfig {
  const upstreamText = env.GATEWAY_UPSTREAM_URL?.trim() || 'https://api.openai.com/v1';
  let upstreamUrl: URL;
  try {
    upstreamUrl = new URL(upstreamText);
  } catch {
    throw new Error(`GATEWAY_UPSTREAM_URL is not a URL: ${upstreamText}`);
  }
  if (upstreamUrl.protocol !== 'http:' && upstreamUrl.protocol !== 'https:') {
    throw new Error('GATEWAY_UPSTREAM_URL must be http: or https:');
  }
  if (upstreamUrl.username || upstreamUrl.password || upstreamUrl.search || upstreamUrl.hash) {
    throw new Error('GATEWAY_UPSTREAM_URL must not carry userinfo, a query or a fragment');
  }
  // Normalised without a trailing slash so `${base}${operationPath}` never doubles it.
  upstreamUrl.pathname = upstreamUrl.pathname.replace(/\/+$/, '');

  const credential = env.GATEWAY_CREDENTIAL?.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a line break would split the Authorization header.
  if (credential && /[\r\n\u0000]/.test(credential)) {
    throw new Error('GATEWAY_CREDENTIAL contains a line break or NUL');
  }

  const specText = env.GATEWAY_SPEC?.trim();
  const specPath = specText ? path.resolve(cwd, specText) : path.resolve(repoRoot, 'specs/openai-usage.yaml');

  const rate = env.GATEWAY_RATE_LIMIT?.trim();
  const config: GatewayConfig = {
    host: env.GATEWAY_HOST?.trim() || '127.0.0.1',
    port: integer(env, 'GATEWAY_PORT', 8787, 0, 65_535),
    upstreamUrl,
    allowedOrigins: (env.GATEWAY_ALLOWED_ORIGINS ?? DEFAULT_ALLOWED_ORIGINS)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    specPath,
    timeoutMs: integer(env, 'GATEWAY_TIMEOUT_MS', 30_000, 1, 24 * 3_600_000),
    maxBodyBytes: integer(env, 'GATEWAY_MAX_BODY_BYTES', 1024 * 1024, 0, Number.MAX_SAFE_INTEGER),
    maxResponseBytes: integer(
      env,
      'GATEWAY_MAX_RESPONSE_BYTES',
      50 * 1024 * 1024,
      0,
      Number.MAX_SAFE_INTEGER,
    ),
    limits: loadServerLimits(env),
    metricsAccess: loadMetricsAccess(env),
    rateLimitStore: loadRateLimitStore(env, Boolean(rate)),
  };
  if (credential) config.credential = credential;
  if (rate) config.rateLimitPerMinute = integer(env, 'GATEWAY_RATE_LIMIT', 0, 1, 1_000_000);
  return config;
}
