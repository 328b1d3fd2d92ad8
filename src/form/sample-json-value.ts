import { isRecord } from '../openapi/is-record.ts';
import type { Schema } from '../openapi/model.ts';
import { checkScalarText } from './check-scalar-text.ts';
import { flattenSchema, isNullSchema } from './flatten-schema.ts';
import { isWritable } from './is-writable.ts';
import { samplePatternStrings } from './sample-pattern-string.ts';
import { sampleString } from './sample-string.ts';

const MAX_DEPTH = 8;

/** Request samples are what a client may send; response samples show what the server answers. */
export type SampleDirection = 'request' | 'response';

/**
 * A JSON value that fits a schema, for "fill example values" and the reference's generated examples:
 * documented examples first, then defaults, consts and enums, else generated from the type (`oneOf`/`anyOf`:
 * the first non-null variant). Requests get required properties only (or the first few when none is
 * required), never read-only ones; responses get every property but write-only ones. Depth-limited and safe
 * on cut cycles.
 */
export function sampleJsonValue(
  schema: Schema,
  now: Date,
  direction: SampleDirection = 'request',
  depth = 0,
): unknown {
  const s = flattenSchema(schema);
  const type = typeOf(s);
  // Documents in the wild carry examples and defaults of another type (an object schema with a JSON *string*
  // example, `default: null` on a non-nullable object): a server rejects those, so they are skipped.
  // Likewise a string example that breaks its own format or pattern (a date-time given for `format: date`).
  const documented = [s.example, ...(s.examples ?? []), s.default].find(
    (value) =>
      value !== undefined &&
      fitsType(value, type, isNullable(schema)) &&
      (typeof value !== 'string' ||
        type !== 'string' ||
        !checkScalarText(value, { kind: 'string', schema: s })),
  );
  if (documented !== undefined) return documented;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  // A cut `$ref` cycle or the depth limit: the smallest value of the right type.
  if (s['x-circular'] !== undefined || depth >= MAX_DEPTH) return emptyOf(type);

  const variants = (s.oneOf ?? s.anyOf)?.filter((v) => !isNullSchema(v));
  const firstVariant = variants?.[0] && flattenSchema(variants[0]);
  // `oneOf: [{required: [a]}, {required: [b]}]` beside `properties`: the variant only picks which sibling
  // properties are required; sampling the first three siblings as well would match more than one variant.
  if (s.properties && firstVariant && isRequiredOnly(firstVariant)) {
    return sampleObject(
      { ...s, required: [...(s.required ?? []), ...(firstVariant.required ?? [])] },
      now,
      direction,
      depth,
    );
  }
  if (variants?.length && variants[0]) {
    const variant = sampleJsonValue(variants[0], now, direction, depth + 1);
    // Properties declared beside the variants belong to every variant.
    if (s.properties && isRecord(variant)) return { ...sampleObject(s, now, direction, depth), ...variant };
    return variant;
  }

  switch (type) {
    case 'object':
      return sampleObject(s, now, direction, depth);
    case 'array': {
      const item = sampleJsonValue(s.items ?? {}, now, direction, depth + 1);
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => item).slice(
        0,
        s.maxItems ?? Number.POSITIVE_INFINITY,
      );
    }
    case 'string':
      return sampleMatching(s, now);
    case 'integer':
    case 'number':
      return sampleNumber(s, type);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return {};
  }
}

function sampleObject(
  s: Schema,
  now: Date,
  direction: SampleDirection,
  depth: number,
): Record<string, unknown> {
  if (direction === 'response') {
    const result: Record<string, unknown> = {};
    for (const [name, property] of Object.entries(s.properties ?? {})) {
      if (flattenSchema(property).writeOnly === true) continue;
      defineOwn(result, name, sampleJsonValue(property, now, direction, depth + 1));
    }
    return result;
  }
  const properties = Object.entries(s.properties ?? {}).filter(([, p]) => isWritable(p));
  const required = new Set(s.required ?? []);
  const chosen =
    required.size > 0 ? properties.filter(([name]) => required.has(name)) : properties.slice(0, 3);
  const result: Record<string, unknown> = {};
  for (const [name, property] of chosen) result[name] = sampleJsonValue(property, now, direction, depth + 1);
  return result;
}

function defineOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

function sampleNumber(s: Schema, type: 'integer' | 'number'): number {
  const exclusiveMin = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : undefined;
  let value =
    s.minimum ?? (exclusiveMin !== undefined ? exclusiveMin + 1 : undefined) ?? Math.min(1, s.maximum ?? 1);
  if (s.exclusiveMinimum === true && value === s.minimum) value += type === 'integer' ? 1 : 0.5;
  if (typeof s.multipleOf === 'number' && s.multipleOf > 0)
    value = Math.ceil(value / s.multipleOf) * s.multipleOf;
  return type === 'integer' ? Math.ceil(value) : value;
}

function isRequiredOnly(variant: Schema): boolean {
  return (
    (variant.required?.length ?? 0) > 0 &&
    variant.properties === undefined &&
    (variant.type === undefined || variant.type === 'object') &&
    variant.oneOf === undefined &&
    variant.anyOf === undefined
  );
}

/** Whether a documented value has the schema's JSON type (any value fits a schema without one). */
function fitsType(value: unknown, type: string | undefined, nullable: boolean): boolean {
  if (value === null) return nullable || type === 'null' || type === undefined;
  switch (type) {
    case 'object':
      return isRecord(value);
    case 'array':
      return Array.isArray(value);
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    default:
      return true;
  }
}

/** Nullability as written, before `flattenSchema` reduces it away. */
function isNullable(schema: Schema): boolean {
  return (
    schema.nullable === true ||
    (Array.isArray(schema.type) && schema.type.includes('null')) ||
    [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some(isNullSchema)
  );
}

function typeOf(s: Schema): string | undefined {
  if (typeof s.type === 'string') return s.type;
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null') ?? 'null';
  if (s.properties || s.additionalProperties) return 'object';
  if (s.items) return 'array';
  return undefined;
}

function emptyOf(type: string | undefined): unknown {
  if (type === 'array') return [];
  if (type === 'string') return '';
  if (type === 'integer' || type === 'number') return 0;
  if (type === 'boolean') return false;
  return type === 'object' || type === undefined ? {} : null;
}

/** The format or plain sample, unless the schema's pattern rejects it: then a string made from the pattern. */
function sampleMatching(s: Schema, now: Date): string {
  const sample = sampleString(s, now);
  if (!s.pattern) return sample;
  try {
    if (new RegExp(s.pattern, 'u').test(sample)) return sample;
  } catch {
    return sample;
  }
  return samplePatternStrings(s)[0] ?? sample;
}
