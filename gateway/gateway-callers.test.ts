import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { base64url, type CryptoKey, exportJWK, generateKeyPair, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeServer } from '../node-support/close-server.ts';
import { listenOn } from '../node-support/listen-on.ts';
import {
  createRecordingUpstream,
  type RecordingUpstream,
} from '../test-support/create-recording-upstream.ts';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { freePort } from '../test-support/free-port.ts';
import { type SentResponse, sendRequest } from '../test-support/send-request.ts';
import { type ListeningProcess, spawnListening } from '../test-support/spawn-listening.ts';

// Who may use a key-holding gateway (issue 13): real gateway processes in front of a recording upstream, a
// JWKS server on 127.0.0.1 with keys made here. Every refusal also checks that the upstream received nothing.

// Fakes, shaped unlike real keys so that secret scanners stay quiet.
const CREDENTIAL = 'test-server-held-credential-7b1e04c9aa';
const TOKEN_A = 'caller-token-alpha-5c2f9e81d3';
const TOKEN_B = 'caller-token-bravo-0a6d47e2b9';
const APP_ORIGIN = 'http://app.example';
const ISSUER = 'https://login.test.example/';
const AUDIENCE = 'tryit-gateway';
const SPEC = {
  openapi: '3.1.0',
  info: { title: 'callers test', version: '1' },
  paths: {
    '/organization/costs': { get: { operationId: 'usage-costs' } },
    '/organization/usage/completions': { get: { operationId: 'usage-completions' } },
    '/users/me': { get: { operationId: 'get-me' } },
    '/users/{id}': { get: { operationId: 'get-user' } },
    '/items/{id}': {
      post: {
        operationId: 'create-item',
        // Declared by the description, yet the caller's proof never goes upstream.
        parameters: [
          { name: 'X-Gateway-Token', in: 'header', schema: { type: 'string' } },
          { name: 'Cf-Access-Jwt-Assertion', in: 'header', schema: { type: 'string' } },
        ],
      },
    },
  },
};

interface Jwks {
  url: string;
  keys: JWK[];
  fetches: number;
  close(): Promise<void>;
}

