import type { ApiModel, Schema } from './model.ts';
import { refName } from './ref-name.ts';
import type { RefLookup } from './resolve-ref.ts';
import { type ResolveSchemaOptions, resolveSchema } from './resolve-schema.ts';

/**
 * A model schema with every `$ref` into `api.schemas` inlined, as `resolveSchema` does for documents: cycles
 * cut with `x-circular`, size and depth bounded (`options`), memoized per table. For consumers that need a
 * whole schema at once (a generated sample, a validator); the tree reads refs one level at a time instead.
 */
export function inlineModelSchema(
  api: Pick<ApiModel, 'schemas'>,
  schema: Schema,
  options: Omit<ResolveSchemaOptions, 'lookup'> = {},
): Schema {
  const table = api.schemas;
  const lookup = (ref: string): RefLookup =>
    Object.hasOwn(table, ref)
      ? { kind: 'found', value: table[ref], name: refName(ref) }
      : { kind: 'missing', ref };
  return resolveSchema(table, schema, { ...options, lookup });
}
