import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { gatewayHealthSchema } from '../contract/gateway-contract.ts';
import {
  createRecordingUpstream,
  type RecordedRequest,
  type RecordingUpstream,
} from './create-recording-upstream.ts';
import { freePort } from './free-port.ts';
import { type SendOptions, type SentResponse, sendRequest } from './send-request.ts';

/** A gateway engine under test, started with the given GATEWAY_* environment. */
export interface ContractEngine {
  name: string;
  start(env: Record<string, string>): Promise<{ url: string; stop(): Promise<unknown> }>;
}

/** The API description every engine serves in the contract tests (written to `specPath` by the caller). */
export const CONTRACT_SPEC = {
  openapi: '3.1.0',
  info: { title: 'contract', version: '1' },
  paths: {
    '/organization/costs': { get: {} },
    '/items/{item_id}': {
      get: { parameters: [{ name: 'X-Trace-Mode', in: 'header', schema: { type: 'string' } }] },
      post: {},
    },
  },
};

/** Credential the contract gateways hold: fake, shaped unlike a real key. */
export const CONTRACT_CREDENTIAL = 'contract-server-held-credential-7c1e';
const APP_ORIGIN = 'http://app.example';
/** The caller tokens the token-checking contract gateway knows. */
const CALLER_A = 'contract-caller-token-a-0001';
const CALLER_B = 'contract-caller-token-b-0002';
/** Its rate limit per caller and minute: small, so a test can spend one caller's budget. */
const CALLER_RATE = 4;

/**
 * The gateway contract (design §5 and §14) as HTTP over real sockets, the same cases for every engine: the
 * node:http gateway, the Web-standard handler on Node, and the same handler on workerd. Each refused case also
 * checks that the recording upstream received nothing. Raw-socket cases (smuggling shapes, slow clients) are
 * not here: they test the HTTP server in front of the rules, which each runtime brings itself.
 */
