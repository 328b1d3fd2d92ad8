import { boundsHint } from '../form/bounds-hint.ts';
import type { BodyNode } from './body-node.ts';

/** One line about a node's type and bounds for the hint under its control, e.g. `integer, 1 to 10`. */
export function nodeHint(node: BodyNode): string | undefined {
  const parts: string[] = [];
  if (node.kind === 'scalar') {
    // Plain text needs no type hint; numbers and formats do (what to type is not obvious).
    if (node.type !== 'string') parts.push(node.type);
    if (node.format) parts.push(node.format);
  }
  const bounds =
    node.kind === 'scalar'
      ? boundsHint({ ...node, default: node.default })
      : node.kind === 'array'
        ? boundsHint({ minItems: node.minItems, maxItems: node.maxItems, default: node.default })
        : boundsHint({ default: node.default });
  if (bounds) parts.push(bounds);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
