import { flattenSchema, isNullSchema } from '../form/flatten-schema.ts';
import type { Schema } from '../openapi/model.ts';

/** The alternatives of a `oneOf`/`anyOf` (or a list of types), each ready to edit on its own. */
export interface VariantSet {
  combinator: 'oneOf' | 'anyOf' | 'type';
  /** Each non-null variant, flattened, with the properties declared beside the variants merged in. */
  schemas: Schema[];
  /** The variants as written (titles and discriminator values are read from these). */
  raw: Schema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
}

/**
 * The variants of a schema after flattening (so nullable wrappers and enum-only unions are gone), or
 * undefined when it has none. Properties beside `oneOf` belong to every variant, so they are merged in.
 */
export function variantSchemas(schema: Schema): VariantSet | undefined {
  const s = flattenSchema(schema);
  const combinator = s.oneOf?.length ? 'oneOf' : s.anyOf?.length ? 'anyOf' : undefined;
  if (!combinator) {
    if (!Array.isArray(s.type) || s.type.length < 2) return undefined;
    // `type: [string, array]`: one variant per type, each titled by it.
    const raw = s.type.map((type) => ({ ...s, type, title: type }));
    return { combinator: 'type', schemas: raw, raw };
  }
  const raw = (s[combinator] ?? []).filter((v) => !isNullSchema(v));
  const { oneOf: _oneOf, anyOf: _anyOf, discriminator, ...rest } = s;
  const shared: Schema = {};
  if (rest.properties) shared.properties = rest.properties;
  if (rest.required) shared.required = rest.required;
  if (rest.additionalProperties !== undefined) shared.additionalProperties = rest.additionalProperties;
  const hasShared = Object.keys(shared).length > 0;
  const schemas = raw.map((variant) =>
    // The variant comes last so its own type and title win over the shared part.
    hasShared ? flattenSchema({ allOf: [shared, variant] }) : flattenSchema(variant),
  );
  return discriminator?.propertyName
    ? { combinator, schemas, raw, discriminator }
    : { combinator, schemas, raw };
}
