import { describe, expect, it } from 'vitest';
import type { ObjectNode, ScalarNode } from './body-node.ts';
import { controlId } from './control-id.ts';
import { describeBodyNode } from './describe-body-node.ts';
import { discriminatorValue } from './discriminator-value.ts';
import { fieldHint } from './field-hint.ts';
import { chatRequest } from './fixtures/chat-request.ts';
import { petWithMapping } from './fixtures/pet-with-mapping.ts';
import { taggedContentPart } from './fixtures/tagged-content-part.ts';
import { hasFormView } from './has-form-view.ts';
import { isNullable } from './is-nullable.ts';
import { matchesKind } from './matches-kind.ts';
import { nextMapKey } from './next-map-key.ts';
import { nodeHint } from './node-hint.ts';
import { parseScalarInput } from './parse-scalar-input.ts';
import { renameKey } from './rename-key.ts';
import { scalarText } from './scalar-text.ts';
import { shortDescription } from './short-description.ts';
import { variantSchemas } from './variant-schemas.ts';
import { variantSummary } from './variant-summary.ts';

const integer = describeBodyNode({ type: 'integer', minimum: 1, maximum: 10 }) as ScalarNode;
const text = describeBodyNode({ type: 'string' }) as ScalarNode;

describe('parseScalarInput and scalarText', () => {
  it('turns numeric text into numbers and keeps anything else as typed', () => {
    expect(parseScalarInput(integer, '42', false)).toBe(42);
    expect(parseScalarInput(integer, '-1.5e3', false)).toBe(-1500);
    expect(parseScalarInput(integer, '1.', false)).toBe(1);
    expect(parseScalarInput(integer, '12abc', false)).toBe('12abc');
    expect(parseScalarInput(integer, 'Infinity', false)).toBe('Infinity');
  });

  it('leaves empty optional fields out; an empty required string is kept', () => {
    expect(parseScalarInput(integer, '', false)).toBeUndefined();
    expect(parseScalarInput(integer, '', true)).toBeUndefined();
    expect(parseScalarInput(text, '', false)).toBeUndefined();
    expect(parseScalarInput(text, '', true)).toBe('');
    expect(parseScalarInput(text, ' 7 ', false)).toBe(' 7 ');
  });

  it('prints scalars and shows nothing for other values', () => {
    expect([scalarText('a'), scalarText(3), scalarText(false), scalarText(null), scalarText({})]).toEqual([
      'a',
      '3',
      'false',
      '',
      '',
    ]);
  });
});

describe('map keys', () => {
  it('renames in place and never overwrites another entry', () => {
    const value = { a: 1, b: 2, c: 3 };
    expect(Object.keys(renameKey(value, 'b', 'z') as object)).toEqual(['a', 'z', 'c']);
    expect(renameKey(value, 'b', 'c')).toBe(value);
    expect(renameKey(value, 'missing', 'x')).toBe(value);
    expect(JSON.stringify(renameKey(value, 'a', '__proto__'))).toBe('{"__proto__":1,"b":2,"c":3}');
  });

  it('offers the next unused key', () => {
    expect(nextMapKey(undefined)).toBe('key');
    expect(nextMapKey({ key: 1, key_2: 2 })).toBe('key_3');
    expect(nextMapKey({ constructor: 1 })).toBe('key');
  });
});

describe('controlId', () => {
  it('gives distinct, safe ids for distinct paths', () => {
    expect(controlId('body__json', ['messages', 0, 'role'])).toBe('body__json-kmessages-0-krole');
    const ids = [['a.b'], ['a_b'], ['a', 'b'], ['a b'], [0], ['0'], ['__proto__']].map((p) =>
      controlId('x', p),
    );
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_.-]+$/);
  });
});

