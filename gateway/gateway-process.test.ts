import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createRecordingUpstream,
  type RecordingUpstream,
} from '../test-support/create-recording-upstream.ts';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { freePort } from '../test-support/free-port.ts';
import { rawHttp } from '../test-support/raw-http.ts';
import { type SentResponse, sendRequest } from '../test-support/send-request.ts';
import { type ListeningProcess, spawnListening } from '../test-support/spawn-listening.ts';

// Socket tests: the real gateway process (tsx gateway/main.ts) in front of a recording upstream.
// Every refused case asserts that the upstream saw nothing at all.

// A fake: shaped unlike a real key so that secret scanners stay quiet.
const CREDENTIAL = 'test-server-held-credential-3f9c2a7d41';
const APP_ORIGIN = 'http://app.example';
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'test', version: '1' },
  paths: {
    '/organization/costs': { get: {} },
    '/items/{item_id}': {
      get: { parameters: [{ name: 'X-Trace-Mode', in: 'header', schema: { type: 'string' } }] },
      post: {},
    },
  },
};

let recorder: RecordingUpstream;
let serverHeld: ListeningProcess; // holds the credential, small limits
let browserHeld: ListeningProcess; // forwards the browser's Authorization, rate limited
let deadUpstream: ListeningProcess; // upstream port closed
let specDir: string;

beforeAll(async () => {
  recorder = await createRecordingUpstream();
  specDir = mkdtempSync(path.join(tmpdir(), 'gateway-spec-'));
  const specPath = path.join(specDir, 'spec.json');
  writeFileSync(specPath, JSON.stringify(SPEC));
  const closedPort = await freePort();
  [serverHeld, browserHeld, deadUpstream] = await Promise.all([
    spawnListening(GATEWAY_ENTRY, {
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
      GATEWAY_CREDENTIAL: CREDENTIAL,
      // Callers are checked in gateway-callers.test.ts; here the forwarding rules, open to any caller.
      GATEWAY_PUBLIC: '1',
      GATEWAY_SPEC: specPath,
      GATEWAY_ALLOWED_ORIGINS: APP_ORIGIN,
      GATEWAY_TIMEOUT_MS: '700',
      GATEWAY_MAX_BODY_BYTES: '1024',
      GATEWAY_MAX_RESPONSE_BYTES: '65536',
    }),
    spawnListening(GATEWAY_ENTRY, {
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
      GATEWAY_SPEC: specPath,
      GATEWAY_RATE_LIMIT: '3',
    }),
    spawnListening(GATEWAY_ENTRY, {
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: `http://127.0.0.1:${closedPort}/v1`,
      GATEWAY_TIMEOUT_MS: '3000',
    }),
  ]);
}, 30_000);

afterAll(async () => {
  await Promise.all([serverHeld?.stop(), browserHeld?.stop(), deadUpstream?.stop()]);
  await recorder?.close();
  if (specDir) rmSync(specDir, { recursive: true, force: true });
}, 20_000);

beforeEach(() => recorder.reset());

const raw = (target: string, headerLines = '') =>
  rawHttp(
    serverHeld.url,
    `GET ${target} HTTP/1.1\r\nHost: gateway\r\n${headerLines}Connection: close\r\n\r\n`,
  );

function expectGatewayError(
  res: { status: number; headers: Record<string, unknown>; body: string },
  status: number,
  code: string,
) {
  expect(res.status).toBe(status);
  expect(res.headers['x-gateway-error']).toBe(code);
  expect(JSON.parse(res.body)).toEqual({
    error: { type: 'gateway_error', code, message: expect.any(String) },
  });
}

