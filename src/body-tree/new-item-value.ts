import { sampleJsonValue } from '../form/sample-json-value.ts';
import type { BodyNode } from './body-node.ts';

/** The value a new array item or map entry starts with: empty text for strings, else a schema sample. */
export function newItemValue(node: BodyNode, now = new Date()): unknown {
  if (node.kind === 'scalar' && node.type === 'string') return '';
  return sampleJsonValue(node.schema, now);
}
