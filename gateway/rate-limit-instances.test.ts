import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createRecordingUpstream,
  type RecordingUpstream,
} from '../test-support/create-recording-upstream.ts';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { sendRequest } from '../test-support/send-request.ts';
import { type ListeningProcess, spawnListening } from '../test-support/spawn-listening.ts';
import { type RedisServer, startRedis } from '../test-support/start-redis.ts';

// Several gateway processes in front of one upstream, sharing one real redis-server: one limit in total, and
// what happens when Redis goes away.

const LIMIT = 5;
const PATH = '/organization/costs?start_time=1';

let redis: RedisServer;
let recorder: RecordingUpstream;
let first: ListeningProcess; // fails open
let second: ListeningProcess; // fails open
let strict: ListeningProcess; // fails closed, its own prefix of keys
let callersA: ListeningProcess; // checks caller tokens, keys the limit by caller (Redis db 2)
let callersB: ListeningProcess; // the same, a second instance

const CALLER_ONE = 'instances-caller-token-one-1';
const CALLER_TWO = 'instances-caller-token-two-2';

beforeAll(async () => {
  [redis, recorder] = await Promise.all([startRedis(), createRecordingUpstream()]);
  const env = (fail: 'open' | 'closed') => ({
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
    GATEWAY_RATE_LIMIT: String(LIMIT),
    GATEWAY_RATE_LIMIT_REDIS_URL: `${redis.url}/${fail === 'open' ? 0 : 1}`,
    GATEWAY_RATE_LIMIT_FAIL: fail,
  });
  const withCallers = {
    ...env('open'),
    GATEWAY_RATE_LIMIT_REDIS_URL: `${redis.url}/2`,
    GATEWAY_CREDENTIAL: 'instances-server-held-credential',
    GATEWAY_CALLER_TOKENS: `${CALLER_ONE},${CALLER_TWO}`,
  };
  [first, second, strict, callersA, callersB] = await Promise.all([
    spawnListening(GATEWAY_ENTRY, env('open')),
    spawnListening(GATEWAY_ENTRY, env('open')),
    spawnListening(GATEWAY_ENTRY, env('closed')),
    spawnListening(GATEWAY_ENTRY, withCallers),
    spawnListening(GATEWAY_ENTRY, withCallers),
  ]);
}, 30_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop(), strict?.stop(), callersA?.stop(), callersB?.stop()]);
  await Promise.all([recorder?.close(), redis?.stop()]);
}, 20_000);

beforeEach(() => recorder.reset());

describe('two gateway processes sharing one Redis', () => {
  it(`enforce one limit of ${LIMIT} in total, not ${LIMIT} each`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await sendRequest((i % 2 === 0 ? first : second).url, { path: PATH });
      statuses.push(res.status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(12 - LIMIT);
    expect(statuses.slice(0, LIMIT).every((status) => status === 200)).toBe(true);
    expect(recorder.requests).toHaveLength(LIMIT);
  });
});

describe('two gateway processes checking callers, sharing one Redis', () => {
  it('key the shared limit by caller: one caller spends its budget on both, another is not touched, no token in Redis', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      const res = await sendRequest((i % 2 === 0 ? callersA : callersB).url, {
        path: PATH,
        headers: { 'x-gateway-token': CALLER_ONE },
      });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429, 429, 429]);
    // The same client address, the other caller: its own budget.
    for (const gateway of [callersA, callersB]) {
      const res = await sendRequest(gateway.url, { path: PATH, headers: { 'x-gateway-token': CALLER_TWO } });
      expect(res.status).toBe(200);
    }
    const client = new Redis(`${redis.url}/2`, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await client.connect();
      const keys = (await client.keys('*')).sort();
      // Two buckets, one per caller, named by the token's hash prefix: never the token itself.
      expect(keys).toHaveLength(2);
      for (const key of keys) expect(key).toMatch(/^tryit-gateway:rate:token:[0-9a-f]{12}$/);
      expect(keys.join(' ')).not.toContain(CALLER_ONE);
      expect(keys.join(' ')).not.toContain(CALLER_TWO);
    } finally {
      client.disconnect();
    }
  });
});

describe('when Redis goes away', () => {
  it('keeps serving: fail-open lets requests through, fail-closed answers 503; both log it and stay up', async () => {
    await redis.kill();
    const opened = await sendRequest(first.url, { path: PATH });
    expect(opened.status).toBe(200);
    const closed = await sendRequest(strict.url, { path: PATH });
    expect(closed.status).toBe(503);
    expect(closed.headers['x-gateway-error']).toBe('rate_limit_unavailable');
    expect(JSON.parse(closed.body).error.code).toBe('rate_limit_unavailable');
    // Only the fail-open request reached the upstream.
    expect(recorder.requests).toHaveLength(1);

    for (const gateway of [first, second, strict]) {
      expect(gateway.child.exitCode).toBeNull();
      expect((await sendRequest(gateway.url, { path: '/_gateway/health' })).status).toBe(200);
    }
    await waitFor(() => /"level":"warn".*rate-limit store unavailable/.test(strict.output()));
    expect(first.output()).toMatch(/rate-limit store unavailable: requests are let through unlimited/);
    const metrics = await sendRequest(strict.url, { path: '/_gateway/metrics' });
    expect(metrics.body).toMatch(/^tryit_gateway_rate_limit_store_errors_total [1-9]/m);
  }, 20_000);

  it('limits again once Redis is back', async () => {
    await redis.restart();
    await waitFor(() => /rate-limit store is back/.test(strict.output()), 15_000);
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) statuses.push((await sendRequest(strict.url, { path: PATH })).status);
    expect(statuses).toEqual([...Array(LIMIT).fill(200), 429, 429]);
  }, 30_000);
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
