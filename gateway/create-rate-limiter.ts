/**
 * Decision for one request: allowed, or refused with the seconds until a request would be allowed again.
 * `unavailable`: the store could not be asked and the gateway is configured to fail closed.
 */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number; unavailable?: true };

/**
 * The rate limit's one interface: `take(key)` spends one request from that key's budget. The key is the caller's
 * (its identity when the gateway checks callers, else its address). The memory store answers at once; a shared
 * store (Redis) answers with a promise. `close()` releases what the store holds open.
 */
export interface RateLimiter {
  take(key: string): RateDecision | Promise<RateDecision>;
  close?(): Promise<void>;
}

// Beyond this many tracked clients, full (idle) buckets are dropped so memory stays bounded.
const MAX_TRACKED = 10_000;

/** A rate limiter that always answers at once: the memory store. */
export interface SyncRateLimiter extends RateLimiter {
  take(key: string): RateDecision;
}

/**
 * The memory store, the default: a token bucket per key in this process. `perMinute` requests may burst at once,
 * then they refill continuously at `perMinute` per 60 s. The clock is injected so the rule is testable without
 * waiting. Each instance counts alone: N instances behind a balancer allow up to N times the limit.
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): SyncRateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;
  return {
    take(key) {
      const t = now();
      const bucket = buckets.get(key) ?? { tokens: perMinute, at: t };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.at) * refillPerMs);
      bucket.at = t;
      if (!buckets.has(key)) {
        if (buckets.size >= MAX_TRACKED) prune(buckets, perMinute, refillPerMs, t);
        buckets.set(key, bucket);
      }
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)),
      };
    },
  };
}

function prune(
  buckets: Map<string, { tokens: number; at: number }>,
  perMinute: number,
  refillPerMs: number,
  t: number,
): void {
  for (const [key, bucket] of buckets) {
    if (bucket.tokens + (t - bucket.at) * refillPerMs >= perMinute) buckets.delete(key);
  }
}
