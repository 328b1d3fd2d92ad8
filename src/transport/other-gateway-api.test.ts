import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestApi, digestOperationsOf, otherGatewayApi } from './other-gateway-api.ts';

const api = {
  operations: [
    { method: 'get', path: '/organization/costs' },
    { method: 'delete', path: '/deleteresourceshare#resourceShareArn' },
  ],
} as Parameters<typeof digestApi>[0];

describe('gateway API check', () => {
  it('digests the loaded operations as the contract says: METHOD and template as written, sorted', async () => {
    expect(digestOperationsOf(api)).toEqual([
      { method: 'get', path: '/organization/costs' },
      { method: 'delete', path: '/deleteresourceshare#resourceShareArn' },
    ]);
    const lines = 'DELETE /deleteresourceshare#resourceShareArn\nGET /organization/costs';
    expect(await digestApi(api)).toBe(createHash('sha256').update(lines).digest('hex'));
  });

  it('names the gateway API only when the digests differ and both are known', () => {
    const theirs = { title: 'Other API', version: '2', digest: 'a'.repeat(64) };
    expect(otherGatewayApi('b'.repeat(64), theirs)).toEqual(theirs);
    expect(otherGatewayApi('a'.repeat(64), theirs)).toBeUndefined();
    expect(otherGatewayApi(undefined, theirs)).toBeUndefined();
    expect(otherGatewayApi('a'.repeat(64), undefined)).toBeUndefined();
  });
});
