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
