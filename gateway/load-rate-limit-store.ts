import type { RateLimitFailMode } from './create-redis-rate-limiter.ts';
import { type Env, envChoice, envInteger } from './read-env.ts';

/** Where the rate limit's buckets live: this process (the default) or a Redis every instance shares. */
export type RateLimitStoreConfig =
  | { kind: 'memory' }
  | { kind: 'redis'; url: string; failMode: RateLimitFailMode; timeoutMs: number };

/**
 * Reads `GATEWAY_RATE_LIMIT_REDIS_URL` (redis:// or rediss://), `GATEWAY_RATE_LIMIT_FAIL` (`open`, the default,
 * or `closed`) and `GATEWAY_RATE_LIMIT_REDIS_TIMEOUT_MS`. Errors never echo the URL: it may hold a password.
 */
export function loadRateLimitStore(env: Env, rateLimited: boolean): RateLimitStoreConfig {
  const url = env.GATEWAY_RATE_LIMIT_REDIS_URL?.trim();
  const failMode = envChoice(env, 'GATEWAY_RATE_LIMIT_FAIL', ['open', 'closed'], 'open');
  const timeoutMs = envInteger(env, 'GATEWAY_RATE_LIMIT_REDIS_TIMEOUT_MS', 250, 10, 60_000);
  if (!url) return { kind: 'memory' };
  if (!rateLimited)
    throw new Error('GATEWAY_RATE_LIMIT_REDIS_URL needs GATEWAY_RATE_LIMIT (requests per minute)');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('GATEWAY_RATE_LIMIT_REDIS_URL is not a URL');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new Error('GATEWAY_RATE_LIMIT_REDIS_URL must start with redis:// or rediss://');
  }
  return { kind: 'redis', url, failMode, timeoutMs };
}
