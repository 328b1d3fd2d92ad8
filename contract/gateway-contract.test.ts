import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  digestOperations,
  GATEWAY_ERROR_CODES,
  GATEWAY_ERROR_STATUS,
  gatewayErrorBodySchema,
  gatewayErrorKind,
  gatewayHealthSchema,
  isGatewayErrorCode,
  operationDigestLines,
} from './gateway-contract.ts';

describe('error codes', () => {
  it('gives every code a status in the 4xx/5xx range', () => {
    for (const code of GATEWAY_ERROR_CODES) {
      expect(GATEWAY_ERROR_STATUS[code], code).toBeGreaterThanOrEqual(400);
      expect(GATEWAY_ERROR_STATUS[code], code).toBeLessThan(600);
    }
  });

  it('names the hop: the API could not be reached, answered badly, or the gateway refused', () => {
    expect(gatewayErrorKind('upstream_unreachable')).toBe('unreachable');
    expect(gatewayErrorKind('upstream_timeout')).toBe('unreachable');
    expect(gatewayErrorKind('upstream_bad_response')).toBe('bad_answer');
    expect(gatewayErrorKind('path_not_allowed')).toBe('refused');
    expect(gatewayErrorKind('response_too_large')).toBe('refused');
  });

  it('treats a code it does not know (a newer gateway) as a refusal', () => {
    expect(isGatewayErrorCode('upstream_on_fire')).toBe(false);
    expect(gatewayErrorKind('upstream_on_fire')).toBe('refused');
    expect(isGatewayErrorCode('toString')).toBe(false);
    expect(gatewayErrorKind('__proto__')).toBe('refused');
  });
});

describe('gatewayErrorBodySchema', () => {
  it('accepts the gateway error shape, unknown codes included', () => {
    const body = { error: { type: 'gateway_error', code: 'upstream_on_fire', message: 'hot' } };
    expect(gatewayErrorBodySchema.safeParse(body).success).toBe(true);
  });

  it.each([
    [
      'an API error (no gateway_error type)',
      { error: { type: 'invalid_request_error', code: 'x', message: 'm' } },
    ],
    ['a missing message', { error: { type: 'gateway_error', code: 'bad_request' } }],
    ['an empty code', { error: { type: 'gateway_error', code: '', message: 'm' } }],
    ['no error object', { message: 'm' }],
  ])('refuses %s', (_name, body) => {
    expect(gatewayErrorBodySchema.safeParse(body).success).toBe(false);
  });
});

describe('gatewayHealthSchema', () => {
  const v1 = { status: 'ok', upstream: 'api.openai.com', credential: 'server', operations: 11 };

  it('accepts a v1 body and a v2 body', () => {
    expect(gatewayHealthSchema.safeParse(v1).success).toBe(true);
    const v2 = {
      ...v1,
      callerCheck: 'token',
      api: { title: 'OpenAI API', version: '2.3.0', digest: 'a'.repeat(64) },
    };
    expect(gatewayHealthSchema.safeParse(v2).success).toBe(true);
  });

  it.each([
    ['an unknown caller check', { ...v1, callerCheck: 'password' }],
    [
      'a digest that is not lowercase hex SHA-256',
      { ...v1, api: { title: 't', version: '1', digest: 'A'.repeat(64) } },
    ],
    ['a negative operation count', { ...v1, operations: -1 }],
    ['another credential holder', { ...v1, credential: 'both' }],
  ])('refuses %s', (_name, body) => {
    expect(gatewayHealthSchema.safeParse(body).success).toBe(false);
  });
});

describe('operation digest', () => {
  it('sorts, de-duplicates and upper-cases the lines, keeping templates as written', () => {
    expect(
      operationDigestLines([
        { method: 'post', path: '/items/{item_id}' },
        { method: 'GET', path: '/items/{item_id}' },
        { method: 'get', path: '/items/{item_id}' },
        { method: 'DELETE', path: '/deleteresourceshare#resourceShareArn' },
      ]),
    ).toBe('DELETE /deleteresourceshare#resourceShareArn\nGET /items/{item_id}\nPOST /items/{item_id}');
  });

  it('is the lowercase hex SHA-256 of those lines (Web Crypto agrees with node:crypto)', async () => {
    const operations = [
      { method: 'GET', path: '/organization/costs' },
      { method: 'GET', path: '/organization/usage/{kind}' },
    ];
    const expected = createHash('sha256').update(operationDigestLines(operations)).digest('hex');
    expect(await digestOperations(operations)).toBe(expected);
    expect(await digestOperations([])).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('does not depend on the order operations are listed in', async () => {
    const a = { method: 'GET', path: '/a' };
    const b = { method: 'PUT', path: '/b' };
    expect(await digestOperations([a, b])).toBe(await digestOperations([b, a]));
  });
});
