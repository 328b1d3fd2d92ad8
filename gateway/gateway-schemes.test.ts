import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { normalizeApi } from '../src/openapi/normalize-api.ts';
import { digestApi } from '../src/transport/digest-api.ts';
import {
  createRecordingUpstream,
  type RecordingUpstream,
} from '../test-support/create-recording-upstream.ts';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { type SentResponse, sendRequest } from '../test-support/send-request.ts';
import { type ListeningProcess, spawnListening } from '../test-support/spawn-listening.ts';

// Every credential scheme through the gateway, its description's identity in health, and fragment templates
// (issue 11, the gateway side): real gateway processes in front of a recording upstream.

// Fakes, shaped unlike real keys so that secret scanners stay quiet.
const HELD = {
  HEADERKEY: 'held-header-key-value-81c3',
  QUERYKEY: 'held query/key&value-2f7d',
  BASIC: 'held-user:held-password-64aa',
  BEARER: 'held-bearer-token-value-b920',
};
const APP_ORIGIN = 'http://app.example';
const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Schemes test', version: '4.2.0' },
  components: {
    securitySchemes: {
      HeaderKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      QueryKey: { type: 'apiKey', in: 'query', name: 'code' },
      Basic: { type: 'http', scheme: 'basic' },
      Bearer: { type: 'http', scheme: 'bearer' },
    },
  },
  paths: {
    '/header-op': { get: { operationId: 'header-op', security: [{ HeaderKey: [] }] } },
    '/query-op': { get: { operationId: 'query-op', security: [{ QueryKey: [] }] } },
    '/basic-op': { get: { operationId: 'basic-op', security: [{ Basic: [] }] } },
    '/bearer-op': { get: { operationId: 'bearer-op', security: [{ Bearer: [] }] } },
    '/either-op': { get: { operationId: 'either-op', security: [{ HeaderKey: [] }, { Bearer: [] }] } },
    '/open-op': { get: { operationId: 'open-op', security: [] } },
    '/deleteresourceshare#resourceShareArn': { delete: { operationId: 'delete-share' } },
    '/#X-Amz-Target=Svc.CreateThing': { post: { operationId: 'svc-create' } },
    '/#X-Amz-Target=Svc.DeleteThing': { post: { operationId: 'svc-delete' } },
  },
};

let recorder: RecordingUpstream;
let dir: string;
let browserGateway: ListeningProcess; // no credential: the browser's pass through
let heldGateway: ListeningProcess; // one credential per scheme
let narrowGateway: ListeningProcess; // GATEWAY_OPERATIONS over fragment templates
let specPath: string;

beforeAll(async () => {
  recorder = await createRecordingUpstream();
  dir = mkdtempSync(path.join(tmpdir(), 'gateway-schemes-'));
  specPath = path.join(dir, 'spec.json');
  writeFileSync(specPath, JSON.stringify(SPEC));
  const base = {
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
    GATEWAY_SPEC: specPath,
    GATEWAY_ALLOWED_ORIGINS: APP_ORIGIN,
  };
  [browserGateway, heldGateway, narrowGateway] = await Promise.all([
    spawnListening(GATEWAY_ENTRY, base),
    spawnListening(GATEWAY_ENTRY, {
      ...base,
      ...Object.fromEntries(
        Object.entries(HELD).map(([suffix, value]) => [`GATEWAY_CREDENTIAL_${suffix}`, value]),
      ),
      GATEWAY_CALLER_TOKENS: 'schemes-caller-token-5e1',
    }),
    spawnListening(GATEWAY_ENTRY, { ...base, GATEWAY_OPERATIONS: 'svc-create,delete-share' }),
  ]);
}, 60_000);

