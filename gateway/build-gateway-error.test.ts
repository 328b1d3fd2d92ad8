import { describe, expect, it } from 'vitest';
import {
  GATEWAY_ERROR_CODES,
  GATEWAY_ERROR_STATUS,
  gatewayErrorBodySchema,
} from '../contract/gateway-contract.ts';
import { gatewayError } from './build-gateway-error.ts';

describe('gatewayError', () => {
  it('builds the JSON body and the x-gateway-error header', () => {
    const error = gatewayError('upstream_timeout', 'too slow');
    expect(error.status).toBe(504);
    expect(error.headers['x-gateway-error']).toBe('upstream_timeout');
    expect(JSON.parse(error.body)).toEqual({
      error: { type: 'gateway_error', code: 'upstream_timeout', message: 'too slow' },
    });
    expect(error.headers['content-length']).toBe(String(Buffer.byteLength(error.body)));
  });

  it('lets the caller pick 405 for operation_not_allowed', () => {
    expect(gatewayError('operation_not_allowed', 'x').status).toBe(404);
    expect(gatewayError('operation_not_allowed', 'x', 405).status).toBe(405);
  });

  it('maps every code to the documented status', () => {
    expect(GATEWAY_ERROR_STATUS).toMatchObject({
      origin_not_allowed: 403,
      path_not_allowed: 400,
      body_too_large: 413,
      rate_limited: 429,
      upstream_unreachable: 502,
      upstream_timeout: 504,
    });
  });
});

describe('gatewayError and the contract', () => {
  it('writes bodies the page reads with the contract schema, for every code', () => {
    for (const code of GATEWAY_ERROR_CODES) {
      const parsed = gatewayErrorBodySchema.safeParse(JSON.parse(gatewayError(code, 'why').body));
      expect(parsed.success, code).toBe(true);
      expect(parsed.data?.error.code).toBe(code);
    }
  });
});
