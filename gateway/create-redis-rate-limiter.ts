import { Redis } from 'ioredis';
import type { RateDecision, RateLimiter } from './create-rate-limiter.ts';

/** How the Redis store behaves when Redis cannot answer: let the request through, or refuse it (503). */
export type RateLimitFailMode = 'open' | 'closed';

/** Options of the Redis store. */
export interface RedisRateLimiterOptions {
  /** `redis://[user:password@]host:port[/db]` or `rediss://…`; never logged (it may hold a password). */
  url: string;
  perMinute: number;
  failMode: RateLimitFailMode;
  /** How long one check may wait for Redis before it counts as a failure. */
  timeoutMs: number;
  /** Key prefix, so several gateways (or APIs) can share one Redis without sharing budgets. */
  prefix?: string;
  /** Redis stopped (or started again) answering: called once per change, never per request. */
  onAvailability?(available: boolean, detail: string): void;
  /** One check could not be answered by Redis. */
  onCheckFailed?(): void;
}

// One token bucket per key, read and written in one atomic script: every instance sees the same budget, and two
// checks of the same key can never both spend its last token. Redis's own clock, so instances need not agree on
// time. Returns {allowed (0|1), retry after ms}.
const TAKE_TOKEN = `
local capacity = tonumber(ARGV[1])
local per_ms = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 't', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = capacity
  at = now
end
tokens = math.min(capacity, tokens + math.max(0, now - at) * per_ms)
local allowed = 0
local retry = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  retry = math.ceil((1 - tokens) / per_ms)
end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / per_ms) + 1000)
return {allowed, retry}
`;

type TakeToken = (key: string, capacity: number, perMs: number) => Promise<[number, number]>;

/**
 * The shared store: the same token bucket as the memory store, kept in Redis (ioredis, one Lua script per check,
 * sent by SHA once loaded), so every gateway instance that points at the same Redis enforces one limit in total.
 * When Redis is away a check fails within `timeoutMs` (so requests never pile up behind a dead connection) and is
 * answered by `failMode`; ioredis keeps reconnecting in the background. Never throws.
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RateLimiter {
  const { perMinute, failMode } = options;
  const prefix = options.prefix ?? 'tryit-gateway:rate:';
  const perMs = perMinute / 60_000;
  const redis = new Redis(options.url, {
    // A check made while (re)connecting waits in ioredis's queue, but never longer than `timeoutMs`: the command
    // timer starts when the check is made, queued or not.
    enableOfflineQueue: true,
    maxRetriesPerRequest: 0,
    commandTimeout: options.timeoutMs,
    connectTimeout: Math.max(1000, options.timeoutMs),
    // Reconnect quickly at first, then every 2 s at most, forever: Redis coming back must bring the limit back.
    retryStrategy: (attempt) => Math.min(50 * attempt, 2000),
    lazyConnect: false,
  });
  redis.defineCommand('tryitTakeToken', { numberOfKeys: 1, lua: TAKE_TOKEN });
  const takeToken = (redis as unknown as { tryitTakeToken: TakeToken }).tryitTakeToken.bind(redis);

  let available: boolean | undefined;
  const setAvailable = (now: boolean, detail: string): void => {
    if (available === now) return;
    // The first successful connection is not news; losing it, or getting it back after a loss, is.
    const news = available !== undefined || !now;
    available = now;
    if (news) options.onAvailability?.(now, detail);
  };
  // Without an 'error' listener ioredis's errors would be thrown as unhandled events and end the process.
  redis.on('error', (error: Error) => setAvailable(false, errorDetail(error)));
  redis.on('ready', () => setAvailable(true, 'connected'));

  const failed = (): RateDecision => {
    options.onCheckFailed?.();
    return failMode === 'open' ? { ok: true } : { ok: false, retryAfterSeconds: 1, unavailable: true };
  };

  return {
    take(key) {
      return takeToken(`${prefix}${key}`, perMinute, perMs).then(
        ([allowed, retryMs]): RateDecision =>
          allowed === 1
            ? { ok: true }
            : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryMs / 1000)) },
        (error: Error) => {
          setAvailable(false, errorDetail(error));
          return failed();
        },
      );
    },
    async close() {
      redis.disconnect();
    },
  };
}

/** An error's code or message, for the log: ioredis's messages name host and port, never the URL's password. */
function errorDetail(error: Error & { code?: string }): string {
  return error.code ?? error.message;
}
