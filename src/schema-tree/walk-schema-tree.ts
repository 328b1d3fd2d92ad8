import { describeSchemaChildren } from './describe-schema-children.ts';
import type { SchemaNode, SchemaTreeContext, SchemaVariant } from './schema-node.ts';

/** What a walk saw: nodes opened and every variant choice met (each shared schema once). */
export interface TreeWalk {
  nodes: number;
  choices: { path: string; options: SchemaVariant[] }[];
}

/**
 * Opens every node under `root` as a reader clicking everything would, down to `maxDepth`, opening a node that
 * comes from a `$ref` only once per walk (shared schemas are the same everywhere). For corpus checks and the
 * variant-name report: how a whole document reads, not only the first level.
 */
export function walkSchemaTree(
  root: SchemaNode,
  context: SchemaTreeContext,
  walk: TreeWalk = { nodes: 0, choices: [] },
  seen = new Set<string>(),
  maxDepth = 24,
): TreeWalk {
  const queue: { node: SchemaNode; path: string; depth: number }[] = [
    { node: root, path: root.name ?? '', depth: 0 },
  ];
  for (let next = queue.shift(); next; next = queue.shift()) {
    const { node, path, depth } = next;
    walk.nodes++;
    if (!node.expandable || depth >= maxDepth) continue;
    const key = node.source.prepared.refs.join(' ');
    if (key !== '') {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const children = describeSchemaChildren(node, context);
    const more = [...children.properties, ...children.patternProperties, ...children.items];
    if (children.additional) more.push(children.additional);
    for (const child of more)
      queue.push({ node: child, path: `${path}.${child.name ?? '*'}`, depth: depth + 1 });
    if (children.variants) {
      walk.choices.push({ path, options: children.variants.options });
      for (const option of children.variants.options) {
        queue.push({ node: option.node, path: `${path}<${option.label}>`, depth: depth + 1 });
      }
    }
  }
  return walk;
}