export function describeGatewayContract(engine: ContractEngine, specPath: () => string): void {
  describe(`gateway contract on ${engine.name}`, () => {
    let recorder: RecordingUpstream;
    let gateway: { url: string; stop(): Promise<unknown> };
    let deadGateway: { url: string; stop(): Promise<unknown> };
    let tokenGateway: { url: string; stop(): Promise<unknown> };

    beforeAll(async () => {
      recorder = await createRecordingUpstream();
      const common = {
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_PORT: String(await freePort()),
        GATEWAY_SPEC: specPath(),
        GATEWAY_ALLOWED_ORIGINS: APP_ORIGIN,
        GATEWAY_TIMEOUT_MS: '700',
        GATEWAY_MAX_BODY_BYTES: '1024',
        GATEWAY_MAX_RESPONSE_BYTES: '65536',
        GATEWAY_MAX_HEADERS: '40',
      };
      [gateway, deadGateway, tokenGateway] = await Promise.all([
        engine.start({
          ...common,
          GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
          GATEWAY_CREDENTIAL: CONTRACT_CREDENTIAL,
          GATEWAY_PUBLIC: '1',
        }),
        engine.start({
          ...common,
          GATEWAY_PORT: String(await freePort()),
          GATEWAY_UPSTREAM_URL: `http://127.0.0.1:${await freePort()}/v1`,
        }),
        engine.start({
          ...common,
          GATEWAY_PORT: String(await freePort()),
          GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
          GATEWAY_CREDENTIAL: CONTRACT_CREDENTIAL,
          GATEWAY_CALLER_TOKENS: `${CALLER_A},${CALLER_B}`,
          GATEWAY_RATE_LIMIT: String(CALLER_RATE),
        }),
      ]);
    }, 60_000);

    afterAll(async () => {
      await Promise.all([gateway?.stop(), deadGateway?.stop(), tokenGateway?.stop()]);
      await recorder?.close();
    }, 20_000);

    beforeEach(() => recorder.reset());

    const send = (options: Parameters<typeof sendRequest>[1]) => sendRequest(gateway.url, options);

    it('health reports upstream, credential mode and operation count, never the credential', async () => {
      const res = await send({ path: '/_gateway/health' });
      expect(res.status).toBe(200);
      const health = gatewayHealthSchema.parse(JSON.parse(res.body));
      expect(health).toMatchObject({
        status: 'ok',
        upstream: new URL(recorder.url).host,
        credential: 'server',
        operations: 3,
        callerCheck: 'none',
        api: { title: 'contract', version: '1' },
      });
      expect(res.body).not.toContain(CONTRACT_CREDENTIAL);
      expect(recorder.requests).toHaveLength(0);
    });

    it('forwards method, path under the base path, query and body; the server credential replaces the browser one', async () => {
      const res = await send({
        method: 'POST',
        path: '/items/42?x=1&x=2',
        headers: { 'content-type': 'application/json', authorization: 'Bearer browser-typed-key' },
        body: '{"name":"small"}',
      });
      expect(res.status).toBe(200);
      expect(res.headers['x-gateway-credential']).toBe('server');
      const seen = recorder.requests[0];
      expect(seen).toMatchObject({ method: 'POST', url: '/v1/items/42?x=1&x=2', body: '{"name":"small"}' });
      expect(seen?.headers.authorization).toBe(`Bearer ${CONTRACT_CREDENTIAL}`);
      expect(seen?.headers['content-type']).toBe('application/json');
    });

    it('forwards only allowlisted request headers and spec header parameters', async () => {
      await send({
        path: '/items/1',
        headers: {
          cookie: 'session=1',
          origin: APP_ORIGIN,
          referer: `${APP_ORIGIN}/docs`,
          'x-forwarded-for': '10.1.2.3',
          'x-not-allowlisted': 'nope',
          'x-trace-mode': 'on',
          'openai-project': 'proj_1',
          'x-http-method-override': 'DELETE',
        },
      });
      const seen = recorder.requests[0];
      expect(seen?.method).toBe('GET');
      for (const name of [
        'cookie',
        'origin',
        'referer',
        'x-forwarded-for',
        'x-not-allowlisted',
        'x-http-method-override',
      ]) {
        expect(seen?.headers[name], name).toBeUndefined();
      }
      expect(seen?.headers['x-trace-mode']).toBe('on');
      expect(seen?.headers['openai-project']).toBe('proj_1');
      expect(seen?.headers.host).toBe(new URL(recorder.url).host);
    });

    it('strips set-cookie, server identification and upstream CORS from the response; adds its own CORS', async () => {
      const res = await send({ path: '/organization/costs', headers: { origin: APP_ORIGIN } });
      for (const name of ['set-cookie', 'server', 'x-powered-by', 'via'])
        expect(res.headers[name], name).toBeUndefined();
      expect(res.headers['x-request-id']).toBe('req_recorded');
      expect(res.headers['x-upstream-extra']).toBe('visible');
      expect(res.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
      expect(String(res.headers['access-control-expose-headers'])).toContain('x-upstream-extra');
      expect(JSON.parse(res.body)).toMatchObject({ ok: true, url: '/v1/organization/costs' });
    });

    it('answers an allowed preflight itself, echoing only forwardable headers', async () => {
      const res = await send({
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
      expect(recorder.requests).toHaveLength(0);
    });

    it.each([
      [
        'a foreign origin',
        { path: '/organization/costs', headers: { origin: 'http://evil.example' } },
        403,
        'origin_not_allowed',
      ],
      ['an unknown operation', { path: '/organization/admin_api_keys' }, 404, 'operation_not_allowed'],
      ['a wrong method', { method: 'DELETE', path: '/organization/costs' }, 405, 'operation_not_allowed'],
      ['TRACE', { method: 'TRACE', path: '/organization/costs' }, 405, 'operation_not_allowed'],
      ['an encoded slash', { path: '/items/a%2fb' }, 400, 'path_not_allowed'],
      [
        'a declared body over the limit',
        {
          method: 'POST',
          path: '/items/1',
          headers: { 'content-type': 'application/json' },
          body: 'x'.repeat(5000),
        },
        413,
        'body_too_large',
      ],
      [
        'too many header lines',
        {
          path: '/organization/costs',
          headers: Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`x-filler-${i}`, 'f'])),
        },
        431,
        'headers_too_large',
      ],
    ] as [string, SendOptions, number, string][])(
      'refuses %s (%i %s), with nothing upstream',
      async (_name, request, status, code) => {
        const res = await send(request);
        expectGatewayError(res, status, code);
        expect(recorder.requests).toHaveLength(0);
      },
    );

    it('hands a redirect back instead of following it', async () => {
      const res = await send({ path: '/organization/costs?mode=redirect' });
      expect(res.status).toBe(302);
      expect(res.headers.location).toBe('https://elsewhere.example/landing');
      expect(recorder.requests).toHaveLength(1);
    });

    it('a slow upstream → 504 upstream_timeout', async () => {
      expectGatewayError(await send({ path: '/organization/costs?mode=slow' }), 504, 'upstream_timeout');
    });

    it('a declared response over the limit → 502 response_too_large', async () => {
      expectGatewayError(
        await send({ path: '/organization/costs?mode=bigdeclared&bytes=100000' }),
        502,
        'response_too_large',
      );
    });

    it('an upstream that stalls mid-body is cut', async () => {
      await expect(send({ path: '/organization/costs?mode=stall' })).rejects.toThrow();
    });

    it('a dead upstream → 502 upstream_unreachable', async () => {
      expectGatewayError(
        await sendRequest(deadGateway.url, { path: '/organization/costs' }),
        502,
        'upstream_unreachable',
      );
    });

    it('passes server-sent events through one by one, and a client that leaves aborts the upstream request', async () => {
      const stream = await openEventStream(gateway.url);
      expect(stream.status).toBe(200);
      expect(stream.contentType).toMatch(/^text\/event-stream/);
      const upstream = await streamingRequest(recorder);
      for (let i = 1; i <= 3; i++) {
        upstream.sendEvent?.(`{"n":${i}}`);
        expect(await stream.next()).toBe(`{"n":${i}}`);
      }
      stream.close();
      for (let i = 0; i < 500 && !upstream.abandoned; i++)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(upstream.abandoned).toBe(true);
    });

    describe('with a caller check (GATEWAY_CALLER_TOKENS)', () => {
      const sendAs = (options: SendOptions) => sendRequest(tokenGateway.url, options);

      it('health says so, needs no token, and holds no token or credential', async () => {
        const res = await sendAs({ path: '/_gateway/health' });
        expect(res.status).toBe(200);
        const health = gatewayHealthSchema.parse(JSON.parse(res.body));
        expect(health).toMatchObject({ credential: 'server', callerCheck: 'token', operations: 3 });
        for (const secret of [CONTRACT_CREDENTIAL, CALLER_A, CALLER_B])
          expect(res.body).not.toContain(secret);
      });

      it.each([
        ['no token', {}],
        ['a wrong token', { 'x-gateway-token': 'contract-caller-token-wrong-9' }],
        ['the token as Authorization', { authorization: `Bearer ${CALLER_A}` }],
      ] as [string, Record<string, string>][])(
        'refuses %s with 401 caller_unauthenticated, nothing upstream',
        async (_name, headers) => {
          const res = await sendAs({ path: '/organization/costs', headers });
          expectGatewayError(res, 401, 'caller_unauthenticated');
          expect(res.headers['www-authenticate']).toMatch(/^X-Gateway-Token/);
          expect(recorder.requests).toHaveLength(0);
        },
      );

      it('forwards a caller with a known token, without the token, with the server credential', async () => {
        const res = await sendAs({
          path: '/organization/costs',
          headers: { 'x-gateway-token': CALLER_A, authorization: 'Bearer browser-typed-key' },
        });
        expect(res.status).toBe(200);
        const seen = recorder.requests[0];
        expect(seen?.headers['x-gateway-token']).toBeUndefined();
        expect(seen?.headers.authorization).toBe(`Bearer ${CONTRACT_CREDENTIAL}`);
        expect(JSON.stringify(seen?.headers)).not.toContain(CALLER_A);
      });

      it('lets a preflight announce the token header', async () => {
        const res = await sendAs({
          method: 'OPTIONS',
          path: '/organization/costs',
          headers: {
            origin: APP_ORIGIN,
            'access-control-request-method': 'GET',
            'access-control-request-headers': 'authorization, x-gateway-token',
          },
        });
        expect(res.status).toBe(204);
        expect(res.headers['access-control-allow-headers']).toBe('authorization, x-gateway-token');
      });

      it('rate-limits per caller: one caller spending its budget leaves another one, from the same address, alone', async () => {
        // Same client address for both: only a limiter keyed by the caller's id tells them apart.
        for (let i = 0; i < CALLER_RATE; i++) {
          const res = await sendAs({ path: '/organization/costs', headers: { 'x-gateway-token': CALLER_B } });
          expect(res.status, `request ${i + 1}`).toBe(200);
        }
        const refused = await sendAs({
          path: '/organization/costs',
          headers: { 'x-gateway-token': CALLER_B },
        });
        expectGatewayError(refused, 429, 'rate_limited');
        expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
        expect(recorder.requests).toHaveLength(CALLER_RATE);
        const other = await sendAs({ path: '/organization/costs', headers: { 'x-gateway-token': CALLER_A } });
        expect(other.status).toBe(200);
      });
    });
  });
}

