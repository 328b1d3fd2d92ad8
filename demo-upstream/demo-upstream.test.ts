import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoUpstream, RATE_LIMITED_KEY, SERVER_ERROR_KEY, WRONG_SHAPE_KEY } from './demo-upstream.ts';

const demo = createDemoUpstream({ host: '127.0.0.1', port: 0, now: () => 1_730_851_200_000 });
let base = '';

beforeAll(async () => {
  base = `${await demo.listen()}/v1`;
});
afterAll(() => demo.close());

const auth = { authorization: 'Bearer sk-admin-demo' };
const get = (path: string, headers: Record<string, string> = auth) =>
  fetch(`${base}${path}`, { headers, signal: AbortSignal.timeout(5000) });

describe('demo upstream over HTTP', () => {
  it('answers a usage page with request id, processing time and no CORS headers', async () => {
    const res = await get('/organization/usage/completions?start_time=1730419200&limit=1', {
      ...auth,
      origin: 'http://localhost:5173',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    expect(Number(res.headers.get('openai-processing-ms'))).toBeGreaterThanOrEqual(1);
    expect([...res.headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);
    const body = await res.json();
    expect(body).toMatchObject({
      object: 'page',
      has_more: true,
      data: [{ object: 'bucket', start_time: 1730419200 }],
    });
  });

  it('gives every response its own request id', async () => {
    const a = await get('/organization/costs?start_time=1730419200');
    const b = await get('/organization/costs?start_time=1730419200');
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
  });

  it.each([
    ['no Authorization', {}],
    ['empty Bearer', { authorization: 'Bearer ' }],
    ['not Bearer', { authorization: 'Basic abc' }],
  ])('401 with %s', async (_name, headers) => {
    const res = await get('/organization/costs?start_time=1', headers);
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatchObject({
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
  });

  it('429 with Retry-After for the magic rate-limited key', async () => {
    const res = await get('/organization/costs?start_time=1', {
      authorization: `Bearer ${RATE_LIMITED_KEY}`,
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect((await res.json()).error.code).toBe('rate_limit_exceeded');
  });

  it('500 for the magic server-error key', async () => {
    const res = await get('/organization/costs?start_time=1', {
      authorization: `Bearer ${SERVER_ERROR_KEY}`,
    });
    expect(res.status).toBe(500);
    expect((await res.json()).error.type).toBe('server_error');
  });

  it('a page of the wrong shape for the magic wrong-shape key: the first number comes as text', async () => {
    const query = '/organization/usage/audio_speeches?start_time=1730419200&limit=2';
    const good = await (await get(query)).json();
    const res = await get(query, { authorization: `Bearer ${WRONG_SHAPE_KEY}` });
    expect(res.status).toBe(200);
    const bad = await res.json();
    expect(good.data[0].results[0].characters).toEqual(expect.any(Number));
    expect(bad.data[0].results[0].characters).toBe(String(good.data[0].results[0].characters));
    expect(bad.data[1]).toEqual(good.data[1]);
  });

  it('400 in the API error shape for invalid parameters', async () => {
    const res = await get('/organization/usage/images?start_time=1&bucket_width=1m&limit=5000');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        message: expect.stringContaining('limit'),
        type: 'invalid_request_error',
        param: 'limit',
        code: 'invalid_value',
      },
    });
  });

  it.each(['/organization/unknown', '/models', '/organization/costs/extra'])('404 for %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect((await res.json()).error).toMatchObject({
      type: 'invalid_request_error',
      message: expect.stringContaining('Invalid URL'),
    });
  });

  it('404 outside /v1 and for other methods', async () => {
    expect(
      (await fetch(`${base.replace(/\/v1$/, '')}/organization/costs?start_time=1`, { headers: auth })).status,
    ).toBe(404);
    expect(
      (await fetch(`${base}/organization/costs?start_time=1`, { method: 'POST', headers: auth })).status,
    ).toBe(404);
  });
});
