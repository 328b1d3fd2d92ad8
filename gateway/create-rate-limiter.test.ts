import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './create-rate-limiter.ts';

describe('createRateLimiter', () => {
  it('allows a burst of perMinute, then refuses with a Retry-After until a token refills', () => {
    let now = 0;
    const limiter = createRateLimiter(3, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].every((d) => d.ok)).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 20 });
    now += 19_000;
    expect(limiter.take('a').ok).toBe(false);
    now += 1_000;
    expect(limiter.take('a').ok).toBe(true);
  });

  it('keeps separate budgets per client', () => {
    const limiter = createRateLimiter(1, () => 0);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true);
  });

  it('never refills above the burst size', () => {
    let now = 0;
    const limiter = createRateLimiter(2, () => now);
    now = 10 * 60_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });
});
