import { describe, expect, it } from 'vitest';
import {
  anyOfScalars,
  petWithMapping,
  sharedBesideOneOf,
  taggedContentPart,
} from './fixtures/body-schemas.ts';
import { pickVariant } from './pick-variant.ts';
import { switchVariant } from './switch-variant.ts';

const NOW = new Date(Date.UTC(2025, 0, 15, 12, 0, 0));

describe('pickVariant', () => {
  it('follows a discriminator mapping', () => {
    expect(pickVariant(petWithMapping, { pet_type: 'dog', meows: true })).toBe(1);
    expect(pickVariant(petWithMapping, { pet_type: 'cat', barks: 3 })).toBe(0);
  });

  it('follows a discriminator whose values are one-value enums', () => {
    expect(pickVariant(taggedContentPart, { type: 'image_url' })).toBe(1);
    expect(pickVariant(taggedContentPart, { type: 'text' })).toBe(0);
  });

  it('falls back to required and known keys when the tag is missing or unknown', () => {
    expect(pickVariant(petWithMapping, { barks: 2 })).toBe(1);
    expect(pickVariant(petWithMapping, { pet_type: 'bird', meows: false })).toBe(0);
    expect(pickVariant(sharedBesideOneOf, { id: 'x', code: 3 })).toBe(1);
  });

  it('picks anyOf scalars by JSON type', () => {
    expect(pickVariant(anyOfScalars, 'stop')).toBe(0);
    expect(pickVariant(anyOfScalars, ['a', 'b'])).toBe(1);
    expect(pickVariant(anyOfScalars, 7)).toBe(2);
    expect(pickVariant(anyOfScalars, undefined)).toBe(0);
  });

  it('keeps the preferred variant unless the value contradicts it', () => {
    const either = { oneOf: [{ type: 'string' }, { type: 'string', format: 'date' }] };
    expect(pickVariant(either, '2025-01-01')).toBe(0);
    expect(pickVariant(either, '2025-01-01', 1)).toBe(1);
    expect(pickVariant(anyOfScalars, ['a'], 0)).toBe(1);
    expect(pickVariant(petWithMapping, { pet_type: 'cat', meows: true }, 1)).toBe(0);
  });

  it('returns 0 for a schema without variants', () => {
    expect(pickVariant({ type: 'string' }, 'x')).toBe(0);
  });
});

describe('switchVariant', () => {
  it('keeps properties both variants declare, drops the old ones, fills the new required ones', () => {
    const cat = { pet_type: 'cat', name: 'Tom', meows: true };
    const dog = switchVariant(petWithMapping, cat, 1, NOW);
    expect(dog).toEqual({ pet_type: 'dog', name: 'Tom', barks: 0 });
    expect(pickVariant(petWithMapping, dog)).toBe(1);
    expect(switchVariant(petWithMapping, { name: 'Rex' }, 1, NOW)).toEqual({
      pet_type: 'dog',
      name: 'Rex',
      barks: 0,
    });
    expect(Object.keys(switchVariant(petWithMapping, { name: 'Rex' }, 0, NOW) as object)).toEqual([
      'pet_type',
      'name',
      'meows',
    ]);
  });

  it('rewrites a tag that contradicts the new variant', () => {
    const next = switchVariant(taggedContentPart, { type: 'text', text: 'hi' }, 1, NOW);
    expect(next).toEqual({ type: 'image_url', image_url: { url: 'https://example.com' } });
    expect(pickVariant(taggedContentPart, next)).toBe(1);
  });

  it('keeps keys no variant knows, in place', () => {
    const next = switchVariant(sharedBesideOneOf, { extra: 1, id: 'a', name: 'n', zzz: true }, 1, NOW);
    expect(next).toEqual({ extra: 1, id: 'a', zzz: true, code: 1 });
    expect(Object.keys(next as object)).toEqual(['extra', 'id', 'zzz', 'code']);
  });

  it('carries a scalar into a list and back, and samples what does not fit', () => {
    expect(switchVariant(anyOfScalars, 'END', 1, NOW)).toEqual(['END']);
    expect(switchVariant(anyOfScalars, ['END', 'STOP'], 0, NOW)).toBe('END');
    expect(switchVariant(anyOfScalars, 'END', 2, NOW)).toBe(1);
    expect(switchVariant(anyOfScalars, undefined, 0, NOW)).toBe('example');
  });

  it('round-trips through pickVariant for every variant of each fixture', () => {
    for (const schema of [petWithMapping, taggedContentPart, anyOfScalars, sharedBesideOneOf]) {
      for (const index of [0, 1]) {
        const next = switchVariant(schema, undefined, index, NOW);
        expect(pickVariant(schema, next, index)).toBe(index);
      }
    }
  });

  it('leaves a value alone for a schema without variants or an index out of range', () => {
    const value = { a: 1 };
    expect(switchVariant({ type: 'object' }, value, 0, NOW)).toBe(value);
    expect(switchVariant(petWithMapping, value, 5, NOW)).toBe(value);
  });

  it('keeps hostile keys as data', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "pet_type": "cat", "meows": true}');
    const next = switchVariant(petWithMapping, value, 1, NOW);
    expect(JSON.stringify(next)).toBe('{"__proto__":{"x":1},"pet_type":"dog","barks":0}');
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });
});
