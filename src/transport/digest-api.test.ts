import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestApi, digestOperationsOf } from './digest-api.ts';

const api = {
  operations: [
    { method: 'get', path: '/organization/costs' },
    { method: 'delete', path: '/deleteresourceshare#resourceShareArn' },
  ],
} as Parameters<typeof digestApi>[0];

describe('digestApi', () => {
  it('digests the loaded operations as the contract says: METHOD and template as written, sorted', async () => {
    expect(digestOperationsOf(api)).toEqual([
      { method: 'get', path: '/organization/costs' },
      { method: 'delete', path: '/deleteresourceshare#resourceShareArn' },
    ]);
    const lines = 'DELETE /deleteresourceshare#resourceShareArn\nGET /organization/costs';
    expect(await digestApi(api)).toBe(createHash('sha256').update(lines).digest('hex'));
  });
});
