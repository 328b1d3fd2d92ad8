import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RedisServer, startRedis } from '../test-support/start-redis.ts';
import type { RateLimiter } from './create-rate-limiter.ts';
import { createRedisRateLimiter } from './create-redis-rate-limiter.ts';

// The Redis store against a real redis-server, started and stopped here.

let redis: RedisServer;
const open: RateLimiter[] = [];

beforeAll(async () => {
  redis = await startRedis();
}, 20_000);

afterAll(async () => {
  await Promise.all(open.map((limiter) => limiter.close?.()));
  await redis?.stop();
});

function limiter(perMinute: number, extra: Partial<Parameters<typeof createRedisRateLimiter>[0]> = {}) {
  const created = createRedisRateLimiter({
    url: redis.url,
    perMinute,
    failMode: 'open',
    timeoutMs: 500,
    ...extra,
  });
  open.push(created);
  return created;
}

describe('createRedisRateLimiter', () => {
  it('allows a burst of perMinute per key, then refuses with a Retry-After', async () => {
    const store = limiter(3, { prefix: 'test-burst:' });
    const decisions = [];
    for (let i = 0; i < 5; i++) decisions.push(await store.take('client-a'));
    expect(decisions.map((decision) => decision.ok)).toEqual([true, true, true, false, false]);
    expect(decisions[3]).toEqual({ ok: false, retryAfterSeconds: 20 });
    expect((await store.take('client-b')).ok).toBe(true);
  });

  it('two stores on one Redis share one budget, even when they ask at the same moment', async () => {
    const [first, second] = [
      limiter(10, { prefix: 'test-shared:' }),
      limiter(10, { prefix: 'test-shared:' }),
    ];
    const decisions = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? first : second).take('same-caller')),
    );
    expect(decisions.filter((decision) => decision.ok)).toHaveLength(10);
  });

  it('another prefix is another budget', async () => {
    const [one, other] = [limiter(1, { prefix: 'test-p1:' }), limiter(1, { prefix: 'test-p2:' })];
    expect((await one.take('k')).ok).toBe(true);
    expect((await other.take('k')).ok).toBe(true);
    expect((await one.take('k')).ok).toBe(false);
  });
});

describe('createRedisRateLimiter when Redis goes away', () => {
  it('fails open or closed as configured, says so once, and limits again once Redis is back', async () => {
    const changes: boolean[] = [];
    let failedChecks = 0;
    const events = {
      onAvailability: (available: boolean) => changes.push(available),
      onCheckFailed: () => failedChecks++,
    };
    const openStore = limiter(1, { prefix: 'test-outage:', failMode: 'open', ...events });
    const closedStore = limiter(1, { prefix: 'test-outage:', failMode: 'closed' });
    expect((await openStore.take('k')).ok).toBe(true);
    expect((await closedStore.take('k')).ok).toBe(false);

    await redis.kill();
    const during = await Promise.all([openStore.take('k'), openStore.take('k'), closedStore.take('k')]);
    expect(during[0]).toEqual({ ok: true });
    expect(during[1]).toEqual({ ok: true });
    expect(during[2]).toEqual({ ok: false, retryAfterSeconds: 1, unavailable: true });
    expect(failedChecks).toBe(2);
    expect(changes).toEqual([false]);

    await redis.restart();
    await waitFor(async () => (await openStore.take('fresh')).ok && changes.length === 2);
    expect(changes).toEqual([false, true]);
    // Back to limiting: the restarted Redis is empty, so one request per key, then refusals.
    expect((await closedStore.take('after')).ok).toBe(true);
    expect(await closedStore.take('after')).toMatchObject({ ok: false, retryAfterSeconds: 60 });
  }, 30_000);
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