async function startJwks(): Promise<Jwks> {
  const jwks: Jwks = { url: '', keys: [], fetches: 0, close: async () => {} };
  const server = http.createServer((_req, res) => {
    jwks.fetches += 1;
    const body = JSON.stringify({ keys: jwks.keys });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  jwks.url = `${await listenOn(server, '127.0.0.1', 0)}/.well-known/jwks.json`;
  jwks.close = () => closeServer(server);
  return jwks;
}

interface SigningKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

async function makeKey(kid: string, alg: 'RS256' | 'ES256' | 'RS512'): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { kid, alg, privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

const now = () => Math.floor(Date.now() / 1000);

interface Claims {
  iss?: string;
  aud?: string;
  sub?: string;
  exp?: number;
  nbf?: number;
  scope?: string;
}

const issued: string[] = [];
async function jwt(
  key: SigningKey,
  claims: Claims = {},
  header: Record<string, unknown> = {},
): Promise<string> {
  const { iss = ISSUER, aud = AUDIENCE, sub = 'alice', exp = now() + 300, ...rest } = claims;
  const token = await new SignJWT({ ...rest })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, ...header })
    .setIssuer(iss)
    .setAudience(aud)
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(exp)
    .sign(key.privateKey);
  issued.push(token);
  return token;
}

/** An unsigned token (`alg: none`), as an attacker would write it by hand. */
function unsignedJwt(kid: string): string {
  const part = (value: unknown) => base64url.encode(JSON.stringify(value));
  const token = `${part({ alg: 'none', kid })}.${part({ iss: ISSUER, aud: AUDIENCE, sub: 'mallory', exp: now() + 300 })}.`;
  issued.push(token);
  return token;
}

let recorder: RecordingUpstream;
let jwks: Jwks;
let keyOne: SigningKey;
let keyTwo: SigningKey;
let impostor: SigningKey;
let unlisted: SigningKey;
let dir: string;
let tokenGateway: ListeningProcess; // tokens from the env and from a hashes file
let rateGateway: ListeningProcess; // tokens, rate limit 2 per minute
let narrowGateway: ListeningProcess; // public, read-only, GATEWAY_OPERATIONS
let jwtGateway: ListeningProcess; // JWT in X-Gateway-Token, scopes
let headerGateway: ListeningProcess; // JWT in Cf-Access-Jwt-Assertion
let keylessJwtGateway: ListeningProcess; // JWKS URL where nothing listens

beforeAll(async () => {
  [recorder, jwks] = await Promise.all([createRecordingUpstream(), startJwks()]);
  [keyOne, keyTwo, impostor, unlisted] = await Promise.all([
    makeKey('key-one', 'RS256'),
    makeKey('key-two', 'ES256'),
    makeKey('key-one', 'RS256'),
    makeKey('key-unlisted', 'RS256'),
  ]);
  jwks.keys = [keyOne.publicJwk];
  dir = mkdtempSync(path.join(tmpdir(), 'gateway-callers-'));
  const specPath = path.join(dir, 'spec.json');
  writeFileSync(specPath, JSON.stringify(SPEC));
  const tokensFile = path.join(dir, 'tokens.sha256');
  writeFileSync(tokensFile, `# callers\n${createHash('sha256').update(TOKEN_B).digest('hex')} bravo-team\n`);
  const base = {
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
    GATEWAY_CREDENTIAL: CREDENTIAL,
    GATEWAY_SPEC: specPath,
    GATEWAY_ALLOWED_ORIGINS: APP_ORIGIN,
  };
  const jwtBase = {
    ...base,
    GATEWAY_JWT_JWKS_URL: jwks.url,
    GATEWAY_JWT_ISSUER: ISSUER,
    GATEWAY_JWT_AUDIENCE: AUDIENCE,
    GATEWAY_JWT_JWKS_COOLDOWN_MS: '200',
  };
  [tokenGateway, rateGateway, narrowGateway, jwtGateway, headerGateway, keylessJwtGateway] =
    await Promise.all([
      spawnListening(GATEWAY_ENTRY, {
        ...base,
        GATEWAY_CALLER_TOKENS: TOKEN_A,
        GATEWAY_CALLER_TOKENS_FILE: tokensFile,
      }),
      spawnListening(GATEWAY_ENTRY, {
        ...base,
        GATEWAY_CALLER_TOKENS: `${TOKEN_A},${TOKEN_B}`,
        GATEWAY_RATE_LIMIT: '2',
      }),
      spawnListening(GATEWAY_ENTRY, {
        ...base,
        GATEWAY_PUBLIC: '1',
        GATEWAY_READ_ONLY: '1',
        GATEWAY_OPERATIONS: 'usage-*,get-user,create-item',
      }),
      spawnListening(GATEWAY_ENTRY, {
        ...jwtBase,
        GATEWAY_JWT_SCOPES: 'usage:read=usage-*;users:read=get-user',
      }),
      spawnListening(GATEWAY_ENTRY, { ...jwtBase, GATEWAY_JWT_HEADER: 'Cf-Access-Jwt-Assertion' }),
      spawnListening(GATEWAY_ENTRY, {
        ...jwtBase,
        GATEWAY_JWT_JWKS_URL: `http://127.0.0.1:${await freePort()}/jwks.json`,
      }),
    ]);
}, 60_000);

afterAll(async () => {
  await Promise.all(
    [tokenGateway, rateGateway, narrowGateway, jwtGateway, headerGateway, keylessJwtGateway].map((g) =>
      g?.stop(),
    ),
  );
  await Promise.all([recorder?.close(), jwks?.close()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 20_000);

beforeEach(() => recorder.reset());

const COSTS = '/organization/costs?start_time=1';

function get(gateway: ListeningProcess, headers: Record<string, string> = {}, target = COSTS) {
  return sendRequest(gateway.url, { path: target, headers });
}

function expectRefused(res: SentResponse, status: number, code: string, message?: RegExp): void {
  expect(res.status).toBe(status);
  expect(res.headers['x-gateway-error']).toBe(code);
  const body = JSON.parse(res.body) as { error: { type: string; code: string; message: string } };
  expect(body.error).toMatchObject({ type: 'gateway_error', code });
  if (message) expect(body.error.message).toMatch(message);
  expect(recorder.requests).toHaveLength(0);
}

function expectForwarded(res: SentResponse): void {
  expect(res.status).toBe(200);
  expect(recorder.requests).toHaveLength(1);
  const headers = recorder.requests[0]?.headers ?? {};
  expect(headers.authorization).toBe(`Bearer ${CREDENTIAL}`);
  expect(headers['x-gateway-token']).toBeUndefined();
  expect(headers['cf-access-jwt-assertion']).toBeUndefined();
}

describe('caller tokens', () => {
  it('no token → 401 caller_unauthenticated, with CORS for the page and WWW-Authenticate', async () => {
    const res = await get(tokenGateway, { origin: APP_ORIGIN });
    expectRefused(res, 401, 'caller_unauthenticated', /X-Gateway-Token/);
    expect(res.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(res.headers['www-authenticate']).toMatch(/X-Gateway-Token/);
  });

  it.each([
    ['a wrong token', { 'x-gateway-token': 'caller-token-alpha-5c2f9e81d4' }],
    ['a prefix of the token', { 'x-gateway-token': TOKEN_A.slice(0, 12) }],
    ['the token as Authorization: Bearer', { authorization: `Bearer ${TOKEN_A}` }],
    ['the token as a bare Authorization', { authorization: TOKEN_A }],
    [
      'the SHA-256 of a known token instead of the token',
      { 'x-gateway-token': createHash('sha256').update(TOKEN_B).digest('hex') },
    ],
  ])('%s → 401 caller_unauthenticated', async (_name, headers) => {
    expectRefused(await get(tokenGateway, headers), 401, 'caller_unauthenticated');
  });

  it('a token from GATEWAY_CALLER_TOKENS is let in; the upstream gets the server key and never the token', async () => {
    expectForwarded(
      await get(tokenGateway, { 'x-gateway-token': TOKEN_A, authorization: 'Bearer browser-key' }),
    );
  });

  it('a token whose hash is in GATEWAY_CALLER_TOKENS_FILE is let in', async () => {
    expectForwarded(await get(tokenGateway, { 'x-gateway-token': TOKEN_B }));
  });

  it('a description that declares X-Gateway-Token as a parameter still never gets it forwarded', async () => {
    const res = await sendRequest(tokenGateway.url, {
      method: 'POST',
      path: '/items/7',
      headers: { 'x-gateway-token': TOKEN_A, 'content-type': 'application/json' },
      body: '{}',
    });
    expectForwarded(res);
  });

  it('every refusal reaches nothing upstream, whatever the path: unknown operations are refused as callers first', async () => {
    expectRefused(await get(tokenGateway, {}, '/organization/admin_api_keys'), 401, 'caller_unauthenticated');
    expectRefused(await get(tokenGateway, {}, '/users/%2e%2e/admin'), 401, 'caller_unauthenticated');
  });

  it('preflights allow X-Gateway-Token (browsers send no credentials on a preflight, so none is asked)', async () => {
    const res = await sendRequest(tokenGateway.url, {
      method: 'OPTIONS',
      path: COSTS,
      headers: {
        origin: APP_ORIGIN,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'x-gateway-token, authorization, x-other',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-headers']).toBe('x-gateway-token, authorization');
    expect(recorder.requests).toHaveLength(0);
  });

  it('health needs no token and says the caller check is "token", never a secret', async () => {
    const res = await get(tokenGateway, {}, '/_gateway/health');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      status: 'ok',
      upstream: new URL(recorder.url).host,
      credential: 'server',
      operations: 5,
      callerCheck: 'token',
      api: { title: 'callers test', version: '1', digest: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
    expect(res.body).not.toContain(TOKEN_A);
  });

  it('logs the caller by hash prefix or label, never by token', async () => {
    await get(tokenGateway, { 'x-gateway-token': TOKEN_A });
    await get(tokenGateway, { 'x-gateway-token': TOKEN_B });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const hashA = createHash('sha256').update(TOKEN_A).digest('hex');
    const records = accessRecords(tokenGateway.output());
    expect(records).toContainEqual(
      expect.objectContaining({
        method: 'GET',
        path: '/organization/costs?start_time=1',
        status: 200,
        caller: `token:${hashA.slice(0, 12)}`,
      }),
    );
    expect(records).toContainEqual(expect.objectContaining({ status: 200, caller: 'token:bravo-team' }));
    // A refused caller has no id to log.
    const refused = records.filter((record) => record.status === 401);
    expect(refused.length).toBeGreaterThan(0);
    for (const record of refused) expect(record.caller).toBeUndefined();
  });
});

describe('rate limit per caller', () => {
  it('each token has its own budget; callers without a valid token share their IP budget', async () => {
    const statuses = async (headers: Record<string, string>, count: number) => {
      const out: number[] = [];
      for (let i = 0; i < count; i++) out.push((await get(rateGateway, headers)).status);
      return out;
    };
    expect(await statuses({ 'x-gateway-token': TOKEN_A }, 3)).toEqual([200, 200, 429]);
    expect(await statuses({ 'x-gateway-token': TOKEN_B }, 2)).toEqual([200, 200]);
    expect(await statuses({ 'x-gateway-token': 'guessing-a-token-000001' }, 3)).toEqual([401, 401, 429]);
    expect(recorder.requests).toHaveLength(4);
  });
});

describe('narrower keys: GATEWAY_READ_ONLY and GATEWAY_OPERATIONS', () => {
  it('read-only: a described POST → 405 operation_not_allowed saying why', async () => {
    const res = await sendRequest(narrowGateway.url, {
      method: 'POST',
      path: '/items/1',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expectRefused(res, 405, 'operation_not_allowed', /read-only/);
    expect(res.headers.allow).toBe('');
  });

  it('an operation outside GATEWAY_OPERATIONS → 404, even where a kept template (/users/{id}) would fit the path', async () => {
    expectRefused(
      await get(narrowGateway, {}, '/users/me'),
      404,
      'operation_not_allowed',
      /get-me.*GATEWAY_OPERATIONS/,
    );
  });

  it('kept operations are forwarded', async () => {
    expect((await get(narrowGateway, {}, '/users/42')).status).toBe(200);
    expect((await get(narrowGateway)).status).toBe(200);
    expect(recorder.requests).toHaveLength(2);
  });

  it('health counts the operations forwarded', async () => {
    const health = JSON.parse((await get(narrowGateway, {}, '/_gateway/health')).body) as {
      operations: number;
    };
    // usage-costs, usage-completions, get-user (create-item is a POST: read-only drops it).
    expect(health.operations).toBe(3);
  });
});

describe('JWT callers', () => {
  it('a valid token → forwarded; the log names its subject, never the token', async () => {
    const token = await jwt(keyOne, { scope: 'usage:read' });
    expectForwarded(await get(jwtGateway, { 'x-gateway-token': token }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(accessRecords(jwtGateway.output())).toContainEqual(
      expect.objectContaining({ status: 200, caller: 'sub:alice' }),
    );
  });

  it('health says the caller check is "jwt"', async () => {
    expect(JSON.parse((await get(jwtGateway, {}, '/_gateway/health')).body)).toMatchObject({
      callerCheck: 'jwt',
    });
  });

  it('no token → 401', async () => {
    expectRefused(
      await get(jwtGateway),
      401,
      'caller_unauthenticated',
      /signed JWT in the x-gateway-token header/,
    );
  });

  it('alg: none → 401', async () => {
    expectRefused(
      await get(jwtGateway, { 'x-gateway-token': unsignedJwt('key-one') }),
      401,
      'caller_unauthenticated',
    );
  });

  it('HS256 (an algorithm the gateway does not accept), keyed with the public key text → 401', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(keyOne.publicJwk));
    const token = await new SignJWT({ scope: 'usage:read' })
      .setProtectedHeader({ alg: 'HS256', kid: 'key-one' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject('mallory')
      .setExpirationTime(now() + 300)
      .sign(secret);
    issued.push(token);
    expectRefused(
      await get(jwtGateway, { 'x-gateway-token': token }),
      401,
      'caller_unauthenticated',
      /algorithm/,
    );
  });

  it('RS512, asymmetric but not configured → 401', async () => {
    const rs512 = await makeKey('key-rs512', 'RS512');
    jwks.keys = [keyOne.publicJwk, rs512.publicJwk];
    try {
      const token = await jwt(rs512, { scope: 'usage:read' });
      expectRefused(
        await get(jwtGateway, { 'x-gateway-token': token }),
        401,
        'caller_unauthenticated',
        /algorithm/,
      );
    } finally {
      jwks.keys = [keyOne.publicJwk];
    }
  });

  it('signed by another key under the same kid → 401 bad signature', async () => {
    const token = await jwt(impostor, { scope: 'usage:read' });
    expectRefused(
      await get(jwtGateway, { 'x-gateway-token': token }),
      401,
      'caller_unauthenticated',
      /signature/,
    );
  });

  it('a valid token whose claims were edited afterwards → 401 bad signature', async () => {
    const [head, , signature] = (await jwt(keyOne, { scope: 'usage:read' })).split('.');
    const forged = base64url.encode(
      JSON.stringify({ iss: ISSUER, aud: AUDIENCE, sub: 'admin', exp: now() + 300, scope: 'usage:read' }),
    );
    const token = `${head}.${forged}.${signature}`;
    issued.push(token);
    expectRefused(
      await get(jwtGateway, { 'x-gateway-token': token }),
      401,
      'caller_unauthenticated',
      /signature/,
    );
  });

  it('expired (beyond the 30 s skew) → 401; expired within the skew → still valid', async () => {
    const old = await jwt(keyOne, { exp: now() - 120, scope: 'usage:read' });
    expectRefused(
      await get(jwtGateway, { 'x-gateway-token': old }),
      401,
      'caller_unauthenticated',
      /expired/,
    );
    const recent = await jwt(keyOne, { exp: now() - 5, scope: 'usage:read' });
    expectForwarded(await get(jwtGateway, { 'x-gateway-token': recent }));
  });

  it('not yet valid (nbf beyond the skew) → 401', async () => {
    const early = await jwt(keyOne, { nbf: now() + 600, scope: 'usage:read' });
    expectRefused(
      await get(jwtGateway, { 'x-gateway-token': early }),
      401,
      'caller_unauthenticated',
      /not valid yet/,
    );
  });

  it('wrong issuer → 401; wrong audience → 401', async () => {
    const iss = await jwt(keyOne, { iss: 'https://evil.example/', scope: 'usage:read' });
    expectRefused(await get(jwtGateway, { 'x-gateway-token': iss }), 401, 'caller_unauthenticated', /issuer/);
    const aud = await jwt(keyOne, { aud: 'another-service', scope: 'usage:read' });
    expectRefused(
      await get(jwtGateway, { 'x-gateway-token': aud }),
      401,
      'caller_unauthenticated',
      /audience/,
    );
  });

  it('a kid the key set does not have → 401', async () => {
    const token = await jwt(unlisted, { scope: 'usage:read' });
    expectRefused(
      await get(jwtGateway, { 'x-gateway-token': token }),
      401,
      'caller_unauthenticated',
      /no key/,
    );
  });

  it('the JWT in Authorization instead of X-Gateway-Token → 401', async () => {
    const token = await jwt(keyOne, { scope: 'usage:read' });
    expectRefused(await get(jwtGateway, { authorization: `Bearer ${token}` }), 401, 'caller_unauthenticated');
  });

  it('a rotated key (new kid) makes the gateway fetch the key set again, once, and the token passes', async () => {
    // Warm the cache with key one, then publish key two.
    expectForwarded(await get(jwtGateway, { 'x-gateway-token': await jwt(keyOne, { scope: 'usage:read' }) }));
    recorder.reset();
    jwks.keys = [keyOne.publicJwk, keyTwo.publicJwk];
    await new Promise((resolve) => setTimeout(resolve, 300)); // past GATEWAY_JWT_JWKS_COOLDOWN_MS (200)
    const before = jwks.fetches;
    expectForwarded(await get(jwtGateway, { 'x-gateway-token': await jwt(keyTwo, { scope: 'usage:read' }) }));
    expect(jwks.fetches).toBe(before + 1);
    recorder.reset();
    // Cached now: the next token of key two costs no fetch.
    expectForwarded(await get(jwtGateway, { 'x-gateway-token': await jwt(keyTwo, { scope: 'usage:read' }) }));
    expect(jwks.fetches).toBe(before + 1);
  });

  it('scopes: an operation outside the token scopes → 403 caller_forbidden; no scope at all → 403', async () => {
    const usage = await jwt(keyOne, { scope: 'usage:read' });
    expectRefused(
      await get(jwtGateway, { 'x-gateway-token': usage }, '/users/7'),
      403,
      'caller_forbidden',
      /get-user/,
    );
    const none = await jwt(keyOne);
    expectRefused(await get(jwtGateway, { 'x-gateway-token': none }), 403, 'caller_forbidden');
    const both = await jwt(keyOne, { scope: 'usage:read users:read' });
    expectForwarded(await get(jwtGateway, { 'x-gateway-token': both }, '/users/7'));
  });

  it('a key set that cannot be fetched → 503 caller_check_unavailable, nothing upstream', async () => {
    const token = await jwt(keyOne, { scope: 'usage:read' });
    expectRefused(
      await get(keylessJwtGateway, { 'x-gateway-token': token }),
      503,
      'caller_check_unavailable',
    );
  });

  it('GATEWAY_JWT_HEADER: the JWT comes in Cf-Access-Jwt-Assertion, is never forwarded, X-Gateway-Token is not read', async () => {
    const token = await jwt(keyOne);
    expectRefused(
      await get(headerGateway, { 'x-gateway-token': token }),
      401,
      'caller_unauthenticated',
      /cf-access-jwt-assertion/,
    );
    const res = await sendRequest(headerGateway.url, {
      method: 'POST',
      path: '/items/3',
      headers: { 'cf-access-jwt-assertion': token, 'content-type': 'application/json' },
      body: '{}',
    });
    expectForwarded(res);
  });
});

describe('start-up', () => {
  it('a server-held credential without a caller check refuses to start, saying what to set, not the key', async () => {
    let message = '';
    try {
      const started = await spawnListening(
        GATEWAY_ENTRY,
        { GATEWAY_PORT: '0', GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`, GATEWAY_CREDENTIAL: CREDENTIAL },
        10_000,
      );
      await started.stop();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/exited \(1\) before listening/);
    expect(message).toMatch(/GATEWAY_CALLER_TOKENS/);
    expect(message).toMatch(/GATEWAY_JWT_JWKS_URL/);
    expect(message).toMatch(/GATEWAY_PUBLIC=1/);
    expect(message).not.toContain(CREDENTIAL);
  });

  it('says which mode it runs in: public with a key gets a warning line', () => {
    const startLine = (output: string) =>
      logRecords(output).find((record) => String(record.msg).includes('listening on'));
    expect(startLine(narrowGateway.output())).toMatchObject({
      credential: 'server',
      callers: 'anyone (GATEWAY_PUBLIC=1)',
    });
    expect(logRecords(narrowGateway.output())).toContainEqual(
      expect.objectContaining({ level: 'warn', msg: expect.stringMatching(/^GATEWAY_PUBLIC=1: anyone/) }),
    );
    expect(startLine(tokenGateway.output())).toMatchObject({
      callers: expect.stringMatching(/^gateway access token/),
    });
    expect(startLine(headerGateway.output())).toMatchObject({
      callers: expect.stringMatching(/^JWT in cf-access-jwt-assertion/),
    });
  });
});

describe('secrets', () => {
  it('no gateway ever printed a caller token, a JWT or the server key (after every request above)', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const outputs = [
      tokenGateway,
      rateGateway,
      narrowGateway,
      jwtGateway,
      headerGateway,
      keylessJwtGateway,
    ].map((g) => g.output());
    expect(issued.length).toBeGreaterThan(15);
    for (const output of outputs) {
      expect(output).toContain('listening on');
      for (const secret of [CREDENTIAL, TOKEN_A, TOKEN_B, ...issued]) expect(output).not.toContain(secret);
      // Nor a JWT's signature on its own.
      for (const token of issued) {
        const signature = token.split('.')[2];
        if (signature) expect(output).not.toContain(signature);
      }
    }
  });

  it("metrics count the callers' requests without a token, a JWT or a caller id in them", async () => {
    for (const gateway of [tokenGateway, rateGateway, jwtGateway, headerGateway]) {
      const res = await sendRequest(gateway.url, { path: '/_gateway/metrics' });
      expect(res.status).toBe(200);
      // The counts are there (by operation, status and code)...
      expect(res.body).toMatch(/^tryit_gateway_requests_total\{.*status="200".*\} [1-9]/m);
      expect(res.body).toMatch(/code="caller_unauthenticated"/);
      // ...but not who sent them, nor their proof.
      for (const secret of [CREDENTIAL, TOKEN_A, TOKEN_B, ...issued]) expect(res.body).not.toContain(secret);
      expect(res.body).not.toMatch(/token:|sub:|bravo-team|alice/);
    }
  });
});

/** The JSON lines a gateway process logged (pino), skipping anything else it printed. */
function logRecords(output: string): Record<string, unknown>[] {
  const records: Record<string, unknown>[] = [];
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      records.push(JSON.parse(line) as Record<string, unknown>);
    } catch {
      // Half a line (the process is still writing): not a record yet.
    }
  }
  return records;
}

/** Its access records: the log lines about one request each. */
function accessRecords(output: string): Record<string, unknown>[] {
  return logRecords(output).filter((record) => typeof record.status === 'number');
}
