import { isRecord } from '../openapi/is-record.ts';
import type { ObjectNode } from './body-node.ts';

/**
 * Entries of an object value that its schema does not list, in value order: the form shows them read-only
 * and keeps them. For a map (`additionalProperties` schema) they are the map's entries instead, so none.
 */
export function otherProperties(node: ObjectNode, value: unknown): [string, unknown][] {
  if (!isRecord(value) || node.additional) return [];
  const listed = new Set(node.properties.map((p) => p.name));
  return Object.keys(value)
    .filter((key) => !listed.has(key))
    .map((key) => [key, value[key]]);
}
