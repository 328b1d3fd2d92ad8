import type { Schema } from '../openapi/model.ts';
import { flattenSchema, scalarTypeOf } from './flatten-schema.ts';
import type { FieldKind, ScalarKind } from './form-model.ts';

/** How a form edits a value of a (flattened) schema. */
export interface FieldKindReading {
  kind: FieldKind;
  enumValues?: string[];
  item?: { kind: ScalarKind; enumValues?: string[] };
  /** Known values of a free-text field (`anyOf: [string, enum]`), for a datalist. */
  suggestions?: string[];
}

/** Reads the form kind of a flattened schema: enum, scalar, array of scalars, or JSON for anything else. */
export function readFieldKind(schema: Schema): FieldKindReading {
  const scalar = readScalar(schema);
  if (scalar) return scalar;
  if (schema.type === 'array' || (schema.type === undefined && schema.items)) {
    const items = flattenSchema(schema.items ?? {});
    const item = readScalar(items) ?? (isUntyped(items) ? { kind: 'string' as const } : undefined);
    if (item) {
      return {
        kind: 'array',
        item: item.enumValues ? { kind: item.kind, enumValues: item.enumValues } : { kind: item.kind },
      };
    }
    return { kind: 'json' };
  }
  // A free text with known values (`anyOf: [{type: string}, {enum: […]}]`): text with suggestions.
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) {
    const readings = variants.map((v) => readScalar(flattenSchema(v)));
    if (readings.every((r) => r !== undefined)) {
      const suggestions = readings.flatMap((r) => r?.enumValues ?? []);
      const kinds = new Set(readings.map((r) => (r?.kind === 'enum' ? 'string' : r?.kind)));
      const kind = kinds.size === 1 ? ([...kinds][0] as ScalarKind) : 'string';
      return suggestions.length ? { kind, suggestions } : { kind };
    }
    return { kind: 'json' };
  }
  if (isUntyped(schema)) return { kind: 'string' };
  if (Array.isArray(schema.type) && schema.type.every((t) => scalarTypeOf({ type: t })))
    return { kind: 'string' };
  return { kind: 'json' };
}

function readScalar(schema: Schema): (FieldKindReading & { kind: ScalarKind }) | undefined {
  if (schema.const !== undefined && isScalar(schema.const))
    return { kind: 'enum', enumValues: [String(schema.const)] };
  if (schema.enum?.length && schema.enum.every(isScalar)) {
    return { kind: 'enum', enumValues: schema.enum.map((v) => String(v)) };
  }
  const type = scalarTypeOf(schema);
  if (type === 'string' || type === 'integer' || type === 'number' || type === 'boolean')
    return { kind: type };
  return undefined;
}

/** `{}` or a schema with only annotations: any value; text is the natural control. */
function isUntyped(schema: Schema): boolean {
  return (
    schema.type === undefined &&
    !schema.properties &&
    !schema.items &&
    !schema.oneOf &&
    !schema.anyOf &&
    !schema.allOf &&
    !schema.additionalProperties &&
    !schema['x-circular']
  );
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
