import { describe, expect, it } from 'vitest';
import { flattenSchema } from './flatten-schema.ts';

describe('flattenSchema', () => {
  it('merges allOf members, own keywords winning, properties and required combined', () => {
    expect(
      flattenSchema({
        description: 'Own',
        allOf: [
          { type: 'object', description: 'A', properties: { a: { type: 'string' } }, required: ['a'] },
          { allOf: [{ properties: { b: { type: 'integer' } }, required: ['b', 'a'] }] },
        ],
      }),
    ).toEqual({
      type: 'object',
      description: 'Own',
      properties: { a: { type: 'string' }, b: { type: 'integer' } },
      required: ['a', 'b'],
    });
  });

  it('reduces nullable forms to the non-null schema', () => {
    expect(flattenSchema({ type: 'string', nullable: true })).toEqual({ type: 'string' });
    expect(flattenSchema({ type: ['null', 'number'] })).toEqual({ type: 'number' });
    expect(flattenSchema({ type: ['string', 'integer', 'null'] })).toEqual({ type: ['string', 'integer'] });
    expect(flattenSchema({ type: 'string', enum: ['a', null] })).toEqual({ type: 'string', enum: ['a'] });
    expect(
      flattenSchema({ description: 'D', anyOf: [{ type: 'null' }, { type: 'integer', minimum: 1 }] }),
    ).toEqual({
      type: 'integer',
      minimum: 1,
      description: 'D',
    });
  });

  it('turns oneOf/anyOf of scalar consts and enums into one enum, and leaves other unions alone', () => {
    expect(
      flattenSchema({
        oneOf: [
          { type: 'string', const: 'a' },
          { type: 'string', enum: ['b', 'a'] },
        ],
      }),
    ).toEqual({
      type: 'string',
      enum: ['a', 'b'],
    });
    expect(flattenSchema({ anyOf: [{ const: 1 }, { const: 'one' }] })).toEqual({ enum: [1, 'one'] });
    const union = { oneOf: [{ type: 'string' }, { type: 'object' }] };
    expect(flattenSchema(union)).toEqual(union);
  });
});
