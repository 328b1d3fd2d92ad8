import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { isJsonMediaType } from '../form/is-json-media-type.ts';
import { sampleJsonValue } from '../form/sample-json-value.ts';
import { loadApi } from '../openapi/load-api.ts';
import type { ApiModel, Schema } from '../openapi/model.ts';
import type { BodyNode } from './body-node.ts';
import { describeBodyNode } from './describe-body-node.ts';
import { pickVariant } from './pick-variant.ts';
import { switchVariant } from './switch-variant.ts';

const NOW = new Date(Date.UTC(2025, 0, 15, 12, 0, 0));

/** Every variants node of a described tree, with the schema it was described from. */
function variantNodes(node: BodyNode, out: BodyNode[] = []): BodyNode[] {
  if (node.kind === 'variants') {
    out.push(node);
    for (const variant of node.variants) variantNodes(variant.node, out);
  } else if (node.kind === 'object') {
    for (const property of node.properties) variantNodes(property.node, out);
    if (node.additional) variantNodes(node.additional, out);
  } else if (node.kind === 'array') variantNodes(node.item, out);
  return out;
}

function count(node: BodyNode): number {
  if (node.kind === 'variants') return 1 + node.variants.reduce((n, v) => n + count(v.node), 0);
  if (node.kind === 'object')
    return (
      1 +
      node.properties.reduce((n, p) => n + count(p.node), 0) +
      (node.additional ? count(node.additional) : 0)
    );
  if (node.kind === 'array') return 1 + count(node.item);
  return 1;
}

describe('every JSON request body of the full OpenAI document', () => {
  let bodies: { id: string; schema: Schema }[] = [];
  beforeAll(async () => {
    const text = readFileSync(new URL('../../specs/openai-openapi.yaml', import.meta.url), 'utf8');
    const api: ApiModel = await loadApi(text, 'openai-openapi.yaml');
    bodies = api.operations.flatMap((operation) =>
      Object.entries(operation.requestBody?.content ?? {})
        .filter(([mediaType, media]) => isJsonMediaType(mediaType) && media.schema)
        .map(([, media]) => ({ id: operation.id, schema: media.schema as Schema })),
    );
  }, 60_000);

  it('describes each body, and each oneOf/anyOf switches to every variant and picks it back', () => {
    expect(bodies).toHaveLength(100);
    const failures: string[] = [];
    let variantSets = 0;
    let nodes = 0;
    for (const { id, schema } of bodies) {
      const root = describeBodyNode(schema);
      nodes += count(root);
      expect(['object', 'variants', 'array', 'unknown']).toContain(root.kind);
      for (const node of variantNodes(root)) {
        if (node.kind !== 'variants') continue;
        variantSets++;
        const start = sampleJsonValue(node.schema, NOW);
        pickVariant(node.schema, start);
        for (let index = 0; index < node.variants.length; index++) {
          const switched = switchVariant(node.schema, start, index, NOW);
          JSON.stringify(switched);
          // The switcher shows the chosen variant again (the user's choice is passed as preferred).
          const picked = pickVariant(node.schema, switched, index);
          if (picked !== index) failures.push(`${id}: ${node.variants[index]?.label} came back as ${picked}`);
        }
      }
    }
    expect(variantSets).toBeGreaterThan(100);
    expect(nodes).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  });
});
