import { describe, expect, it } from 'vitest';
import type { Schema } from '../openapi/model.ts';
import { sampleJsonValue } from './sample-json-value.ts';

const NOW = new Date(Date.UTC(2025, 0, 15, 12, 0, 0));

describe('sampleJsonValue', () => {
  it('prefers example, examples, default, const and enum, in that order', () => {
    expect(sampleJsonValue({ type: 'string', example: 'e', default: 'd' }, NOW)).toBe('e');
    expect(sampleJsonValue({ type: 'string', examples: ['x'], default: 'd' }, NOW)).toBe('x');
    expect(sampleJsonValue({ type: 'string', default: 'd', enum: ['a'] }, NOW)).toBe('d');
    expect(sampleJsonValue({ const: 'c', enum: ['a'] }, NOW)).toBe('c');
    expect(sampleJsonValue({ type: 'integer', enum: [3, 4] }, NOW)).toBe(3);
  });

  it('generates by type and format, within bounds', () => {
    expect(sampleJsonValue({ type: 'string', format: 'date-time' }, NOW)).toBe('2025-01-15T12:00:00Z');
    expect(sampleJsonValue({ type: 'string', minLength: 10 }, NOW)).toBe('examplexxx');
    expect(sampleJsonValue({ type: 'string', maxLength: 3 }, NOW)).toBe('exa');
    expect(sampleJsonValue({ type: 'integer', minimum: 5 }, NOW)).toBe(5);
    expect(sampleJsonValue({ type: 'integer', maximum: -3 }, NOW)).toBe(-3);
    expect(sampleJsonValue({ type: 'number', exclusiveMinimum: 0, multipleOf: 0.5 }, NOW)).toBe(1);
    expect(sampleJsonValue({ type: 'array', items: { type: 'boolean' }, minItems: 2 }, NOW)).toEqual([
      true,
      true,
    ]);
    expect(sampleJsonValue({ type: ['null', 'integer'] }, NOW)).toBe(1);
  });

  it('keeps required properties only, or the first three when none is required, never read-only ones', () => {
    const properties: Record<string, Schema> = {
      id: { type: 'string', readOnly: true },
      a: { type: 'string' },
      b: { type: 'integer' },
      c: { type: 'boolean' },
      d: { type: 'string' },
    };
    expect(sampleJsonValue({ type: 'object', properties, required: ['b', 'id'] }, NOW)).toEqual({ b: 1 });
    expect(sampleJsonValue({ type: 'object', properties }, NOW)).toEqual({ a: 'example', b: 1, c: true });
  });

  it('in a response, keeps every property (read-only ones too) but write-only ones', () => {
    const schema: Schema = {
      type: 'object',
      required: ['name'],
      properties: {
        id: { type: 'string', readOnly: true },
        name: { type: 'string' },
        secret: { type: 'string', writeOnly: true },
        tags: { type: 'array', items: { type: 'object', properties: { k: { type: 'integer' } } } },
      },
    };
    expect(sampleJsonValue(schema, NOW, 'response')).toEqual({
      id: 'example',
      name: 'example',
      tags: [{ k: 1 }],
    });
  });

  it('stops at cut cycles and at the depth limit', () => {
    expect(sampleJsonValue({ 'x-circular': 'Node', type: 'array' }, NOW)).toEqual([]);
    let deep: Schema = { type: 'string' };
    for (let i = 0; i < 50; i++) deep = { type: 'object', required: ['n'], properties: { n: deep } };
    const text = JSON.stringify(sampleJsonValue(deep, NOW));
    expect(text.split('"n"').length - 1).toBe(8);
  });

  it('takes the first non-null oneOf variant, keeping sibling properties', () => {
    expect(
      sampleJsonValue(
        {
          type: 'object',
          required: ['kind'],
          properties: { kind: { type: 'string' } },
          oneOf: [
            { type: 'null' },
            { type: 'object', required: ['x'], properties: { x: { type: 'integer' } } },
          ],
        },
        NOW,
      ),
    ).toEqual({ kind: 'example', x: 1 });
  });

  // Prism rejected POST /evals (an object property with a JSON *string* example) and
  // POST /realtime/transcription_sessions (`type: object` with `default: null`).
  it('skips documented examples and defaults of another type than the schema', () => {
    expect(sampleJsonValue({ type: 'object', example: '{"type": "object"}' }, NOW)).toEqual({});
    expect(
      sampleJsonValue({ type: 'object', default: null, properties: { type: { enum: ['near_field'] } } }, NOW),
    ).toEqual({ type: 'near_field' });
    expect(sampleJsonValue({ type: 'integer', example: '3', default: 2 }, NOW)).toBe(2);
    expect(sampleJsonValue({ type: 'integer', example: 1.5 }, NOW)).toBe(1);
    expect(sampleJsonValue({ type: 'array', example: 'a,b', items: { type: 'string' } }, NOW)).toEqual([
      'example',
    ]);
    expect(sampleJsonValue({ type: 'object', nullable: true, default: null }, NOW)).toBeNull();
    expect(sampleJsonValue({ type: ['string', 'null'], default: null }, NOW)).toBeNull();
    expect(sampleJsonValue({ example: 'anything' }, NOW)).toBe('anything');
  });

  // Prism rejected POST /threads: `file_search` has two properties and `oneOf` of two `required` lists.
  it('samples exactly one branch of a oneOf that only lists required sibling properties', () => {
    const schema: Schema = {
      type: 'object',
      properties: {
        vector_store_ids: { type: 'array', items: { type: 'string' } },
        vector_stores: { type: 'array', items: { type: 'object' } },
      },
      oneOf: [{ required: ['vector_store_ids'] }, { required: ['vector_stores'] }],
    };
    expect(sampleJsonValue(schema, NOW)).toEqual({ vector_store_ids: ['example'] });
  });

  it("skips a string example that breaks its own format, and fills a pattern's string from the pattern", () => {
    const now = new Date(Date.UTC(2025, 0, 15));
    expect(
      sampleJsonValue({ type: 'string', format: 'date', example: '2025-10-15T13:51:00.231Z' }, now),
    ).toBe('2025-01-15');
    const sid = sampleJsonValue({ type: 'string', pattern: '^IS[0-9a-f]{32}$' }, now);
    expect(sid).toMatch(/^IS[0-9a-f]{32}$/);
  });
});
