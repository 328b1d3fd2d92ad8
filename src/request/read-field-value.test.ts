import { describe, expect, it } from 'vitest';
import type { FormField } from '../form/form-model.ts';
import { readFieldValue } from './read-field-value.ts';

const field = (overrides: Partial<FormField>): FormField => ({
  key: 'query__x',
  name: 'x',
  location: 'query',
  kind: 'string',
  required: false,
  deprecated: false,
  schema: {},
  unixSeconds: false,
  ...overrides,
});

describe('readFieldValue', () => {
  it('omits unset values of every kind', () => {
    expect(readFieldValue(field({ kind: 'string' }), '')).toBeUndefined();
    expect(readFieldValue(field({ kind: 'integer' }), undefined)).toBeUndefined();
    expect(readFieldValue(field({ kind: 'array', item: { kind: 'string' } }), ['', ''])).toBeUndefined();
    expect(readFieldValue(field({ kind: 'json' }), '  \n')).toBeUndefined();
    expect(readFieldValue(field({ kind: 'file' }), null)).toBeUndefined();
  });

  it('types numbers, booleans, enums and JSON for the SDK, keeping the wire text', () => {
    expect(readFieldValue(field({ kind: 'integer' }), ' 42 ')).toEqual({ wire: '42', typed: 42 });
    expect(readFieldValue(field({ kind: 'number' }), '1e3')).toEqual({ wire: '1e3', typed: 1000 });
    expect(readFieldValue(field({ kind: 'integer' }), '4x')).toEqual({ wire: '4x', typed: '4x' });
    expect(readFieldValue(field({ kind: 'boolean' }), 'false')).toEqual({ wire: 'false', typed: false });
    expect(readFieldValue(field({ kind: 'enum', schema: { enum: [1, 2] } }), '2')).toEqual({
      wire: '2',
      typed: 2,
    });
    expect(readFieldValue(field({ kind: 'json' }), '{"a": 1}')).toEqual({ wire: { a: 1 }, typed: { a: 1 } });
    expect(readFieldValue(field({ kind: 'json' }), '{"a": ')).toEqual({ wire: '{"a": ', typed: '{"a": ' });
    expect(
      readFieldValue(
        field({ kind: 'array', item: { kind: 'integer' }, schema: { items: { type: 'integer' } } }),
        ['1', '', 'x'],
      ),
    ).toEqual({ wire: ['1', 'x'], typed: [1, 'x'] });
  });

  it('reads values of the wrong shape without throwing', () => {
    expect(readFieldValue(field({ kind: 'string' }), ['a', 'b'])).toEqual({ wire: 'a,b', typed: 'a,b' });
    expect(readFieldValue(field({ kind: 'array', item: { kind: 'string' } }), 'solo')).toEqual({
      wire: ['solo'],
      typed: ['solo'],
    });
    expect(readFieldValue(field({ kind: 'file' }), 'not a file')).toBeUndefined();
  });
});
