import { describe, expect, it } from 'vitest';
import type { Schema } from './model.ts';
import { resolveSchema } from './resolve-schema.ts';

function schemasDoc(schemas: Record<string, unknown>) {
  return { openapi: '3.1.0', paths: {}, components: { schemas } };
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('resolveSchema', () => {
  it('inlines refs as a copy that does not alias the document', () => {
    const doc = schemasDoc({ Id: { type: 'string', enum: ['a'] } });
    const resolved = resolveSchema(doc, { type: 'object', properties: { id: ref('Id') } });
    expect(resolved).toEqual({ type: 'object', properties: { id: { type: 'string', enum: ['a'] } } });
    resolved.properties?.id?.enum?.push('b');
    expect(doc.components.schemas.Id).toEqual({ type: 'string', enum: ['a'] });
  });

  it('cuts a self-referencing schema at the back edge', () => {
    const doc = schemasDoc({
      Node: {
        type: 'object',
        description: 'A tree node.',
        properties: { children: { type: 'array', items: ref('Node') } },
      },
    });
    const resolved = resolveSchema(doc, ref('Node'));
    expect(resolved.properties?.children?.items).toEqual({
      'x-circular': 'Node',
      type: 'object',
      description: 'A tree node.',
    });
    expect(() => JSON.stringify(resolved)).not.toThrow();
  });

  it('cuts mutual recursion, and each entry point gets its own cut (memoization stays correct)', () => {
    const doc = schemasDoc({
      A: { type: 'object', properties: { b: ref('B') } },
      B: { type: 'object', properties: { a: ref('A') } },
    });
    expect(resolveSchema(doc, ref('A'))).toEqual({
      type: 'object',
      properties: { b: { type: 'object', properties: { a: { 'x-circular': 'A', type: 'object' } } } },
    });
    expect(resolveSchema(doc, ref('B'))).toEqual({
      type: 'object',
      properties: { a: { type: 'object', properties: { b: { 'x-circular': 'B', type: 'object' } } } },
    });
  });

  it('returns fresh objects for memoized refs, so callers cannot corrupt each other', () => {
    const doc = schemasDoc({ Tag: { type: 'string' } });
    const first = resolveSchema(doc, { items: ref('Tag') });
    const second = resolveSchema(doc, { items: ref('Tag') });
    expect(second.items).not.toBe(first.items);
    if (first.items) first.items.type = 'number';
    expect(second.items).toEqual({ type: 'string' });
    expect(resolveSchema(doc, ref('Tag'))).toEqual({ type: 'string' });
  });

  it('merges sibling keywords over the target (OpenAPI 3.1)', () => {
    const doc = schemasDoc({ Limit: { type: 'integer', description: 'Generic.', minimum: 1 } });
    expect(
      resolveSchema(doc, { $ref: '#/components/schemas/Limit', description: 'Specific.', default: 7 }),
    ).toEqual({
      type: 'integer',
      description: 'Specific.',
      minimum: 1,
      default: 7,
    });
  });

  it('resolves siblings too', () => {
    const doc = schemasDoc({ Base: { type: 'object' }, Id: { type: 'string' } });
    expect(resolveSchema(doc, { ...ref('Base'), properties: { id: ref('Id') } })).toEqual({
      type: 'object',
      properties: { id: { type: 'string' } },
    });
  });

  it('marks external refs without fetching or throwing', () => {
    expect(resolveSchema({}, { $ref: 'common.yaml#/components/schemas/Money' })).toEqual({
      description: 'Unresolved external reference: common.yaml#/components/schemas/Money',
      'x-unresolved': 'common.yaml#/components/schemas/Money',
    });
  });

  it('marks a missing local target', () => {
    const resolved = resolveSchema(schemasDoc({}), { properties: { x: ref('Gone') } });
    expect(resolved.properties?.x).toEqual({
      description: 'Unresolved reference: #/components/schemas/Gone',
      'x-unresolved': '#/components/schemas/Gone',
    });
  });

  it('follows pointers with escaped segments', () => {
    const doc = schemasDoc({ 'application/json': { type: 'object' } });
    expect(resolveSchema(doc, { $ref: '#/components/schemas/application~1json' })).toEqual({
      type: 'object',
    });
  });

  it('follows ref chains', () => {
    const doc = schemasDoc({ A: ref('B'), B: ref('C'), C: { type: 'boolean' } });
    expect(resolveSchema(doc, ref('A'))).toEqual({ type: 'boolean' });
  });

  it('resolves refs inside every subschema keyword and leaves example values alone', () => {
    const doc = schemasDoc({ S: { type: 'string' } });
    const resolved = resolveSchema(doc, {
      allOf: [ref('S')],
      anyOf: [ref('S')],
      oneOf: [ref('S')],
      not: ref('S'),
      items: ref('S'),
      prefixItems: [ref('S')],
      additionalProperties: ref('S'),
      patternProperties: { '^x': ref('S') },
      example: { $ref: 'not a schema' },
    });
    expect(JSON.stringify(resolved).match(/"type":"string"/g)).toHaveLength(8);
    expect(resolved.example).toEqual({ $ref: 'not a schema' });
  });

  it('keeps boolean `additionalProperties` and turns boolean subschemas into objects', () => {
    expect(resolveSchema({}, { additionalProperties: false, items: false, not: true })).toEqual({
      additionalProperties: false,
      items: { not: {} },
      not: {},
    });
    expect(resolveSchema({}, true)).toEqual({});
  });

  it('keeps 3.0 `nullable` and 3.1 type arrays and both `exclusiveMinimum` forms as written', () => {
    expect(
      resolveSchema({}, { type: 'integer', nullable: true, minimum: 0, exclusiveMinimum: true }),
    ).toEqual({
      type: 'integer',
      nullable: true,
      minimum: 0,
      exclusiveMinimum: true,
    });
    expect(resolveSchema({}, { type: ['integer', 'null'], exclusiveMinimum: 0 })).toEqual({
      type: ['integer', 'null'],
      exclusiveMinimum: 0,
    });
  });

  it('skips `__proto__` keys instead of letting them reach a prototype', () => {
    const raw = JSON.parse(
      '{"type":"object","__proto__":{"polluted":true},"properties":{"__proto__":{"type":"string"},"constructor":{"type":"number"}}}',
    );
    const resolved = resolveSchema({}, raw);
    expect(Object.getPrototypeOf(resolved)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(resolved.properties ?? {})).toEqual(['constructor']);
    expect(resolved.properties?.constructor).toEqual({ type: 'number' });
  });

  it('cuts a schema nested thousands of levels deep, quickly and without a stack overflow', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 20_000; i++) deep = { type: 'object', properties: { next: deep } };
    const start = performance.now();
    const resolved = resolveSchema({}, deep);
    expect(performance.now() - start).toBeLessThan(1000);
    const text = JSON.stringify(resolved);
    expect(text).toContain('"x-truncated":true');
  });

  it('cuts a long ref chain', () => {
    const schemas: Record<string, unknown> = { S0: { type: 'string' } };
    for (let i = 1; i < 20_000; i++)
      schemas[`S${i}`] = { type: 'object', properties: { next: ref(`S${i - 1}`) } };
    const resolved = resolveSchema(schemasDoc(schemas), ref('S19999'));
    expect(JSON.stringify(resolved)).toContain('"x-truncated":true');
  });

  it('caps exponential expansion of shared refs', () => {
    // Each level refers to the next twice: 2^40 nodes if expanded naively.
    const schemas: Record<string, unknown> = { L40: { type: 'string' } };
    for (let i = 39; i >= 0; i--)
      schemas[`L${i}`] = { type: 'object', properties: { a: ref(`L${i + 1}`), b: ref(`L${i + 1}`) } };
    const start = performance.now();
    const resolved = resolveSchema(schemasDoc(schemas), ref('L0'), { maxNodes: 5000 });
    expect(performance.now() - start).toBeLessThan(2000);
    const text = JSON.stringify(resolved);
    expect(text).toContain('"x-truncated":true');
    expect(text.length).toBeLessThan(1_000_000);
  });

  it('does not memoize an expansion whose values ran out of budget', () => {
    const doc = schemasDoc({ E: { type: 'string', enum: ['a', 'b', 'c'], example: { deep: { value: 1 } } } });
    const starved = resolveSchema(doc, ref('E'), { maxNodes: 4 });
    expect(starved.example).toEqual({ deep: null });
    expect(resolveSchema(doc, ref('E'))).toEqual({
      type: 'string',
      enum: ['a', 'b', 'c'],
      example: { deep: { value: 1 } },
    });
  });

  it('draws from a shared budget across calls', () => {
    const budget = { remaining: 5 };
    const schema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'string' } } };
    expect(resolveSchema({}, schema, { budget })).toEqual(schema);
    expect(budget.remaining).toBe(2);
    expect(JSON.stringify(resolveSchema({}, schema, { budget }))).toContain('"x-truncated":true');
    expect(budget.remaining).toBe(0);
    expect(resolveSchema({}, schema, { budget })).toMatchObject({ 'x-truncated': true });
  });

  it('cuts cycles a YAML alias makes without any $ref', () => {
    const cyclic: Record<string, unknown> = { type: 'object' };
    cyclic.properties = { self: cyclic };
    const resolved = resolveSchema({}, cyclic) as Schema;
    expect(resolved.properties?.self).toEqual({ 'x-circular': '(inline)' });
  });
});
