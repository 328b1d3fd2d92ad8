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
  /**
   * Server-held credentials per security scheme (`GATEWAY_CREDENTIAL_<SCHEME>`), keyed by the variable's
   * suffix; matched to the description's schemes at start-up (see plan-server-credentials.ts).
   */
  schemeCredentials?: Record<string, string>;
  specPath: string;
  timeoutMs: number;
  maxBodyBytes: number;
  maxResponseBytes: number;
  /** Requests per minute per caller (its token or JWT subject, else its IP); undefined = no limit. */
  rateLimitPerMinute?: number;
  /** How callers prove who they are. */
  callers: CallerConfig;
  /** `GATEWAY_READ_ONLY=1`: only GET and HEAD operations are forwarded. */
  readOnly: boolean;
  /** `GATEWAY_OPERATIONS`: operation-id globs that narrow the forwarded operations further. */
  operationGlobs?: string[];
  /** Slow-client timeouts, connection caps and header limits (`load-server-limits.ts`). */
  limits: ServerLimits;
  /** Who may read `/_gateway/metrics` (`check-metrics-access.ts`). */
  metricsAccess: MetricsAccess;
  /** Where the rate limit counts: this process, or a Redis shared by every instance. */
  rateLimitStore: RateLimitStoreConfig;
}

/** Caller checks, as configured: none (then `public` says the operator allowed that), tokens, or JWTs. */
export type CallerConfig =
  | { kind: 'none'; public: boolean }
  | {
      kind: 'token';
      /** Tokens from `GATEWAY_CALLER_TOKENS` (never printed). */
      tokens: string[];
      /** `GATEWAY_CALLER_TOKENS_FILE`: a file of SHA-256 hex hashes, read at start-up. */
      tokensFile?: string;
    }
  | {
      kind: 'jwt';
      jwksUrl: URL;
      issuer: string;
      audience: string[];
      /** Lower-case request header the JWT comes in (default `x-gateway-token`). */
      header: string;
      algorithms: string[];
      clockToleranceSeconds: number;
      /** Least time between two key-set fetches that an unknown `kid` may trigger. */
      jwksCooldownMs: number;
      /** With `GATEWAY_JWT_SCOPES`: the claim read, and operation-id globs per scope. */
      scopes?: { claim: string; operations: Record<string, string[]> };
    };

/** The JWT algorithms accepted unless `GATEWAY_JWT_ALGORITHMS` says otherwise: asymmetric only. */
export const DEFAULT_JWT_ALGORITHMS = ['RS256', 'ES256'];
const ASYMMETRIC_ALGORITHMS = new Set([
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
  'Ed25519',
]);
/** The shortest caller token `GATEWAY_CALLER_TOKENS` accepts: a guessable token would protect nothing. */
export const MIN_CALLER_TOKEN_LENGTH = 16;

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
    callers: callerConfig(env, cwd),
    readOnly: flag(env, 'GATEWAY_READ_ONLY'),
    limits: loadServerLimits(env),
    metricsAccess: loadMetricsAccess(env),
    rateLimitStore: loadRateLimitStore(env, Boolean(rate)),
  };
  if (credential) config.credential = credential;
  if (rate) config.rateLimitPerMinute = integer(env, 'GATEWAY_RATE_LIMIT', 0, 1, 1_000_000);
  const globs = list(env.GATEWAY_OPERATIONS);
  if (globs.length > 0) config.operationGlobs = globs;
  const schemeCredentials = schemeCredentialsOf(env);
  if (Object.keys(schemeCredentials).length > 0) config.schemeCredentials = schemeCredentials;
  const holdsKey = config.credential !== undefined || config.schemeCredentials !== undefined;
  if (holdsKey && config.callers.kind === 'none' && !config.callers.public) {
    throw new Error(
      'GATEWAY_CREDENTIAL(_<SCHEME>) is set but callers are not checked: anyone who can reach this gateway could use the key. ' +
        'Set GATEWAY_CALLER_TOKENS (or GATEWAY_CALLER_TOKENS_FILE), or GATEWAY_JWT_JWKS_URL with ' +
        'GATEWAY_JWT_ISSUER and GATEWAY_JWT_AUDIENCE; or set GATEWAY_PUBLIC=1 to let anyone use it.',
    );
  }
  return config;
}

/** `GATEWAY_CREDENTIAL_<SCHEME>` variables (non-empty), by suffix; a value with a line break is refused. */
function schemeCredentialsOf(env: Record<string, string | undefined>): Record<string, string> {
  const held: Record<string, string> = {};
  for (const [name, raw] of Object.entries(env)) {
    if (!name.startsWith('GATEWAY_CREDENTIAL_')) continue;
    const value = raw?.trim();
    if (!value) continue;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: a line break would split the header it goes into.
    if (/[\r\n\u0000]/.test(value)) throw new Error(`${name} contains a line break or NUL`);
    held[name.slice('GATEWAY_CREDENTIAL_'.length)] = value;
  }
  return held;
}

