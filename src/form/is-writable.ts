import type { Schema } from '../openapi/model.ts';
import { flattenSchema } from './flatten-schema.ts';

/** Whether a property belongs in requests: not `readOnly`, itself or through `allOf` (own keywords win). */
export function isWritable(property: Schema): boolean {
  return flattenSchema(property).readOnly !== true;
}
