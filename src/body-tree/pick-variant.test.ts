import { describe, expect, it } from 'vitest';
import { anyOfScalars } from './fixtures/any-of-scalars.ts';
import { petWithMapping } from './fixtures/pet-with-mapping.ts';
import { sharedBesideOneOf } from './fixtures/shared-beside-one-of.ts';
import { taggedContentPart } from './fixtures/tagged-content-part.ts';
import { pickVariant } from './pick-variant.ts';

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
