import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_UPSTREAM_ENTRY, GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { sendRequest } from '../test-support/send-request.ts';
import { type ListeningProcess, spawnListening } from '../test-support/spawn-listening.ts';

// End to end with real processes: `npm run gateway` in front of `npm run demo-upstream`, default spec.

let demo: ListeningProcess;
let gateway: ListeningProcess;

beforeAll(async () => {
  demo = await spawnListening(DEMO_UPSTREAM_ENTRY, { DEMO_PORT: '0' });
  gateway = await spawnListening(GATEWAY_ENTRY, {
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${demo.url}/v1`,
  });
}, 30_000);

afterAll(async () => {
  await Promise.all([gateway?.stop(), demo?.stop()]);
}, 20_000);

const ORIGIN = 'http://localhost:5173';

describe('gateway → demo upstream', () => {
  it('returns a usage page with CORS, request id and processing time', async () => {
    const res = await sendRequest(gateway.url, {
      path: '/organization/usage/completions?start_time=1730419200&end_time=1730592000&group_by=model',
      headers: { authorization: 'Bearer sk-admin-demo', origin: ORIGIN },
    });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers['x-request-id']).toMatch(/^req_/);
    expect(res.headers['openai-processing-ms']).toMatch(/^\d+$/);
    expect(res.headers['x-gateway-credential']).toBe('browser');
    const page = JSON.parse(res.body);
    expect(page).toMatchObject({ object: 'page', has_more: false, next_page: null });
    expect(page.data).toHaveLength(2);
    expect(page.data[0].results[0]).toMatchObject({
      object: 'organization.usage.completions.result',
      model: expect.any(String),
    });
  });

  it('passes the API’s own errors through unchanged (no x-gateway-error)', async () => {
    const res = await sendRequest(gateway.url, {
      path: '/organization/costs?start_time=1730419200&bucket_width=1h',
      headers: { authorization: 'Bearer sk-admin-demo', origin: ORIGIN },
    });
    expect(res.status).toBe(400);
    expect(res.headers['x-gateway-error']).toBeUndefined();
    expect(JSON.parse(res.body).error).toMatchObject({
      type: 'invalid_request_error',
      param: 'bucket_width',
    });
  });

  it('exposes Retry-After of the demo 429 to the page', async () => {
    const res = await sendRequest(gateway.url, {
      path: '/organization/costs?start_time=1730419200',
      headers: { authorization: 'Bearer demo-rate-limited', origin: ORIGIN },
    });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('2');
    expect(String(res.headers['access-control-expose-headers'])).toContain('retry-after');
  });

  it('401 from the demo when the page sends no key', async () => {
    const res = await sendRequest(gateway.url, { path: '/organization/costs?start_time=1730419200' });
    expect(res.status).toBe(401);
  });
});
