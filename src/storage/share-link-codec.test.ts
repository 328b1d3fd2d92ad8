import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeShareParams, encodeShareParams } from './share-link-codec.ts';

const KEY = 'sk-admin-secret-123456';

describe('share link codec', () => {
  it('keeps only what differs from the defaults, arrays as repeated keys', () => {
    const query = encodeShareParams(
      {
        query__start_time: '1730419200',
        query__bucket_width: '1d',
        query__project_ids: ['a', 'b'],
        query__page: '',
      },
      { query__start_time: '', query__bucket_width: '1d', query__project_ids: [], query__page: '' },
      [],
    );
    expect(query).toBe('query__start_time=1730419200&query__project_ids=a&query__project_ids=b');
  });

  it('never carries a value that holds a current credential, nor files', () => {
    const query = encodeShareParams(
      { header__Authorization: `Bearer ${KEY}`, query__q: 'x', body__file: new Blob(['x']) },
      {},
      [KEY],
    );
    expect(query).toBe('query__q=x');
  });

  it('reads back only known fields; an emptied array stays empty', () => {
    const query = encodeShareParams({ a: [], b: 'two' }, { a: ['default'], b: '' }, []);
    expect(decodeShareParams(`${query}&evil=1`, ['a', 'b', 'c'], new Set(['a']))).toEqual({
      a: [],
      b: 'two',
    });
  });

  it('property: what goes in comes back', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 4 }), (text, items) => {
        const values = { s: text, list: items };
        const query = encodeShareParams(values, { s: '', list: [] }, []);
        const back = decodeShareParams(query, ['s', 'list'], new Set(['list']));
        expect({ s: back.s ?? '', list: back.list ?? [] }).toEqual(values);
      }),
    );
  });
});
