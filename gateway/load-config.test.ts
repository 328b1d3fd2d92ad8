import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.ts';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({}, '/repo', '/elsewhere');
    expect(config).toEqual({
      host: '127.0.0.1',
      port: 8787,
      upstreamUrl: new URL('https://api.openai.com/v1'),
      allowedOrigins: [
        'http://127.0.0.1:4173',
        'http://localhost:4173',
        'http://127.0.0.1:5173',
        'http://localhost:5173',
      ],
      specPath: '/repo/specs/openai-usage.yaml',
      timeoutMs: 30_000,
      maxBodyBytes: 1_048_576,
      maxResponseBytes: 52_428_800,
      callers: { kind: 'none', public: false },
      readOnly: false,
      limits: {
        headersTimeoutMs: 10_000,
        requestTimeoutMs: 30_000,
        keepAliveTimeoutMs: 5_000,
        maxConnections: 10_000,
        maxConnectionsPerClient: 64,
        maxHeaderBytes: 16_384,
        maxHeaders: 100,
      },
      metricsAccess: { kind: 'loopback' },
      rateLimitStore: { kind: 'memory' },
    });
  });

  it('reads the slow-client and header limits, refusing a head timeout longer than the request timeout', () => {
    const config = loadConfig(
      {
        GATEWAY_HEADERS_TIMEOUT_MS: '2000',
        GATEWAY_REQUEST_TIMEOUT_MS: '3000',
        GATEWAY_KEEP_ALIVE_TIMEOUT_MS: '400',
        GATEWAY_MAX_CONNECTIONS: '50',
        GATEWAY_MAX_CONNECTIONS_PER_CLIENT: '5',
        GATEWAY_MAX_HEADER_BYTES: '8192',
        GATEWAY_MAX_HEADERS: '40',
      },
      '/repo',
      '/cwd',
    );
    expect(config.limits).toEqual({
      headersTimeoutMs: 2000,
      requestTimeoutMs: 3000,
      keepAliveTimeoutMs: 400,
      maxConnections: 50,
      maxConnectionsPerClient: 5,
      maxHeaderBytes: 8192,
      maxHeaders: 40,
    });
    expect(() =>
      loadConfig({ GATEWAY_HEADERS_TIMEOUT_MS: '5000', GATEWAY_REQUEST_TIMEOUT_MS: '1000' }, '/r', '/c'),
    ).toThrow(/GATEWAY_REQUEST_TIMEOUT_MS/);
    expect(() => loadConfig({ GATEWAY_MAX_HEADERS: '3' }, '/r', '/c')).toThrow(/GATEWAY_MAX_HEADERS/);
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        GATEWAY_HOST: '0.0.0.0',
        GATEWAY_PORT: '0',
        GATEWAY_UPSTREAM_URL: 'http://127.0.0.1:8788/v1/',
        GATEWAY_ALLOWED_ORIGINS: ' https://docs.example , * ,',
        GATEWAY_CREDENTIAL: ' sk-admin-1 ',
        GATEWAY_SPEC: 'specs/x.json',
        GATEWAY_TIMEOUT_MS: '500',
        GATEWAY_MAX_BODY_BYTES: '10',
        GATEWAY_MAX_RESPONSE_BYTES: '20',
        GATEWAY_RATE_LIMIT: '60',
        GATEWAY_CALLER_TOKENS: 'caller-token-0123456789, caller-token-abcdefghij',
        GATEWAY_CALLER_TOKENS_FILE: 'tokens.sha256',
        GATEWAY_READ_ONLY: '1',
        GATEWAY_OPERATIONS: 'usage-*, list-models',
      },
      '/repo',
      '/cwd',
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      allowedOrigins: ['https://docs.example', '*'],
      credential: 'sk-admin-1',
      specPath: '/cwd/specs/x.json',
      timeoutMs: 500,
      maxBodyBytes: 10,
      maxResponseBytes: 20,
      rateLimitPerMinute: 60,
      callers: {
        kind: 'token',
        tokens: ['caller-token-0123456789', 'caller-token-abcdefghij'],
        tokensFile: '/cwd/tokens.sha256',
      },
      readOnly: true,
      operationGlobs: ['usage-*', 'list-models'],
    });
    expect(config.upstreamUrl.href).toBe('http://127.0.0.1:8788/v1');
  });

  it('treats an empty credential as none', () => {
    expect(loadConfig({ GATEWAY_CREDENTIAL: '  ' }, '/r', '/c').credential).toBeUndefined();
  });

  it.each([
    [{ GATEWAY_PORT: 'abc' }, /GATEWAY_PORT/],
    [{ GATEWAY_PORT: '70000' }, /GATEWAY_PORT/],
    [{ GATEWAY_TIMEOUT_MS: '0' }, /GATEWAY_TIMEOUT_MS/],
    [{ GATEWAY_RATE_LIMIT: '-1' }, /GATEWAY_RATE_LIMIT/],
    [{ GATEWAY_UPSTREAM_URL: 'not a url' }, /GATEWAY_UPSTREAM_URL/],
    [{ GATEWAY_UPSTREAM_URL: 'ftp://x/v1' }, /GATEWAY_UPSTREAM_URL/],
    [{ GATEWAY_UPSTREAM_URL: 'https://user:pw@x/v1' }, /userinfo/],
  ])('rejects %o', (env, message) => {
    expect(() => loadConfig(env, '/r', '/c')).toThrow(message);
  });

  it('never echoes the credential in its errors', () => {
    expect(() => loadConfig({ GATEWAY_CREDENTIAL: 'sk-leak\nme' }, '/r', '/c')).toThrow(
      /^(?!.*sk-leak).*GATEWAY_CREDENTIAL/,
    );
  });

  it('reads the Redis rate-limit store, never echoing its URL', () => {
    const url = 'redis://:hunter2-redis-password@127.0.0.1:6390/0';
    const config = loadConfig(
      { GATEWAY_RATE_LIMIT: '60', GATEWAY_RATE_LIMIT_REDIS_URL: url, GATEWAY_RATE_LIMIT_FAIL: 'closed' },
      '/r',
      '/c',
    );
    expect(config.rateLimitStore).toEqual({ kind: 'redis', url, failMode: 'closed', timeoutMs: 250 });
    for (const env of [
      { GATEWAY_RATE_LIMIT_REDIS_URL: url },
      { GATEWAY_RATE_LIMIT: '60', GATEWAY_RATE_LIMIT_REDIS_URL: 'http://:hunter2-redis-password@x' },
      { GATEWAY_RATE_LIMIT: '60', GATEWAY_RATE_LIMIT_REDIS_URL: url, GATEWAY_RATE_LIMIT_FAIL: 'maybe' },
    ]) {
      expect(() => loadConfig(env, '/r', '/c')).toThrow(/GATEWAY_RATE_LIMIT/);
      try {
        loadConfig(env, '/r', '/c');
      } catch (error) {
        expect(String(error)).not.toContain('hunter2');
      }
    }
  });
});

