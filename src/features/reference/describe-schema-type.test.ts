import { describe, expect, it } from 'vitest';
import { describeSchemaType } from './describe-schema-type.ts';

describe('describeSchemaType', () => {
  it.each([
    [{ type: 'integer' }, 'integer'],
    [{ type: 'array', items: { type: 'string' } }, 'string[]'],
    [{ type: 'string', format: 'date-time', nullable: true }, 'string (date-time) | null'],
    [{ type: ['string', 'null'] }, 'string | null'],
    [{ oneOf: [{ type: 'string' }, { type: 'integer' }] }, 'string | integer'],
    [{ properties: { a: { type: 'string' } } }, 'object'],
    [{ 'x-circular': 'Node' }, 'Node'],
    [{}, 'any'],
  ])('%j → %s', (schema, expected) => {
    expect(describeSchemaType(schema)).toBe(expected);
  });
});