afterAll(async () => {
  await Promise.all([browserGateway, heldGateway, narrowGateway].map((g) => g?.stop()));
  await recorder?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 20_000);

beforeEach(() => recorder.reset());

const CALLER = { 'x-gateway-token': 'schemes-caller-token-5e1' };
const upstreamHeaders = () => recorder.requests[0]?.headers ?? {};
const upstreamUrl = () => recorder.requests[0]?.url ?? '';

function expectRefused(res: SentResponse, status: number, code: string): void {
  expect(res.status).toBe(status);
  expect(res.headers['x-gateway-error']).toBe(code);
  expect(recorder.requests).toHaveLength(0);
}

describe('credentials from the browser, every scheme', () => {
  it('forwards the header an apiKey scheme names (X-API-Key), which is no header parameter', async () => {
    const res = await sendRequest(browserGateway.url, {
      path: '/header-op',
      headers: { 'x-api-key': 'browser-key-1', 'x-not-declared': 'no', origin: APP_ORIGIN },
    });
    expect(res.status).toBe(200);
    expect(upstreamHeaders()['x-api-key']).toBe('browser-key-1');
    expect(upstreamHeaders()['x-not-declared']).toBeUndefined();
  });

  it('answers a preflight for X-API-Key with that header allowed', async () => {
    const res = await sendRequest(browserGateway.url, {
      method: 'OPTIONS',
      path: '/header-op',
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-api-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-headers']).toBe('x-api-key');
  });

  it('passes an apiKey in the query, and the access log redacts it though its name (code) looks harmless', async () => {
    const res = await sendRequest(browserGateway.url, {
      path: '/query-op?limit=2&code=browser-query-key-77',
    });
    expect(res.status).toBe(200);
    expect(upstreamUrl()).toBe('/v1/query-op?limit=2&code=browser-query-key-77');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(browserGateway.output()).toMatch(/"path":"\/query-op\?limit=2&code=REDACTED","status":200/);
    expect(browserGateway.output()).not.toContain('browser-query-key-77');
  });

  it('passes basic and bearer Authorization as the browser sent them', async () => {
    await sendRequest(browserGateway.url, { path: '/basic-op', headers: { authorization: 'Basic dTpw' } });
    expect(upstreamHeaders().authorization).toBe('Basic dTpw');
  });
});

describe('credentials held by the gateway, one per scheme (GATEWAY_CREDENTIAL_<SCHEME>)', () => {
  it('apiKey in a header: set by the gateway, the browser’s own value replaced', async () => {
    const res = await sendRequest(heldGateway.url, {
      path: '/header-op',
      headers: { ...CALLER, 'x-api-key': 'browser' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['x-gateway-credential']).toBe('server');
    expect(upstreamHeaders()['x-api-key']).toBe(HELD.HEADERKEY);
  });

  it('apiKey in the query: the browser’s pairs of that name dropped, the held value appended, encoded', async () => {
    await sendRequest(heldGateway.url, {
      path: '/query-op?code=browser&limit=1&co%64e=sneaky',
      headers: CALLER,
    });
    expect(upstreamUrl()).toBe(`/v1/query-op?limit=1&code=${encodeURIComponent(HELD.QUERYKEY)}`);
  });

  it('basic: Authorization Basic base64(user:password)', async () => {
    await sendRequest(heldGateway.url, {
      path: '/basic-op',
      headers: { ...CALLER, authorization: 'Basic browser' },
    });
    expect(upstreamHeaders().authorization).toBe(`Basic ${Buffer.from(HELD.BASIC).toString('base64')}`);
  });

  it('bearer: Authorization Bearer', async () => {
    await sendRequest(heldGateway.url, { path: '/bearer-op', headers: CALLER });
    expect(upstreamHeaders().authorization).toBe(`Bearer ${HELD.BEARER}`);
  });

  it('of several alternatives, the first one the gateway holds whole', async () => {
    await sendRequest(heldGateway.url, { path: '/either-op', headers: CALLER });
    expect(upstreamHeaders()['x-api-key']).toBe(HELD.HEADERKEY);
    expect(upstreamHeaders().authorization).toBeUndefined();
  });

  it('an operation without security gets none of them', async () => {
    await sendRequest(heldGateway.url, { path: '/open-op', headers: CALLER });
    expect(upstreamHeaders()['x-api-key']).toBeUndefined();
    expect(upstreamHeaders().authorization).toBeUndefined();
  });

  it('holding keys means checking callers: no caller token → 401, nothing upstream', async () => {
    expectRefused(await sendRequest(heldGateway.url, { path: '/header-op' }), 401, 'caller_unauthenticated');
  });

  it('never prints a held credential; the start-up line names the variables', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const output = heldGateway.output();
    expect(output).toMatch(
      /"credential":"server \(GATEWAY_CREDENTIAL_HEADERKEY, .*GATEWAY_CREDENTIAL_BEARER\)"/,
    );
    for (const value of Object.values(HELD)) {
      expect(output).not.toContain(value);
      expect(output).not.toContain(encodeURIComponent(value));
    }
    expect(output).not.toContain(Buffer.from(HELD.BASIC).toString('base64'));
  });

  it('refuses to start for a variable that names no scheme, listing the ones it has', async () => {
    await expect(
      spawnListening(
        GATEWAY_ENTRY,
        {
          GATEWAY_PORT: '0',
          GATEWAY_SPEC: specPath,
          GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
          GATEWAY_CREDENTIAL_HEADERKYE: 'typo-value-9',
          GATEWAY_PUBLIC: '1',
        },
        10_000,
      ),
    ).rejects.toThrow(/GATEWAY_CREDENTIAL_HEADERKYE names no security scheme.*GATEWAY_CREDENTIAL_HEADERKEY/);
  });

  it('refuses to start holding a per-scheme key without a caller check', async () => {
    await expect(
      spawnListening(
        GATEWAY_ENTRY,
        { GATEWAY_PORT: '0', GATEWAY_SPEC: specPath, GATEWAY_CREDENTIAL_BEARER: 'x-value-1' },
        10_000,
      ),
    ).rejects.toThrow(/callers are not checked.*GATEWAY_PUBLIC=1/);
  });
});

describe('the API the gateway forwards (health api)', () => {
  it('reports title, version and the digest the page computes for the same description', async () => {
    const res = await sendRequest(browserGateway.url, { path: '/_gateway/health' });
    const health = JSON.parse(res.body) as { api: { title: string; version: string; digest: string } };
    const pageDigest = await digestApi(normalizeApi(SPEC));
    expect(health.api).toEqual({ title: 'Schemes test', version: '4.2.0', digest: pageDigest });
  });

  it('digests the whole description, also when GATEWAY_OPERATIONS narrows what is forwarded', async () => {
    const [all, narrowed] = await Promise.all(
      [browserGateway, narrowGateway].map(async (g) =>
        JSON.parse((await sendRequest(g.url, { path: '/_gateway/health' })).body),
      ),
    );
    expect(narrowed.api.digest).toBe(all.api.digest);
    expect(narrowed.operations).toBe(1); // delete-share; svc-create shares POST / with svc-delete
    expect(all.operations).toBe(9);
  });
});

describe('path templates with a #fragment (AWS style)', () => {
  it('are matched by the path before # and forwarded with the query as sent', async () => {
    const res = await sendRequest(browserGateway.url, {
      method: 'DELETE',
      path: '/deleteresourceshare?resourceShareArn=arn%3Aaws%3Aram%3A1',
    });
    expect(res.status).toBe(200);
    expect(upstreamUrl()).toBe('/v1/deleteresourceshare?resourceShareArn=arn%3Aaws%3Aram%3A1');
  });

  it('two operations on one path (POST /#X-Amz-Target=…) both reach it', async () => {
    const res = await sendRequest(browserGateway.url, {
      method: 'POST',
      path: '/',
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(upstreamUrl()).toBe('/v1/');
  });

  it('narrowing keeps such a path only when every operation on it is kept (the request cannot say which)', async () => {
    expectRefused(
      await sendRequest(narrowGateway.url, {
        method: 'POST',
        path: '/',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      }),
      404,
      'operation_not_allowed',
    );
    const kept = await sendRequest(narrowGateway.url, {
      method: 'DELETE',
      path: '/deleteresourceshare?resourceShareArn=a',
    });
    expect(kept.status).toBe(200);
  });

  it('a fragment in the request-target itself is refused', async () => {
    const { rawHttp } = await import('../test-support/raw-http.ts');
    const res = await rawHttp(
      browserGateway.url,
      'DELETE /deleteresourceshare#resourceShareArn HTTP/1.1\r\nHost: g\r\nConnection: close\r\n\r\n',
    );
    expect(res.status).toBe(400);
    expect(recorder.requests).toHaveLength(0);
  });
});
