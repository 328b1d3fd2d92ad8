import { describe, expect, it } from 'vitest';
import { anyOfScalars } from './fixtures/any-of-scalars.ts';
import { petWithMapping } from './fixtures/pet-with-mapping.ts';
import { requiredOnlyVariants } from './fixtures/required-only-variants.ts';
import { sharedBesideOneOf } from './fixtures/shared-beside-one-of.ts';
import { taggedContentPart } from './fixtures/tagged-content-part.ts';
import { pickVariant } from './pick-variant.ts';
import { switchVariant } from './switch-variant.ts';

const NOW = new Date(Date.UTC(2025, 0, 15, 12, 0, 0));

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

  it('moves between variants that only pick which sibling is required', () => {
    const first = switchVariant(requiredOnlyVariants, undefined, 0, NOW);
    expect(first).toEqual({ vector_store_ids: ['example'] });
    expect(pickVariant(requiredOnlyVariants, first)).toBe(0);
    const second = switchVariant(requiredOnlyVariants, first, 1, NOW);
    // The property that made it the first variant goes, or the value would match both.
    expect(second).toEqual({ vector_stores: [{ name: 'example' }] });
    expect(pickVariant(requiredOnlyVariants, second)).toBe(1);
    expect(pickVariant(requiredOnlyVariants, { vector_stores: [] })).toBe(1);
  });

  it('keeps hostile keys as data', () => {
    const value = JSON.parse('{"__proto__": {"x": 1}, "pet_type": "cat", "meows": true}');
    const next = switchVariant(petWithMapping, value, 1, NOW);
    expect(JSON.stringify(next)).toBe('{"__proto__":{"x":1},"pet_type":"dog","barks":0}');
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });
});
