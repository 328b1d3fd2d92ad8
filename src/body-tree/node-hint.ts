import type { BodyNode } from './body-node.ts';

/** One line about a node's type and bounds for the hint under its control, e.g. `integer, 1 to 10`. */
export function nodeHint(node: BodyNode): string | undefined {
  const parts: string[] = [];
  if (node.kind === 'scalar') {
    // Plain text needs no type hint; numbers and formats do (what to type is not obvious).
    if (node.type !== 'string') parts.push(node.type);
    if (node.format) parts.push(node.format);
    const low = node.minimum ?? node.exclusiveMinimum;
    const high = node.maximum ?? node.exclusiveMaximum;
    const lowText = node.exclusiveMinimum !== undefined ? `more than ${low}` : `at least ${low}`;
    const highText = node.exclusiveMaximum !== undefined ? `less than ${high}` : `at most ${high}`;
    if (low !== undefined && high !== undefined) {
      const inclusive = node.exclusiveMinimum === undefined && node.exclusiveMaximum === undefined;
      parts.push(inclusive ? `${low} to ${high}` : `${lowText}, ${highText}`);
    } else if (low !== undefined) parts.push(lowText);
    else if (high !== undefined) parts.push(highText);
    if (node.multipleOf !== undefined) parts.push(`multiple of ${node.multipleOf}`);
    if (node.minLength !== undefined && node.maxLength !== undefined)
      parts.push(`${node.minLength} to ${node.maxLength} characters`);
    else if (node.minLength !== undefined) parts.push(`at least ${node.minLength} characters`);
    else if (node.maxLength !== undefined) parts.push(`at most ${node.maxLength} characters`);
  } else if (node.kind === 'array') {
    if (node.minItems !== undefined) parts.push(`at least ${node.minItems} items`);
    if (node.maxItems !== undefined) parts.push(`at most ${node.maxItems} items`);
  }
  if (node.default !== undefined && typeof node.default !== 'object')
    parts.push(`default ${String(node.default)}`);
  return parts.length > 0 ? parts.join(', ') : undefined;
}