function expectGatewayError(res: SentResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['x-gateway-error']).toBe(code);
  if (res.body !== '') {
    expect(JSON.parse(res.body)).toEqual({
      error: { type: 'gateway_error', code, message: expect.any(String) },
    });
  }
}

async function streamingRequest(recorder: RecordingUpstream): Promise<RecordedRequest> {
  for (let i = 0; i < 300; i++) {
    const record = recorder.requests[0];
    if (record?.sendEvent) return record;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the upstream never got the stream request');
}

/** Opens `GET /organization/costs?mode=events`; `next()` resolves with the next complete event's data. */
function openEventStream(
  baseUrl: string,
): Promise<{ status: number; contentType: string; next(): Promise<string>; close(): void }> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: hostname, port: Number(port), path: '/organization/costs?mode=events', agent: false },
      (res) => {
        let buffer = '';
        const waiting: ((data: string) => void)[] = [];
        const ready: string[] = [];
        res.setEncoding('utf8');
        res.on('error', () => {});
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
            const data = buffer.slice(0, end).replace(/^data: /, '');
            buffer = buffer.slice(end + 2);
            const taker = waiting.shift();
            if (taker) taker(data);
            else ready.push(data);
          }
        });
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type']),
          next: () =>
            new Promise((take) => {
              const queued = ready.shift();
              if (queued !== undefined) take(queued);
              else waiting.push(take);
            }),
          close: () => req.destroy(),
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
