import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeComponent, encodeQuery } from './encode-query.ts';

describe('encodeQuery', () => {
  it('percent-encodes everything but unreserved characters, keeping brackets of keys readable', () => {
    expect(
      encodeQuery([
        ['ids[]', 'a b'],
        ['filter[name]', 'x+y&z=1#[]'],
        ['q', "é!'()*~-._"],
      ]),
    ).toBe('ids[]=a%20b&filter[name]=x%2By%26z%3D1%23%5B%5D&q=%C3%A9%21%27%28%29%2A~-._');
    expect(encodeQuery([])).toBe('');
    expect(encodeQuery([['empty', '']])).toBe('empty=');
  });

  it('replaces lone surrogates instead of throwing', () => {
    expect(encodeComponent('a\uD800')).toBe('a%EF%BF%BD');
  });

  it('round-trips through URLSearchParams', () => {
    const wellFormed = fc.string({ unit: 'grapheme' });
    fc.assert(
      fc.property(fc.array(fc.tuple(wellFormed, wellFormed)), (pairs) => {
        expect([...new URLSearchParams(encodeQuery(pairs))]).toEqual(pairs);
      }),
    );
  });
});