describe('hints and summaries', () => {
  it('says type, bounds, default and the first sentence of the description', () => {
    expect(nodeHint(integer)).toBe('integer, 1 to 10');
    expect(nodeHint(describeBodyNode({ type: 'number', exclusiveMinimum: 0, default: 1 }))).toBe(
      'number, more than 0, default 1',
    );
    expect(nodeHint(describeBodyNode({ type: 'string', format: 'uri', maxLength: 9 }))).toBe(
      'uri, at most 9 characters',
    );
    expect(nodeHint(describeBodyNode({ type: 'array', items: {}, minItems: 1 }))).toBe('at least 1 item');
    expect(
      fieldHint(describeBodyNode({ type: 'boolean', description: 'If set, [stream](x) it. More text.' })),
    ).toBe('If set, stream it.');
    expect(nodeHint(text)).toBeUndefined();
    expect(shortDescription('x'.repeat(300))).toHaveLength(160);
  });

  it('summarises variants for untitled options', () => {
    expect(variantSummary(describeBodyNode({ type: 'array', items: { type: 'string' } }))).toBe(
      'list of string',
    );
    expect(variantSummary(describeBodyNode({ enum: ['a', 'b', 'c', 'd'] }))).toBe('one of "a", "b", "c", …');
    expect(
      variantSummary(describeBodyNode({ type: 'object', required: ['id'], properties: { id: {}, n: {} } })),
    ).toBe('object with id');
  });
});

describe('isNullable and matchesKind', () => {
  it('reads every way of saying null is allowed', () => {
    expect(isNullable({ type: 'string', nullable: true })).toBe(true);
    expect(isNullable({ type: ['string', 'null'] })).toBe(true);
    expect(isNullable({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBe(true);
    expect(isNullable({ enum: ['a', null] })).toBe(true);
    expect(isNullable({ type: 'string' })).toBe(false);
  });

  it('sends values of another shape to raw JSON instead of dropping them', () => {
    const object = describeBodyNode({ type: 'object', properties: { a: {} } }) as ObjectNode;
    expect(matchesKind(object, { a: 1 })).toBe(true);
    expect(matchesKind(object, [1])).toBe(false);
    expect(matchesKind(object, null)).toBe(false);
    expect(matchesKind(integer, 'typed text')).toBe(true);
    expect(matchesKind(text, 5)).toBe(false);
    expect(matchesKind(describeBodyNode({ type: 'boolean' }), 'yes')).toBe(false);
  });
});

describe('variantSchemas and discriminatorValue', () => {
  it('reads discriminator values from mappings and one-value enums', () => {
    const pets = variantSchemas(petWithMapping);
    const parts = variantSchemas(taggedContentPart);
    if (!pets || !parts) throw new Error('variants');
    expect([discriminatorValue(pets, 0), discriminatorValue(pets, 1)]).toEqual(['cat', 'dog']);
    expect([discriminatorValue(parts, 0), discriminatorValue(parts, 1)]).toEqual(['text', 'image_url']);
    expect(discriminatorValue(parts, 7)).toBeUndefined();
  });

  it('has no variants for plain schemas and one per type for a type list', () => {
    expect(variantSchemas({ type: 'string' })).toBeUndefined();
    expect(variantSchemas({ anyOf: [{ type: 'string' }, { type: 'null' }] })).toBeUndefined();
    expect(variantSchemas({ type: ['string', 'number'] })?.schemas.map((s) => s.type)).toEqual([
      'string',
      'number',
    ]);
  });
});

describe('hasFormView', () => {
  it('offers the form for objects, lists and choices of shapes, not for scalars or shapeless values', () => {
    expect(hasFormView(chatRequest)).toBe(true);
    expect(hasFormView({ type: 'array', items: { type: 'string' } })).toBe(true);
    expect(hasFormView(petWithMapping)).toBe(true);
    expect(hasFormView({ type: 'string' })).toBe(false);
    expect(hasFormView({})).toBe(false);
    expect(hasFormView({ type: 'object' })).toBe(false);
  });
});