describe('refused before anything reaches upstream', () => {
  it.each([
    ['dot-dot', '/organization/../organization/costs'],
    ['dot', '/organization/./costs'],
    ['encoded dot-dot', '/items/%2e%2e/organization/costs'],
    ['upper-case encoded dot-dot', '/items/%2E%2E'],
    ['half-encoded dot-dot', '/items/%2E.'],
    ['double-encoded dot-dot', '/items/%252e%252e'],
    ['encoded slash', '/items/a%2fb'],
    ['encoded backslash', '/items/a%5Cb'],
    ['raw backslash', '/items/a\\..\\b'],
    ['absolute-form', 'http://evil.example/organization/costs'],
    ['absolute-form to the real upstream host', 'http://127.0.0.1:1/v1/organization/costs'],
    ['scheme-relative', '//evil.example/organization/costs'],
    ['userinfo', '/@evil.example/organization/costs'],
    ['userinfo after the path', '/organization/costs@evil.example'],
    ['encoded NUL', '/items/a%00'],
  ])('%s → 400 path_not_allowed', async (_name, target) => {
    expectGatewayError(await raw(target), 400, 'path_not_allowed');
    expect(recorder.requests).toHaveLength(0);
  });

  it('raw NUL in the request line → 400 (the HTTP parser refuses it first)', async () => {
    const res = await raw('/organization/costs\u0000');
    expect(res.status).toBe(400);
    expect(res.headers['x-gateway-error']).toBeDefined();
    expect(recorder.requests).toHaveLength(0);
  });

  it('unknown operation → 404 operation_not_allowed', async () => {
    expectGatewayError(await raw('/organization/admin_api_keys'), 404, 'operation_not_allowed');
    expectGatewayError(await raw('/v1/organization/costs'), 404, 'operation_not_allowed');
    expect(recorder.requests).toHaveLength(0);
  });

  it('known path with a wrong method → 405 operation_not_allowed with Allow', async () => {
    const res = await sendRequest(serverHeld.url, { method: 'DELETE', path: '/organization/costs' });
    expectGatewayError(res, 405, 'operation_not_allowed');
    expect(res.headers.allow).toBe('GET, HEAD');
    expect(recorder.requests).toHaveLength(0);
  });

  it.each([
    ['bare CR in a header value', 'X-Trace-Mode: a\rInjected: 1\r\n'],
    ['bare LF in a header value', 'X-Trace-Mode: a\nInjected: 1\r\n'],
    ['NUL in a header value', 'X-Trace-Mode: a\u0000b\r\n'],
    ['CR LF smuggled into Authorization', 'Authorization: Bearer x\rHost: evil.example\r\n'],
  ])('%s → 400', async (_name, line) => {
    const res = await raw('/items/1', line);
    expect(res.status).toBe(400);
    expect(res.headers['x-gateway-error']).toBe('header_not_allowed');
    expect(recorder.requests).toHaveLength(0);
  });

  it('declared body over the limit → 413 body_too_large before reading it', async () => {
    const res = await sendRequest(serverHeld.url, {
      method: 'POST',
      path: '/items/1',
      headers: { 'content-type': 'application/json', 'content-length': '5000' },
      body: 'x'.repeat(5000),
    });
    expectGatewayError(res, 413, 'body_too_large');
    expect(recorder.requests).toHaveLength(0);
  });

  it('chunked body over the limit → 413 and upstream never receives a complete request', async () => {
    const chunk = 'y'.repeat(600);
    const res = await rawHttp(
      serverHeld.url,
      'POST /items/1 HTTP/1.1\r\nHost: gateway\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n' +
        `258\r\n${chunk}\r\n258\r\n${chunk}\r\n258\r\n${chunk}\r\n0\r\n\r\n`,
    );
    expectGatewayError(res, 413, 'body_too_large');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(recorder.requests.filter((r) => r.complete)).toHaveLength(0);
  });

  it('foreign origin → 403 origin_not_allowed without CORS headers', async () => {
    const res = await sendRequest(serverHeld.url, {
      path: '/organization/costs?start_time=1',
      headers: { origin: 'http://evil.example' },
    });
    expectGatewayError(res, 403, 'origin_not_allowed');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(recorder.requests).toHaveLength(0);
  });

  it('foreign origin preflight → 403 origin_not_allowed', async () => {
    const res = await sendRequest(serverHeld.url, {
      method: 'OPTIONS',
      path: '/organization/costs',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET' },
    });
    expectGatewayError(res, 403, 'origin_not_allowed');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('forwarding', () => {
  let res: SentResponse;
  beforeEach(async () => {
    res = await sendRequest(serverHeld.url, {
      path: '/organization/costs?start_time=1&project_ids=a&project_ids=b',
      headers: {
        authorization: 'Bearer browser-typed-key',
        origin: APP_ORIGIN,
        referer: `${APP_ORIGIN}/docs`,
        cookie: 'session=browser',
        'x-forwarded-for': '10.1.2.3',
        'sec-fetch-mode': 'cors',
        'openai-project': 'proj_1',
        'x-not-allowlisted': 'nope',
        accept: 'application/json',
      },
    });
  });

  it('sends the operation path under the upstream base with the query unchanged', () => {
    expect(res.status).toBe(200);
    expect(recorder.requests).toHaveLength(1);
    expect(recorder.requests[0]?.url).toBe('/v1/organization/costs?start_time=1&project_ids=a&project_ids=b');
  });

  it('replaces the browser Authorization with the server credential', () => {
    expect(recorder.requests[0]?.headers.authorization).toBe(`Bearer ${CREDENTIAL}`);
    expect(res.headers['x-gateway-credential']).toBe('server');
  });

  it('does not forward cookie, origin, referer, x-forwarded-*, sec-fetch-* or unlisted headers', () => {
    const headers = recorder.requests[0]?.headers ?? {};
    for (const name of [
      'cookie',
      'origin',
      'referer',
      'x-forwarded-for',
      'sec-fetch-mode',
      'x-not-allowlisted',
    ]) {
      expect(headers[name], name).toBeUndefined();
    }
    expect(headers['openai-project']).toBe('proj_1');
    expect(headers.accept).toBe('application/json');
    expect(headers.host).toBe(new URL(recorder.url).host);
  });

  it('strips set-cookie, server, x-powered-by, via and upstream CORS from the response', () => {
    for (const name of ['set-cookie', 'server', 'x-powered-by', 'via'])
      expect(res.headers[name], name).toBeUndefined();
    expect(res.headers['x-upstream-extra']).toBe('visible');
    expect(res.headers['x-request-id']).toBe('req_recorded');
  });

  it('adds CORS for the allowed origin, exposing the forwarded headers', () => {
    expect(res.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(res.headers.vary).toMatch(/origin/i);
    const exposed = String(res.headers['access-control-expose-headers']).split(', ');
    for (const name of [
      'x-upstream-extra',
      'x-request-id',
      'x-gateway-credential',
      'retry-after',
      'content-type',
    ]) {
      expect(exposed).toContain(name);
    }
  });
});

describe('gateway behaviour', () => {
  it('forwards a spec header parameter and a small body intact', async () => {
    const res = await sendRequest(serverHeld.url, {
      method: 'POST',
      path: '/items/42',
      headers: { 'content-type': 'application/json', 'x-trace-mode': 'on' },
      body: '{"name":"small"}',
    });
    expect(res.status).toBe(200);
    expect(recorder.requests[0]).toMatchObject({
      method: 'POST',
      url: '/v1/items/42',
      body: '{"name":"small"}',
    });
    expect(recorder.requests[0]?.headers['content-length']).toBe('16');
    expect(recorder.requests[0]?.headers['x-trace-mode']).toBe('on');
  });

  it('answers an allowed preflight itself: 204, echoing only forwardable headers', async () => {
    const res = await sendRequest(serverHeld.url, {
      method: 'OPTIONS',
      path: '/organization/costs',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization, openai-project, x-evil',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(res.headers['access-control-allow-headers']).toBe('authorization, openai-project');
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(recorder.requests).toHaveLength(0);
  });

  it('gives its own errors CORS headers for an allowed origin, so the page can read them', async () => {
    const res = await sendRequest(serverHeld.url, { path: '/nope', headers: { origin: APP_ORIGIN } });
    expectGatewayError(res, 404, 'operation_not_allowed');
    expect(res.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(String(res.headers['access-control-expose-headers'])).toContain('x-gateway-error');
  });

  it('health reports upstream host, credential mode and operation count, never the credential', async () => {
    const res = await sendRequest(serverHeld.url, { path: '/_gateway/health' });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      status: 'ok',
      upstream: new URL(recorder.url).host,
      credential: 'server',
      operations: 3,
      callerCheck: 'none',
      api: { title: 'test', version: '1', digest: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(recorder.requests).toHaveLength(0);
  });

  it('hands a redirect back instead of following it', async () => {
    const res = await sendRequest(serverHeld.url, { path: '/organization/costs?mode=redirect' });
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('https://elsewhere.example/landing');
    expect(recorder.requests).toHaveLength(1);
  });

  it('slow upstream → 504 upstream_timeout after GATEWAY_TIMEOUT_MS', async () => {
    const started = Date.now();
    const res = await sendRequest(serverHeld.url, { path: '/organization/costs?mode=slow' });
    expectGatewayError(res, 504, 'upstream_timeout');
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('upstream that stalls mid-body is cut after GATEWAY_TIMEOUT_MS of silence', async () => {
    const started = Date.now();
    await expect(sendRequest(serverHeld.url, { path: '/organization/costs?mode=stall' })).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(650);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('declared response over the limit → 502 response_too_large', async () => {
    const res = await sendRequest(serverHeld.url, {
      path: '/organization/costs?mode=bigdeclared&bytes=100000',
    });
    expectGatewayError(res, 502, 'response_too_large');
  });

  it('streamed response over the limit is cut', async () => {
    const result = await sendRequest(serverHeld.url, {
      path: '/organization/costs?mode=big&bytes=300000',
    }).then(
      (r) => r.body.length,
      () => 'cut' as const,
    );
    // Either the connection drops mid-body or what arrived is at most limit + one chunk.
    expect(result === 'cut' || result < 65_536 + 16_384).toBe(true);
  });

  it('dead upstream → 502 upstream_unreachable', async () => {
    const res = await sendRequest(deadUpstream.url, { path: '/organization/costs?start_time=1' });
    expectGatewayError(res, 502, 'upstream_unreachable');
  });

  it('an upstream answering malformed HTTP → 502 upstream_bad_response, not "unreachable"', async () => {
    // What a buggy mock server once sent: a bogus Transfer-Encoding beside a Content-Length.
    const broken = net.createServer((socket) => {
      socket.once('data', () =>
        socket.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: string\r\nContent-Length: 5\r\n\r\nhello'),
      );
    });
    await new Promise<void>((resolve) => broken.listen(0, '127.0.0.1', resolve));
    const address = broken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const gateway = await spawnListening(GATEWAY_ENTRY, {
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: `http://127.0.0.1:${port}/v1`,
      GATEWAY_TIMEOUT_MS: '3000',
    });
    try {
      const res = await sendRequest(gateway.url, { path: '/organization/costs?start_time=1' });
      expectGatewayError(res, 502, 'upstream_bad_response');
    } finally {
      await gateway.stop();
      await new Promise((resolve) => broken.close(resolve));
    }
  }, 20_000);

  it('without a server credential forwards the browser Authorization', async () => {
    const res = await sendRequest(browserHeld.url, {
      path: '/organization/costs?start_time=1',
      headers: { authorization: 'Bearer browser-typed-key' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['x-gateway-credential']).toBe('browser');
    expect(recorder.requests[0]?.headers.authorization).toBe('Bearer browser-typed-key');
  });

  it('requests without Origin (curl) are allowed', async () => {
    const res = await sendRequest(browserHeld.url, { path: '/organization/costs?start_time=2' });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('rate limit → 429 rate_limited with Retry-After, not forwarded', async () => {
    // The browserHeld gateway allows 3 per minute; the two tests above spent two.
    const codes: number[] = [];
    let last: SentResponse | undefined;
    for (let i = 0; i < 3; i++) {
      last = await sendRequest(browserHeld.url, { path: '/organization/costs?start_time=3' });
      codes.push(last.status);
    }
    expect(codes).toEqual([200, 429, 429]);
    expectGatewayError(last as SentResponse, 429, 'rate_limited');
    expect(Number(last?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(recorder.requests).toHaveLength(1);
  });

  it('logs one JSON object per request with secret query values redacted', async () => {
    await sendRequest(serverHeld.url, { path: '/organization/costs?start_time=1&api_key=sk-in-query-123' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const records = jsonLines(serverHeld.output());
    const record = records.find((line) => line.path === '/organization/costs?start_time=1&api_key=REDACTED');
    expect(record).toMatchObject({
      level: 'info',
      method: 'GET',
      status: 200,
      operation: 'GET /organization/costs',
      ms: expect.any(Number),
      upstreamMs: expect.any(Number),
    });
    expect(typeof record?.time).toBe('string');
    const refused = records.find((line) => line.path === '/organization/admin_api_keys');
    expect(refused).toMatchObject({ status: 404, code: 'operation_not_allowed' });
    expect(refused?.operation).toBeUndefined();
    expect(serverHeld.output()).not.toContain('sk-in-query-123');
  });

  it('serves Prometheus metrics by operation, status and code, without a credential or a raw path', async () => {
    await sendRequest(serverHeld.url, { path: '/organization/costs?start_time=1&api_key=sk-in-metrics-9' });
    await sendRequest(serverHeld.url, { path: '/no/such/secret-path' });
    const res = await sendRequest(serverHeld.url, { path: '/_gateway/metrics' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(res.body).toMatch(
      /^tryit_gateway_requests_total\{operation="GET \/organization\/costs",status="200",code="none"\} [1-9]/m,
    );
    expect(res.body).toMatch(
      /^tryit_gateway_requests_total\{operation="none",status="404",code="operation_not_allowed"\} [1-9]/m,
    );
    expect(res.body).toMatch(
      /^tryit_gateway_request_duration_seconds_bucket\{le="0.005",operation="GET \/organization\/costs"\} /m,
    );
    expect(res.body).toMatch(
      /^tryit_gateway_upstream_duration_seconds_count\{operation="GET \/organization\/costs"\} [1-9]/m,
    );
    expect(res.body).toContain('tryit_gateway_process_cpu_seconds_total');
    for (const secret of [CREDENTIAL, 'sk-in-metrics-9', 'secret-path', 'browser-typed-key']) {
      expect(res.body).not.toContain(secret);
    }
    expect(recorder.requests.map((request) => request.url)).not.toContain('/v1/_gateway/metrics');
  });

  it('refuses metrics to a loopback peer that forwards for someone else', async () => {
    const res = await sendRequest(serverHeld.url, {
      path: '/_gateway/metrics',
      headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expectGatewayError(res, 403, 'operation_not_allowed');
    expect(res.body).not.toContain('tryit_gateway_requests_total');
    expect(recorder.requests).toHaveLength(0);
  });

  it('never prints the server credential (after all the requests above, errors included)', async () => {
    await sendRequest(serverHeld.url, {
      path: '/organization/costs?start_time=1',
      headers: { authorization: `Bearer ${CREDENTIAL}` },
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(serverHeld.output()).toContain('listening on');
    expect(serverHeld.output().split('\n').length).toBeGreaterThan(30);
    expect(serverHeld.output()).not.toContain(CREDENTIAL);
    expect(serverHeld.output()).not.toContain('browser-typed-key');
  });
});

describe('process lifecycle', () => {
  it('SIGTERM lets an in-flight request finish, then exits 0', async () => {
    const gateway = await spawnListening(GATEWAY_ENTRY, {
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
      GATEWAY_SPEC: path.join(specDir, 'spec.json'),
    });
    try {
      const inFlight = sendRequest(gateway.url, { path: '/organization/costs?mode=delay&ms=600' });
      await waitFor(() => recorder.requests.length === 1);
      const exitCode = gateway.stop();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await exitCode).toBe(0);
      await expect(sendRequest(gateway.url, { path: '/_gateway/health', timeoutMs: 1000 })).rejects.toThrow();
    } finally {
      await gateway.stop();
    }
  }, 20_000);

  it('refuses to start on invalid configuration, naming the variable', async () => {
    await expect(spawnListening(GATEWAY_ENTRY, { GATEWAY_PORT: 'eighty' }, 10_000)).rejects.toThrow(
      /GATEWAY_PORT/,
    );
  });
});

/** The JSON objects among a process's output lines (its access log). */
function jsonLines(output: string): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
