import { describe, expect, it } from 'vitest';
import { parseLocalRef, resolveRef } from './resolve-ref.ts';

const doc = {
  components: {
    schemas: { 'a/b': { type: 'string' }, 'm~n': { type: 'integer' }, 'with space': { type: 'boolean' } },
    parameters: { Limit: { name: 'limit', in: 'query' } },
  },
  list: [{ type: 'null' }, { type: 'number' }],
};

describe('parseLocalRef', () => {
  it('unescapes `~1` and `~0` after percent-decoding', () => {
    expect(parseLocalRef('#/components/schemas/a~1b')).toEqual(['components', 'schemas', 'a/b']);
    expect(parseLocalRef('#/components/schemas/m~0n')).toEqual(['components', 'schemas', 'm~n']);
    // `%7E1` decodes to `~1`, which then unescapes to `/` (RFC 6901 §6 order).
    expect(parseLocalRef('#/x/a%7E1b')).toEqual(['x', 'a/b']);
    expect(parseLocalRef('#/x/with%20space')).toEqual(['x', 'with space']);
  });

  it('rejects non-local and malformed references', () => {
    expect(parseLocalRef('other.yaml#/a')).toBeUndefined();
    expect(parseLocalRef('#anchor')).toBeUndefined();
    expect(parseLocalRef('#/bad%E0%A4%A')).toBeUndefined();
    expect(parseLocalRef('#')).toEqual([]);
  });
});

describe('resolveRef', () => {
  it('finds schemas and parameters, and names them by their last segment', () => {
    expect(resolveRef(doc, '#/components/schemas/a~1b')).toEqual({
      kind: 'found',
      value: { type: 'string' },
      name: 'a/b',
    });
    expect(resolveRef(doc, '#/components/schemas/with%20space')).toMatchObject({ kind: 'found' });
    expect(resolveRef(doc, '#/components/parameters/Limit')).toMatchObject({ value: { name: 'limit' } });
  });

  it('indexes arrays with plain decimal tokens only', () => {
    expect(resolveRef(doc, '#/list/1')).toMatchObject({ value: { type: 'number' } });
    expect(resolveRef(doc, '#/list/01').kind).toBe('missing');
    expect(resolveRef(doc, '#/list/length').kind).toBe('missing');
  });

  it('tells external references from missing ones', () => {
    expect(resolveRef(doc, 'common.yaml#/components/schemas/X')).toEqual({
      kind: 'external',
      ref: 'common.yaml#/components/schemas/X',
    });
    expect(resolveRef(doc, 'https://example.com/s.json').kind).toBe('external');
    expect(resolveRef(doc, '#/components/schemas/Nope').kind).toBe('missing');
  });

  it('never walks into inherited properties', () => {
    expect(resolveRef(doc, '#/components/constructor').kind).toBe('missing');
    expect(resolveRef(doc, '#/__proto__').kind).toBe('missing');
    expect(resolveRef(doc, '#/components/schemas/toString').kind).toBe('missing');
  });
});
