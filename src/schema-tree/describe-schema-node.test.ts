import { describe, expect, it } from 'vitest';
import type { Schema } from '../openapi/model.ts';
import { describeSchemaChildren } from './describe-schema-children.ts';
import { describeSchemaNode } from './describe-schema-node.ts';
import { additionalProperties } from './fixtures/additional-properties.ts';
import { allOfMerge } from './fixtures/all-of-merge.ts';
import { circularTree } from './fixtures/circular-tree.ts';
import { constraints } from './fixtures/constraints.ts';
import { nullableForms } from './fixtures/nullable-forms.ts';
import { readWriteOnly } from './fixtures/read-write-only.ts';
import { tableContext } from './fixtures/table-context.ts';
import type { SchemaNode, SchemaTreeContext } from './schema-node.ts';

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

/** The children of `node`, by name. */
function childrenByName(node: SchemaNode, context: SchemaTreeContext): Record<string, SchemaNode> {
  return Object.fromEntries(
    describeSchemaChildren(node, context).properties.map((child) => [child.name, child]),
  );
}

/** The constraints of a node as `label: values` lines. */
function constraintLines(node: SchemaNode | undefined): string[] {
  return (node?.constraints ?? []).map(({ label, values, more }) =>
    [label, values.join(', '), more ? `+${more}` : ''].filter(Boolean).join(': '),
  );
}

describe('describeSchemaNode: one row', () => {
  it('names the type with its format, the ref it comes from, and whether it opens', () => {
    const context = tableContext(circularTree);
    const root = describeSchemaNode(ref('TreeNode'), context);
    expect(root).toMatchObject({ type: 'object', refName: 'TreeNode', expandable: true, required: false });
    const children = childrenByName(root, context);
    expect(children.id).toMatchObject({ name: 'id', type: 'string', required: true, expandable: false });
    // Its items are the node itself: named, and a link back rather than something to open.
    expect(children.children).toMatchObject({
      type: 'TreeNode[]',
      refName: 'TreeNode',
      expandable: false,
      circular: { name: 'TreeNode' },
    });
    expect(describeSchemaNode({ type: 'string', format: 'date-time' }, context).type).toBe(
      'string (date-time)',
    );
    expect(
      describeSchemaNode({ type: 'array', items: { type: 'integer', format: 'int64' } }, context).type,
    ).toBe('integer (int64)[]');
    expect(describeSchemaNode({ type: 'array', items: { type: ['string', 'integer'] } }, context).type).toBe(
      '(string | integer)[]',
    );
    expect(describeSchemaNode({}, context)).toMatchObject({ type: 'any', expandable: false });
  });

  it('shows every kind of constraint, with 3.0 and 3.1 exclusive bounds', () => {
    const context = tableContext({});
    const children = childrenByName(describeSchemaNode(constraints, context), context);
    expect(children.size?.type).toBe('integer (int32)');
    expect(constraintLines(children.size)).toEqual([
      'Default: 7',
      'Minimum: 1',
      'Maximum: 31',
      'Multiple of: 1',
    ]);
    expect(constraintLines(children.ratio30)).toEqual(['Greater than: 0', 'Less than: 1']);
    expect(constraintLines(children.ratio31)).toEqual(['Greater than: 0', 'Less than: 1']);
    expect(constraintLines(children.code)).toEqual([
      'Length: exactly 2 characters',
      'Pattern: ^[A-Z]{2}$',
      'Example: FR',
    ]);
    expect(constraintLines(children.word)).toEqual(['Length: at most 64 characters']);
    expect(children.tags?.type).toBe('string[]');
    expect(constraintLines(children.tags)).toEqual([
      'Items: at least 1 item',
      'Unique items',
      'Items: allowed values: a, b',
    ]);
    expect(children.tags?.expandable).toBe(false);
    expect(children.version?.type).toBe('number');
    expect(constraintLines(children.version)).toEqual(['Constant: 2']);
    // Empty and padded strings stay visible.
    expect(constraintLines(children.mode)).toEqual(['Allowed values: "", fast, " padded"']);
    expect(children.gone).toMatchObject({ deprecated: true, nullable: true });
    expect(constraintLines(children.odd)).toEqual(['Also constrained by (not drawn): not']);
    expect(constraintLines(children.meta)).toEqual([
      'Properties: at least 1 property',
      'No other properties',
    ]);
  });

  it('reads nullability however it is written, and anyOf of text and known values as one string', () => {
    const context = tableContext(nullableForms);
    const children = childrenByName(describeSchemaNode(ref('Holder'), context), context);
    expect(children.a).toMatchObject({ type: 'string', nullable: true });
    expect(children.b).toMatchObject({ type: 'integer', nullable: true });
    // The variant's ref names the node; the description beside the anyOf wins over the target's.
    expect(children.c).toMatchObject({
      type: 'object',
      refName: 'Thing',
      nullable: true,
      description: 'A thing, or none.',
      expandable: true,
    });
    expect(children.c?.variantCount).toBeUndefined();
    expect(children.d).toMatchObject({ type: 'string', nullable: true });
    expect(constraintLines(children.d)).toEqual(['Allowed values: x']);
    expect(children.e).toMatchObject({ type: 'string', nullable: true, expandable: false });
    expect(constraintLines(children.e)).toEqual(['Known values: gpt-4o, o3']);
    expect(children.f).toMatchObject({ type: 'string', expandable: false });
    expect(constraintLines(children.f)).toEqual(['Allowed values: auto, none']);
  });

  it('long enums list the first 40 values and say how many more there are', () => {
    const values = Array.from({ length: 45 }, (_, i) => `v${i}`);
    const node = describeSchemaNode({ type: 'string', enum: values }, tableContext({}));
    expect(node.constraints[0]?.values).toHaveLength(40);
    expect(node.constraints[0]?.more).toBe(5);
  });
});

