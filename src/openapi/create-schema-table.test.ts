import { describe, expect, it } from 'vitest';
import { createSchemaTable } from './create-schema-table.ts';
import type { Schema } from './model.ts';
import { resolveModelRef } from './resolve-model-ref.ts';

describe('createSchemaTable', () => {
  it('keeps a self-referencing schema as one finite entry', () => {
    const doc = {
      components: {
        schemas: {
          Node: {
            type: 'object',
            properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
          },
        },
      },
    };
    const table = createSchemaTable(doc, { remaining: 1000 });
    expect(table.copy({ $ref: '#/components/schemas/Node' })).toEqual({ $ref: '#/components/schemas/Node' });
    expect(table.schemas).toEqual({
      '#/components/schemas/Node': {
        type: 'object',
        properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
      },
    });
    expect(() => JSON.stringify(table.schemas)).not.toThrow();
  });

  it('marks dangling and external refs as unresolved, and never fetches', () => {
    const table = createSchemaTable({}, { remaining: 1000 });
    table.copy({ anyOf: [{ $ref: '#/components/schemas/Gone' }, { $ref: 'https://example.com/s.json' }] });
    expect(table.schemas).toEqual({
      '#/components/schemas/Gone': {
        description: 'Unresolved reference: #/components/schemas/Gone',
        'x-unresolved': '#/components/schemas/Gone',
      },
      'https://example.com/s.json': {
        description: 'Unresolved external reference: https://example.com/s.json',
        'x-unresolved': 'https://example.com/s.json',
      },
    });
  });

  it('stores a ref spelled __proto__ as a key, never as the prototype', () => {
    const table = createSchemaTable({}, { remaining: 1000 });
    table.copy({ $ref: '__proto__' });
    expect(Object.getPrototypeOf(table.schemas)).toBe(Object.prototype);
    expect(Object.hasOwn(table.schemas, '__proto__')).toBe(true);
    expect(resolveModelRef(table, { $ref: '__proto__' })['x-unresolved']).toBe('__proto__');
  });

  it('cuts a raw object cycle (YAML aliases) and deep nesting, and stops at the budget', () => {
    const loop: Record<string, unknown> = { type: 'object' };
    loop.properties = { self: loop };
    const table = createSchemaTable({}, { remaining: 1000 });
    expect(table.copy(loop)).toEqual({ type: 'object', properties: { self: { 'x-circular': '(inline)' } } });

    let deep: Schema = { type: 'string' };
    for (let i = 0; i < 500; i++) deep = { type: 'array', items: deep };
    const depthCut = JSON.stringify(createSchemaTable({}, { remaining: 10_000 }, 16).copy(deep));
    expect(depthCut).toContain('"x-truncated":true');
    expect(depthCut.split('"items"').length - 1).toBe(17);

    const budget = { remaining: 50 };
    const wide = {
      type: 'object',
      properties: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`p${i}`, { type: 'string' }])),
    };
    const cut = createSchemaTable({}, budget).copy(wide);
    expect(budget.remaining).toBe(0);
    expect(Object.values(cut.properties ?? {}).filter((p) => p['x-truncated']).length).toBeGreaterThan(100);
  });

  it('follows a long chain of refs without recursing through them', () => {
    const schemas: Record<string, Schema> = { S0: { type: 'string' } };
    for (let i = 1; i <= 5000; i++)
      schemas[`S${i}`] = { allOf: [{ $ref: `#/components/schemas/S${i - 1}` }] };
    const table = createSchemaTable({ components: { schemas } }, { remaining: 100_000 });
    table.copy({ $ref: '#/components/schemas/S5000' });
    expect(Object.keys(table.schemas)).toHaveLength(5001);
  });
});

describe('resolveModelRef', () => {
  const api = {
    schemas: {
      '#/a': { $ref: '#/b', description: 'A says' },
      '#/b': { type: 'string', description: 'B says', default: 'b' },
      '#/loop1': { $ref: '#/loop2' },
      '#/loop2': { $ref: '#/loop1' },
    } as Record<string, Schema>,
  };

  it('returns a schema without $ref as it is', () => {
    const schema: Schema = { type: 'integer' };
    expect(resolveModelRef(api, schema)).toBe(schema);
  });

  it('follows chains and lays keywords beside each $ref over the target, the outermost winning', () => {
    expect(resolveModelRef(api, { $ref: '#/a', default: 'outer' })).toEqual({
      type: 'string',
      description: 'A says',
      default: 'outer',
    });
  });

  it('says when a ref is missing or loops', () => {
    expect(resolveModelRef(api, { $ref: '#/nope' })).toEqual({
      description: 'Unresolved reference: #/nope',
      'x-unresolved': '#/nope',
    });
    expect(resolveModelRef(api, { $ref: '#/loop1' })['x-unresolved']).toBe('#/loop1');
    expect(resolveModelRef({ schemas: {} }, { $ref: 'toString' })['x-unresolved']).toBe('toString');
  });
});
