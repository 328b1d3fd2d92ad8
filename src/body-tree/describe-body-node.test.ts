import { describe, expect, it } from 'vitest';
import type { BodyNode, ObjectNode } from './body-node.ts';
import { describeBodyNode } from './describe-body-node.ts';
import { anyOfScalars } from './fixtures/any-of-scalars.ts';
import { chatRequest } from './fixtures/chat-request.ts';
import { circularTree } from './fixtures/circular-tree.ts';
import { freeTextWithKnownValues } from './fixtures/free-text-with-known-values.ts';
import { hostileKeys } from './fixtures/hostile-keys.ts';
import { mergedObject } from './fixtures/merged-object.ts';
import { petWithMapping } from './fixtures/pet-with-mapping.ts';
import { requiredOnlyVariants } from './fixtures/required-only-variants.ts';
import { sharedBesideOneOf } from './fixtures/shared-beside-one-of.ts';
import { taggedContentPart } from './fixtures/tagged-content-part.ts';
import { unmodelled } from './fixtures/unmodelled.ts';

function asObject(node: BodyNode): ObjectNode {
  if (node.kind !== 'object') throw new Error(`expected an object node, got ${node.kind}`);
  return node;
}

function property(node: BodyNode, name: string): BodyNode {
  const found = asObject(node).properties.find((p) => p.name === name);
  if (!found) throw new Error(`no property ${name}`);
  return found.node;
}