describe('loadConfig: who may call (secure by default)', () => {
  const JWT = {
    GATEWAY_JWT_JWKS_URL: 'https://login.example/.well-known/jwks.json',
    GATEWAY_JWT_ISSUER: 'https://login.example/',
    GATEWAY_JWT_AUDIENCE: 'tryit-gateway, docs',
  };

  it('refuses a server-held credential without a caller check, saying what to set', () => {
    let message = '';
    try {
      loadConfig({ GATEWAY_CREDENTIAL: 'sk-admin-not-printed' }, '/r', '/c');
    } catch (error) {
      message = (error as Error).message;
    }
    for (const name of ['GATEWAY_CALLER_TOKENS', 'GATEWAY_JWT_JWKS_URL', 'GATEWAY_PUBLIC=1']) {
      expect(message).toContain(name);
    }
    expect(message).not.toContain('sk-admin-not-printed');
  });

  it('lets the operator say GATEWAY_PUBLIC=1, and needs no caller check without a credential', () => {
    expect(loadConfig({ GATEWAY_CREDENTIAL: 'k', GATEWAY_PUBLIC: '1' }, '/r', '/c').callers).toEqual({
      kind: 'none',
      public: true,
    });
    expect(loadConfig({}, '/r', '/c').callers).toEqual({ kind: 'none', public: false });
  });

  it('reads a JWT check with its defaults', () => {
    const config = loadConfig({ GATEWAY_CREDENTIAL: 'k', ...JWT }, '/r', '/c');
    expect(config.callers).toEqual({
      kind: 'jwt',
      jwksUrl: new URL(JWT.GATEWAY_JWT_JWKS_URL),
      issuer: 'https://login.example/',
      audience: ['tryit-gateway', 'docs'],
      header: 'x-gateway-token',
      algorithms: ['RS256', 'ES256'],
      clockToleranceSeconds: 30,
      jwksCooldownMs: 30_000,
    });
  });

  it('reads the JWT header, algorithms, skew, cooldown and scopes', () => {
    const config = loadConfig(
      {
        ...JWT,
        GATEWAY_JWT_HEADER: 'Cf-Access-Jwt-Assertion',
        GATEWAY_JWT_ALGORITHMS: 'ES384, EdDSA',
        GATEWAY_JWT_CLOCK_SKEW_S: '5',
        GATEWAY_JWT_JWKS_COOLDOWN_MS: '100',
        GATEWAY_JWT_SCOPES: 'usage:read=usage-*; costs:read = usage-costs ,list-*;',
        GATEWAY_JWT_SCOPE_CLAIM: 'scp',
      },
      '/r',
      '/c',
    );
    expect(config.callers).toMatchObject({
      header: 'cf-access-jwt-assertion',
      algorithms: ['ES384', 'EdDSA'],
      clockToleranceSeconds: 5,
      jwksCooldownMs: 100,
      scopes: {
        claim: 'scp',
        operations: { 'usage:read': ['usage-*'], 'costs:read': ['usage-costs', 'list-*'] },
      },
    });
  });

  it('accepts plain http for a JWKS on the loopback interface only', () => {
    const local = { ...JWT, GATEWAY_JWT_JWKS_URL: 'http://127.0.0.1:9999/jwks' };
    expect(loadConfig(local, '/r', '/c').callers.kind).toBe('jwt');
    expect(() =>
      loadConfig({ ...JWT, GATEWAY_JWT_JWKS_URL: 'http://login.example/jwks' }, '/r', '/c'),
    ).toThrow(/https/);
  });

  it.each([
    [{ GATEWAY_CALLER_TOKENS: 'short' }, /token 1 is shorter than 16/],
    [{ GATEWAY_CALLER_TOKENS: 'long-enough-token-1, has space inside it' }, /token 2 .*visible ASCII/],
    [{ GATEWAY_CALLER_TOKENS: 'long-enough-token-1', ...JWT }, /not both/],
    [{ GATEWAY_PUBLIC: '1', GATEWAY_CALLER_TOKENS: 'long-enough-token-1' }, /contradicts/],
    [{ GATEWAY_PUBLIC: 'yes' }, /GATEWAY_PUBLIC must be 1 or 0/],
    [{ GATEWAY_READ_ONLY: 'true' }, /GATEWAY_READ_ONLY must be 1 or 0/],
    [{ GATEWAY_JWT_ISSUER: 'x' }, /GATEWAY_JWT_ISSUER needs GATEWAY_JWT_JWKS_URL/],
    [{ ...JWT, GATEWAY_JWT_ISSUER: '' }, /needs GATEWAY_JWT_ISSUER/],
    [{ ...JWT, GATEWAY_JWT_AUDIENCE: ' , ' }, /needs GATEWAY_JWT_AUDIENCE/],
    [{ ...JWT, GATEWAY_JWT_HEADER: 'Authorization' }, /must not be authorization/],
    [{ ...JWT, GATEWAY_JWT_HEADER: 'bad header' }, /not a header name/],
    [{ ...JWT, GATEWAY_JWT_ALGORITHMS: 'RS256,none' }, /none is not accepted/],
    [{ ...JWT, GATEWAY_JWT_ALGORITHMS: 'HS256' }, /HS256 is not accepted/],
    [{ ...JWT, GATEWAY_JWT_CLOCK_SKEW_S: '3600' }, /GATEWAY_JWT_CLOCK_SKEW_S/],
    [{ ...JWT, GATEWAY_JWT_SCOPES: 'usage:read' }, /GATEWAY_JWT_SCOPES/],
    [{ ...JWT, GATEWAY_JWT_JWKS_URL: 'jwks.json' }, /GATEWAY_JWT_JWKS_URL is not a URL/],
  ])('rejects %o', (env, message) => {
    expect(() => loadConfig(env, '/r', '/c')).toThrow(message);
  });

  it('never echoes a caller token in its errors', () => {
    expect(() => loadConfig({ GATEWAY_CALLER_TOKENS: 'tiny-secret' }, '/r', '/c')).toThrow(
      /^(?!.*tiny-secret).*GATEWAY_CALLER_TOKENS/,
    );
  });
});
