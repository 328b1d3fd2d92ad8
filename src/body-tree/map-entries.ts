import { isRecord } from '../openapi/is-record.ts';
import type { ObjectNode } from './body-node.ts';

/** The key/value rows of a map object: entries of the value whose keys are not listed properties. */
export function mapEntries(node: ObjectNode, value: unknown): [string, unknown][] {
  if (!isRecord(value) || !node.additional) return [];
  const listed = new Set(node.properties.map((p) => p.name));
  return Object.keys(value)
    .filter((key) => !listed.has(key))
    .map((key) => [key, value[key]]);
}
