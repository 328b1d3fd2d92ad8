import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldKey } from './field-key.ts';

describe('fieldKey', () => {
  it('keeps safe names readable after the location', () => {
    expect(fieldKey('query', 'start_time')).toBe('query__start_time');
    expect(fieldKey('header', 'start_time')).toBe('header__start_time');
  });

  it('encodes dots, brackets, spaces and non-ASCII so they never form a path', () => {
    expect(fieldKey('query', 'filter.name')).toBe('query_x_filter_2ename');
    expect(fieldKey('query', 'ids[]')).toBe('query_x_ids_5b_5d');
    expect(fieldKey('query', 'a b')).toBe('query_x_a_20b');
    expect(fieldKey('query', 'é')).toBe('query_x__c3_a9');
    expect(fieldKey('query', '\uD800')).not.toBe(fieldKey('query', '\uFFFD'));
  });

  it('gives distinct names distinct keys, made only of [A-Za-z0-9_]', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const keyA = fieldKey('query', a);
        expect(keyA).toMatch(/^[A-Za-z0-9_]+$/);
        if (a !== b) expect(keyA).not.toBe(fieldKey('query', b));
      }),
    );
  });
});
