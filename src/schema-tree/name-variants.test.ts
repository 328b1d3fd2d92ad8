import { describe, expect, it } from 'vitest';
import type { Schema } from '../openapi/model.ts';
import { describeSchemaChildren } from './describe-schema-children.ts';
import { describeSchemaNode } from './describe-schema-node.ts';
import { petMapping } from './fixtures/pet-mapping.ts';
import { tableContext } from './fixtures/table-context.ts';
import { untitledVariants } from './fixtures/untitled-variants.ts';
import { usageResults } from './fixtures/usage-results.ts';
import type { SchemaTreeContext } from './schema-node.ts';

function variantsOf(schema: Schema, context: SchemaTreeContext) {
  const node = describeSchemaNode(schema, context);
  const variants = describeSchemaChildren(node, context).variants;
  return { node, variants, labels: variants?.options.map((o) => [o.label, o.labelSource]) };
}

describe('variant names', () => {
  it('prefers titles', () => {
    const { labels } = variantsOf(
      {
        oneOf: [
          { title: 'Text part', type: 'string' },
          { title: 'Image part', type: 'object' },
        ],
      },
      tableContext({}),
    );
    expect(labels).toEqual([
      ['Text part', 'title'],
      ['Image part', 'title'],
    ]);
  });

  it('uses the discriminator mapping key (full ref or bare name) over the schema name', () => {
    const { labels, variants } = variantsOf({ $ref: '#/components/schemas/Pet' }, tableContext(petMapping));
    expect(labels).toEqual([
      ['feline', 'discriminator'],
      ['canine', 'discriminator'],
    ]);
    expect(variants?.discriminator).toBe('kind');
    expect(variants?.combinator).toBe('oneOf');
  });

  it('without a mapping, uses each variant’s discriminator value (the usage API’s results)', () => {
    const context = tableContext(usageResults);
    const bucket = describeSchemaNode({ $ref: '#/components/schemas/UsageTimeBucket' }, context);
    const results = describeSchemaChildren(bucket, context).properties.find((p) => p.name === 'results');
    expect(results).toMatchObject({ expandable: true, type: 'object[]' });
    const variants = describeSchemaChildren(results as NonNullable<typeof results>, context).variants;
    expect(variants?.options.map((o) => [o.label, o.labelSource])).toEqual([
      ['organization.usage.completions.result', 'discriminator'],
      ['organization.costs.result', 'discriminator'],
    ]);
  });

  it('without a discriminator, uses the `object` tag, then the schema’s name', () => {
    const context = tableContext({
      ...usageResults,
      '#/components/schemas/Plain': { type: 'object', properties: { x: { type: 'string' } } },
    });
    const { labels } = variantsOf(
      {
        anyOf: [{ $ref: '#/components/schemas/CostsResult' }, { $ref: '#/components/schemas/Plain' }],
      },
      context,
    );
    expect(labels).toEqual([
      ['organization.costs.result', 'object'],
      ['Plain', 'ref'],
    ]);
  });

  it('falls back to a short type summary, never "Option N" while there is something to say', () => {
    const { labels, node } = variantsOf(untitledVariants, tableContext({}));
    expect(node.type).toBe('string | array | object');
    expect(node.variantCount).toBe(8);
    expect(labels).toEqual([
      ['string', 'type'],
      ['string[]', 'type'],
      ['object with id', 'type'],
      ['object with a, b, c, …', 'type'],
      ['one of "auto", "none", "required", …', 'type'],
      ['string (uri)', 'type'],
      ['string (uri) (2)', 'type'],
      ['Option 8', 'position'],
    ]);
  });

  it('offers one alternative per type for `type: [string, array]`', () => {
    const { labels, variants } = variantsOf(
      { type: ['string', 'array'], items: { type: 'string' }, description: 'A prompt or prompts.' },
      tableContext({}),
    );
    expect(variants?.combinator).toBe('type');
    expect(labels).toEqual([
      ['string', 'type'],
      ['string[]', 'type'],
    ]);
  });

  it('lists the properties declared beside oneOf with the choice', () => {
    const context = tableContext({});
    const node = describeSchemaNode(
      {
        type: 'object',
        properties: { id: { type: 'string' } },
        oneOf: [
          { title: 'A', properties: { a: { type: 'string' } } },
          { title: 'B', properties: { b: { type: 'string' } } },
        ],
      },
      context,
    );
    const children = describeSchemaChildren(node, context);
    expect(children.properties.map((p) => p.name)).toEqual(['id']);
    expect(children.variants?.options.map((o) => o.label)).toEqual(['A', 'B']);
  });
});