describe('describeBodyNode', () => {
  it('merges allOf, keeps order and required, marks deprecated, reads nullable, drops read-only', () => {
    const node = asObject(describeBodyNode(mergedObject));
    expect(node.description).toBe('A merged object.');
    expect(node.properties.map((p) => [p.name, p.required])).toEqual([
      ['id', true],
      ['size', true],
      ['note', false],
      ['note31', false],
      ['old', false],
    ]);
    expect(property(node, 'size')).toMatchObject({
      kind: 'scalar',
      type: 'integer',
      minimum: 1,
      maximum: 10,
    });
    expect(property(node, 'note')).toMatchObject({ kind: 'scalar', type: 'string', nullable: true });
    expect(property(node, 'note31')).toMatchObject({ kind: 'scalar', nullable: true, maxLength: 20 });
    expect(property(node, 'id').nullable).toBe(false);
    expect(property(node, 'old')).toMatchObject({ kind: 'boolean', deprecated: true });
  });

  it('describes arrays of objects, nested objects, enums, numbers with bounds and maps', () => {
    const node = describeBodyNode(chatRequest);
    const messages = property(node, 'messages');
    expect(messages).toMatchObject({ kind: 'array', minItems: 1 });
    if (messages.kind !== 'array') throw new Error('array');
    expect(property(messages.item, 'role')).toMatchObject({
      kind: 'enum',
      values: ['system', 'user', 'assistant'],
    });
    expect(property(property(messages.item, 'meta'), 'lang')).toMatchObject({
      kind: 'scalar',
      format: 'bcp47',
    });
    expect(property(node, 'temperature')).toMatchObject({
      kind: 'scalar',
      type: 'number',
      minimum: 0,
      maximum: 2,
      default: 1,
    });
    expect(property(node, 'metadata')).toMatchObject({
      kind: 'object',
      properties: [],
      additional: { kind: 'scalar', type: 'string', maxLength: 512 },
    });
    expect(property(node, 'stream').kind).toBe('boolean');
  });

  it('labels discriminated variants by title, and by discriminator value when untitled', () => {
    const pets = describeBodyNode(petWithMapping);
    expect(pets).toMatchObject({ kind: 'variants', combinator: 'oneOf', discriminator: 'pet_type' });
    if (pets.kind !== 'variants') throw new Error('variants');
    expect(pets.variants.map((v) => [v.label, v.discriminatorValue])).toEqual([
      ['Cat', 'cat'],
      ['Dog', 'dog'],
    ]);
    const parts = describeBodyNode(taggedContentPart);
    if (parts.kind !== 'variants') throw new Error('variants');
    expect(parts.variants.map((v) => v.label)).toEqual(['text', 'image_url']);
  });

  it('labels untitled, untagged variants Option N and reads a null variant as nullable', () => {
    const node = describeBodyNode(anyOfScalars);
    expect(node).toMatchObject({ kind: 'variants', combinator: 'anyOf', nullable: true });
    if (node.kind !== 'variants') throw new Error('variants');
    expect(node.variants.map((v) => [v.label, v.node.kind])).toEqual([
      ['Option 1', 'scalar'],
      ['Option 2', 'array'],
      ['Option 3', 'scalar'],
    ]);
  });

  it('reads free text with known values as one text box with suggestions', () => {
    expect(describeBodyNode(freeTextWithKnownValues)).toMatchObject({
      kind: 'scalar',
      type: 'string',
      suggestions: ['gpt-4o', 'gpt-5'],
    });
  });

  it('merges properties declared beside a oneOf into every variant', () => {
    const node = describeBodyNode(sharedBesideOneOf);
    if (node.kind !== 'variants') throw new Error('variants');
    expect(node.variants.map((v) => [v.label, asObject(v.node).properties.map((p) => p.name)])).toEqual([
      ['By name', ['id', 'name']],
      ['By code', ['id', 'code']],
    ]);
    expect(asObject(node.variants[0]!.node).properties[0]!.required).toBe(true);
  });

  it('marks cut cycles as circular, also as array items', () => {
    const node = describeBodyNode(circularTree);
    expect(property(node, 'parent')).toMatchObject({ kind: 'circular', name: 'Node' });
    expect(property(node, 'children')).toMatchObject({ kind: 'array', item: { kind: 'circular' } });
  });

  it('leaves untyped values, tuples, free-form objects and unresolved refs to raw JSON', () => {
    const node = describeBodyNode(unmodelled);
    for (const name of ['anything', 'pair', 'free', 'external'])
      expect(property(node, name).kind).toBe('unknown');
  });

  it('reads 3.0 boolean exclusive bounds and a list of types', () => {
    expect(describeBodyNode({ type: 'number', minimum: 0, exclusiveMinimum: true })).toMatchObject({
      kind: 'scalar',
      exclusiveMinimum: 0,
    });
    const node = describeBodyNode({ type: ['string', 'integer', 'null'] });
    expect(node).toMatchObject({ kind: 'variants', combinator: 'type', nullable: true });
    if (node.kind !== 'variants') throw new Error('variants');
    expect(node.variants.map((v) => v.label)).toEqual(['string', 'integer']);
  });

  it('reads consts and enums (scalar only) as enums', () => {
    expect(describeBodyNode({ const: 'message' })).toMatchObject({ kind: 'enum', values: ['message'] });
    expect(describeBodyNode({ type: 'integer', enum: [1, 2, null] })).toMatchObject({
      kind: 'enum',
      values: [1, 2],
      nullable: true,
    });
    expect(describeBodyNode({ enum: [{ a: 1 }] }).kind).toBe('unknown');
  });

  it('keeps hostile property names as plain names', () => {
    const node = asObject(describeBodyNode(hostileKeys));
    expect(node.properties.map((p) => [p.name, p.node.kind])).toEqual([
      ['__proto__', 'object'],
      ['constructor', 'scalar'],
      ['toString', 'scalar'],
    ]);
    expect(property(property(node, '__proto__'), 'polluted').kind).toBe('boolean');
  });

  it('reads variants that only pick required properties as objects with every property', () => {
    const node = describeBodyNode(requiredOnlyVariants);
    if (node.kind !== 'variants') throw new Error('variants');
    expect(
      node.variants.map((v) => [
        v.label,
        v.summary,
        asObject(v.node)
          .properties.filter((p) => p.required)
          .map((p) => p.name),
      ]),
    ).toEqual([
      ['Option 1', 'object with vector_store_ids', ['vector_store_ids']],
      ['Option 2', 'object with vector_stores', ['vector_stores']],
    ]);
  });
});
