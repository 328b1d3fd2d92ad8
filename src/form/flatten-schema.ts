import type { Schema } from '../openapi/model.ts';

const SCALAR_TYPES = new Set(['string', 'integer', 'number', 'boolean']);

/**
 * The schema a form reads: `allOf` merged, `nullable` and `type: [x, 'null']` reduced to `x`,
 * a `oneOf`/`anyOf` with one non-null variant replaced by it, and a `oneOf`/`anyOf` whose variants are
 * all scalar enums/consts turned into one enum. Only the top level is flattened (nested schemas are
 * flattened when they are read), which keeps this cheap and safe on cut cycles.
 */
export function flattenSchema(schema: Schema): Schema {
  let s: Schema = schema.allOf?.length ? mergeAllOf(schema) : schema;

  if (Array.isArray(s.type)) {
    const nonNull = s.type.filter((t) => t !== 'null');
    const { type: _type, ...rest } = s;
    s =
      nonNull.length === 1
        ? { ...rest, type: nonNull[0] }
        : nonNull.length > 1
          ? { ...rest, type: nonNull }
          : rest;
  }
  if (s.nullable) {
    const { nullable: _nullable, ...rest } = s;
    s = rest;
  }
  if (s.enum?.includes(null)) s = { ...s, enum: s.enum.filter((v) => v !== null) };

  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const variants = s[combinator];
    if (!variants?.length) continue;
    const nonNull = variants.filter((v) => !isNullSchema(v)).map(flattenSchema);
    const { [combinator]: _dropped, ...rest } = s;
    if (nonNull.length === 1 && nonNull[0]) {
      // `anyOf: [X, {type: null}]` is how 3.1 documents say "nullable X": read it as X.
      s = flattenSchema({ ...rest, allOf: [nonNull[0]] });
      continue;
    }
    const enumValues = scalarEnumValues(nonNull);
    if (enumValues) {
      const types = new Set(nonNull.map((v) => (typeof v.type === 'string' ? v.type : undefined)));
      const [onlyType] = [...types];
      s = { ...rest, ...(types.size === 1 && onlyType ? { type: onlyType } : {}), enum: enumValues };
    }
  }
  return s;
}

/** True when a schema only admits `null`. */
export function isNullSchema(schema: Schema): boolean {
  return schema.type === 'null' || (Array.isArray(schema.type) && schema.type.every((t) => t === 'null'));
}

/** The one scalar type of a flattened schema, if it has exactly one. */
export function scalarTypeOf(schema: Schema): string | undefined {
  return typeof schema.type === 'string' && SCALAR_TYPES.has(schema.type) ? schema.type : undefined;
}

function scalarEnumValues(variants: Schema[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const variant of variants) {
    if (variant.const !== undefined && isScalar(variant.const)) values.push(variant.const);
    else if (variant.enum?.length && variant.enum.every(isScalar)) values.push(...variant.enum);
    else return undefined;
  }
  return [...new Set(values)];
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function mergeAllOf(schema: Schema): Schema {
  const { allOf = [], ...own } = schema;
  let merged: Schema = {};
  for (const member of [...allOf.map(flattenSchema), own]) {
    merged = {
      ...merged,
      ...withoutUndefined(member),
      ...(merged.properties || member.properties
        ? { properties: { ...merged.properties, ...member.properties } }
        : {}),
      ...(merged.required || member.required
        ? { required: [...new Set([...(merged.required ?? []), ...(member.required ?? [])])] }
        : {}),
    };
  }
  return merged;
}

function withoutUndefined(schema: Schema): Schema {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined)) as Schema;
}