function callerConfig(env: Record<string, string | undefined>, cwd: string): CallerConfig {
  const isPublic = flag(env, 'GATEWAY_PUBLIC');
  const tokensText = env.GATEWAY_CALLER_TOKENS?.trim();
  const tokensFile = env.GATEWAY_CALLER_TOKENS_FILE?.trim();
  const jwksText = env.GATEWAY_JWT_JWKS_URL?.trim();
  const checks = [tokensText || tokensFile ? 'tokens' : '', jwksText ? 'JWT' : ''].filter(Boolean);
  if (checks.length > 1) {
    throw new Error('set caller tokens (GATEWAY_CALLER_TOKENS*) or a JWT check (GATEWAY_JWT_*), not both');
  }
  if (isPublic && checks.length > 0) {
    throw new Error(
      `GATEWAY_PUBLIC=1 lets anyone in, which contradicts the ${checks[0]} caller check: pick one`,
    );
  }
  if (tokensText || tokensFile) {
    const tokens = list(tokensText);
    tokens.forEach((token, index) => {
      // Never the token itself in a message: its position is enough to find it.
      if (token.length < MIN_CALLER_TOKEN_LENGTH) {
        throw new Error(
          `GATEWAY_CALLER_TOKENS: token ${index + 1} is shorter than ${MIN_CALLER_TOKEN_LENGTH} characters`,
        );
      }
      if (!/^[\x21-\x7e]+$/.test(token)) {
        throw new Error(`GATEWAY_CALLER_TOKENS: token ${index + 1} holds a character outside visible ASCII`);
      }
    });
    return {
      kind: 'token',
      tokens,
      ...(tokensFile ? { tokensFile: path.resolve(cwd, tokensFile) } : {}),
    };
  }
  if (jwksText) return jwtConfig(env, jwksText);
  for (const name of [
    'GATEWAY_JWT_ISSUER',
    'GATEWAY_JWT_AUDIENCE',
    'GATEWAY_JWT_HEADER',
    'GATEWAY_JWT_SCOPES',
  ]) {
    if (env[name]?.trim()) throw new Error(`${name} needs GATEWAY_JWT_JWKS_URL`);
  }
  return { kind: 'none', public: isPublic };
}

function jwtConfig(env: Record<string, string | undefined>, jwksText: string): CallerConfig {
  let jwksUrl: URL;
  try {
    jwksUrl = new URL(jwksText);
  } catch {
    throw new Error(`GATEWAY_JWT_JWKS_URL is not a URL: ${jwksText}`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(jwksUrl.hostname);
  if (jwksUrl.protocol !== 'https:' && !(jwksUrl.protocol === 'http:' && loopback)) {
    throw new Error('GATEWAY_JWT_JWKS_URL must be https: (plain http only on the loopback interface)');
  }
  const issuer = env.GATEWAY_JWT_ISSUER?.trim();
  if (!issuer)
    throw new Error('GATEWAY_JWT_JWKS_URL needs GATEWAY_JWT_ISSUER (the iss every token must carry)');
  const audience = list(env.GATEWAY_JWT_AUDIENCE);
  if (audience.length === 0) {
    throw new Error('GATEWAY_JWT_JWKS_URL needs GATEWAY_JWT_AUDIENCE (an aud every token must carry)');
  }
  const header = (env.GATEWAY_JWT_HEADER?.trim() || 'x-gateway-token').toLowerCase();
  if (!/^[a-z0-9!#$%&'*+.^_`|~-]+$/.test(header)) {
    throw new Error('GATEWAY_JWT_HEADER is not a header name');
  }
  if (header === 'authorization' || header === 'cookie' || header === 'proxy-authorization') {
    throw new Error(
      `GATEWAY_JWT_HEADER must not be ${header}: that header belongs to the API's own credential`,
    );
  }
  const algorithms = list(env.GATEWAY_JWT_ALGORITHMS);
  for (const algorithm of algorithms) {
    if (!ASYMMETRIC_ALGORITHMS.has(algorithm)) {
      throw new Error(
        `GATEWAY_JWT_ALGORITHMS: ${algorithm} is not accepted (only asymmetric JWS algorithms: ${[...ASYMMETRIC_ALGORITHMS].join(', ')})`,
      );
    }
  }
  const config: CallerConfig = {
    kind: 'jwt',
    jwksUrl,
    issuer,
    audience,
    header,
    algorithms: algorithms.length > 0 ? algorithms : DEFAULT_JWT_ALGORITHMS,
    clockToleranceSeconds: integer(env, 'GATEWAY_JWT_CLOCK_SKEW_S', 30, 0, 300),
    jwksCooldownMs: integer(env, 'GATEWAY_JWT_JWKS_COOLDOWN_MS', 30_000, 0, 3_600_000),
  };
  const scopesText = env.GATEWAY_JWT_SCOPES?.trim();
  if (scopesText) {
    const operations: Record<string, string[]> = {};
    for (const entry of scopesText
      .split(';')
      .map((item) => item.trim())
      .filter(Boolean)) {
      const eq = entry.indexOf('=');
      const scope = eq === -1 ? '' : entry.slice(0, eq).trim();
      const globs = list(eq === -1 ? '' : entry.slice(eq + 1));
      if (!scope || globs.length === 0) {
        throw new Error(`GATEWAY_JWT_SCOPES: "${entry}" is not scope=operation-glob[,glob…]`);
      }
      operations[scope] = [...(operations[scope] ?? []), ...globs];
    }
    config.scopes = { claim: env.GATEWAY_JWT_SCOPE_CLAIM?.trim() || 'scope', operations };
  }
  return config;
}

function list(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function flag(env: Record<string, string | undefined>, name: string): boolean {
  const text = env[name]?.trim();
  if (!text || text === '0') return false;
  if (text === '1') return true;
  throw new Error(`${name} must be 1 or 0, got "${text}"`);
}
