import type { Schema } from '../openapi/model.ts';
import { describeBodyNode } from './describe-body-node.ts';

/** Whether a JSON body schema gets the Form mode: an object, a list or a choice of shapes at the top. */
export function hasFormView(schema: Schema): boolean {
  const kind = describeBodyNode(schema).kind;
  return kind === 'object' || kind === 'array' || kind === 'variants';
}
