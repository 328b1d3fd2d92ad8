import { isNullSchema } from '../form/flatten-schema.ts';
import type { Schema } from '../openapi/model.ts';

/** Whether a schema admits `null`: 3.0 `nullable`, a 3.1 type list, an enum with null, or a null variant. */
export function isNullable(schema: Schema): boolean {
  if (schema.nullable === true || isNullSchema(schema)) return true;
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  if (schema.enum?.includes(null)) return true;
  if ([...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some(isNullSchema)) return true;
  // `allOf: [X]` with `nullable` on the wrapper is covered above; on the only member it is X's own word.
  return schema.allOf?.length === 1 && schema.allOf[0] !== undefined ? isNullable(schema.allOf[0]) : false;
}
