import { describe, expect, it } from 'vitest';
import { usageRequest } from '../history/fixtures/usage-request.ts';
import { withQueryParams } from './with-query-params.ts';

describe('withQueryParams', () => {
  it('replaces in place, keeps the rest in order, adds new names at the end', () => {
    const request = {
      ...usageRequest,
      query: [
        ['a', '1'],
        ['page', 'old'],
        ['b', '2'],
        ['page', 'older'],
      ] as [string, string][],
    };
    expect(
      withQueryParams(request, [
        ['page', 'new'],
        ['c', '3'],
      ]).query,
    ).toEqual([
      ['a', '1'],
      ['page', 'new'],
      ['b', '2'],
      ['c', '3'],
    ]);
    expect(request.query).toHaveLength(4);
  });

  it('carries repeated names over as they are', () => {
    expect(
      withQueryParams({ ...usageRequest, query: [] }, [
        ['ids', 'a'],
        ['ids', 'b'],
      ]).query,
    ).toEqual([
      ['ids', 'a'],
      ['ids', 'b'],
    ]);
  });
});