describe('describeSchemaChildren: opening a node', () => {
  it('merges allOf: ref resolved, properties and required united, own description winning', () => {
    const context = tableContext(allOfMerge);
    const node = describeSchemaNode(ref('Extended'), context);
    expect(node).toMatchObject({ type: 'object', refName: 'Extended', description: 'Extended with a name.' });
    const children = childrenByName(node, context);
    expect(Object.keys(children)).toEqual(['id', 'note', 'name']);
    expect(children.id).toMatchObject({ required: true, readOnly: true });
    expect(children.name?.required).toBe(true);
    // A property both members declare is merged when it is shown.
    expect(constraintLines(children.note)).toEqual(['Length: 2 to 10 characters']);
  });

  it('hides read-only properties from requests and write-only ones from responses, marking the rest', () => {
    const request = tableContext({}, 'request');
    const inRequest = describeSchemaChildren(describeSchemaNode(readWriteOnly, request), request);
    expect(inRequest.properties.map((p) => [p.name, p.writeOnly])).toEqual([
      ['name', false],
      ['password', true],
    ]);
    expect(inRequest.hiddenProperties).toBe(1);
    const response = tableContext({}, 'response');
    const inResponse = describeSchemaChildren(describeSchemaNode(readWriteOnly, response), response);
    expect(inResponse.properties.map((p) => [p.name, p.readOnly])).toEqual([
      ['id', true],
      ['name', false],
    ]);
  });

  it('shows maps, open and closed objects and pattern properties', () => {
    const context = tableContext({});
    const children = childrenByName(describeSchemaNode(additionalProperties, context), context);
    const labels = describeSchemaChildren(children.labels as SchemaNode, context);
    expect(labels.properties).toEqual([]);
    expect(labels.additional).toMatchObject({ type: 'string' });
    expect(children.labels?.expandable).toBe(true);
    expect(children.anything?.expandable).toBe(false);
    expect(describeSchemaChildren(children.closed as SchemaNode, context).additional).toBe(false);
    expect(constraintLines(children.closed)).toEqual(['No other properties']);
    expect(describeSchemaChildren(children.headers as SchemaNode, context).patternProperties).toMatchObject([
      { name: '^x-', type: 'string' },
    ]);
  });

  it('opens an array of objects straight to the objects’ properties', () => {
    const context = tableContext(circularTree);
    const root = describeSchemaNode({ type: 'array', items: ref('TreeNode') }, context);
    expect(root).toMatchObject({ type: 'object[]', refName: 'TreeNode', expandable: true });
    expect(describeSchemaChildren(root, context).properties.map((p) => p.name)).toEqual([
      'id',
      'children',
      'parent',
    ]);
  });

  it('cuts a circular ref as a named link back, never expanded, however deep a reader goes', () => {
    const context = tableContext(circularTree);
    const root = describeSchemaNode(ref('TreeNode'), context);
    const children = childrenByName(root, context);
    expect(children.parent).toMatchObject({
      type: 'TreeNode',
      circular: { name: 'TreeNode', ref: '#/components/schemas/TreeNode' },
      expandable: false,
    });
    expect(describeSchemaChildren(children.parent as SchemaNode, context).properties).toEqual([]);
    // The array's items point back too: opening it (were a caller to try) shows nothing more.
    expect(describeSchemaChildren(children.children as SchemaNode, context).properties).toEqual([]);
    // Two levels down, through a non-circular path, the cycle is still cut at the first repeat.
    const deep = describeSchemaNode({ type: 'object', properties: { root: ref('TreeNode') } }, context);
    const [rootProperty] = describeSchemaChildren(deep, context).properties;
    const again = childrenByName(rootProperty as SchemaNode, context);
    expect(again.parent?.circular?.name).toBe('TreeNode');
  });

  it('merges allOf members that include each other once, naming the member the cycle returns to', () => {
    const context = tableContext(circularTree);
    const ping = describeSchemaNode(ref('Ping'), context);
    expect(Object.keys(childrenByName(ping, context))).toEqual(['pong', 'ping']);
    expect(constraintLines(ping)).toEqual(['Also includes (circular): Ping']);
  });

  it('reads an inlined cycle marker (request bodies are resolved for the form) as a link back by name', () => {
    const node = describeSchemaNode({ 'x-circular': 'TreeNode', type: 'object' }, tableContext({}));
    expect(node).toMatchObject({ type: 'TreeNode', circular: { name: 'TreeNode' }, expandable: false });
  });

  it('stays bounded on an allOf of allOfs that would otherwise explode', () => {
    const schemas: Record<string, Schema> = {
      '#/L0': { type: 'object', properties: { leaf: { type: 'string' } } },
    };
    for (let level = 1; level <= 30; level++) {
      schemas[`#/L${level}`] = { allOf: Array.from({ length: 10 }, () => ({ $ref: `#/L${level - 1}` })) };
    }
    const context = tableContext(schemas);
    const started = performance.now();
    const node = describeSchemaNode({ $ref: '#/L30' }, context);
    describeSchemaChildren(node, context);
    // Not a timing assertion: a bound on work, checked by its result. 10^30 visits would never return.
    expect(performance.now() - started).toBeLessThan(60_000);
    expect(node.type).toBeDefined();
  });
});
