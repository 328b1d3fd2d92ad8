import { isRecord } from '../openapi/is-record.ts';
import type { BodyNode } from './body-node.ts';

/**
 * Whether the form control for `node` can show `value` without losing it: unset, or of the JSON shape the
 * control edits. A value of another shape (a list where an object is described) is shown as raw JSON.
 */
export function matchesKind(node: BodyNode, value: unknown): boolean {
  if (value === undefined || (value === null && node.nullable)) return true;
  switch (node.kind) {
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'scalar':
      // Numbers typed as text that does not parse are kept as strings: still this control's value.
      return typeof value === 'string' || (node.type !== 'string' && typeof value === 'number');
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    default:
      return true;
  }
}
