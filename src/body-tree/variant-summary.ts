import type { BodyNode } from './body-node.ts';

/** A few words on what a variant holds (`string`, `list of string`, `object with id`), for untitled options. */
export function variantSummary(node: BodyNode): string {
  switch (node.kind) {
    case 'scalar':
      return node.format ? `${node.type} (${node.format})` : node.type;
    case 'enum': {
      const shown = node.values.slice(0, 3).map((v) => JSON.stringify(v));
      return `one of ${shown.join(', ')}${node.values.length > 3 ? ', …' : ''}`;
    }
    case 'boolean':
      return 'boolean';
    case 'array':
      return `list of ${variantSummary(node.item)}`;
    case 'object': {
      const required = node.properties.filter((p) => p.required).map((p) => p.name);
      const named = (required.length > 0 ? required : node.properties.map((p) => p.name)).slice(0, 3);
      if (named.length === 0) return node.additional ? 'map' : 'object';
      return `object with ${named.join(', ')}${required.length > 3 ? ', …' : ''}`;
    }
    case 'variants':
      return `one of ${node.variants.length} shapes`;
    case 'circular':
      return node.name;
    default:
      return 'any JSON';
  }
}
