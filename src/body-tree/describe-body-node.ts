import { flattenSchema, scalarTypeOf } from '../form/flatten-schema.ts';
import { isWritable } from '../form/is-writable.ts';
import type { Schema } from '../openapi/model.ts';
import type { BodyNode, BodyVariant, ScalarNode } from './body-node.ts';
import { discriminatorValue } from './discriminator-value.ts';
import { isNullable } from './is-nullable.ts';
import { variantSchemas } from './variant-schemas.ts';
import { variantSummary } from './variant-summary.ts';

/** Resolved schemas are finite trees; this only guards against pathological nesting. */
const MAX_DEPTH = 64;

/**
 * The form's view of a (resolved) schema: what control edits it, its label data and bounds, recursively.
 * `allOf` is merged, nullable read, read-only properties left out; cut cycles, untyped values and tuples
 * become `circular`/`unknown` nodes that the form edits as raw JSON.
 */
export function describeBodyNode(schema: Schema, depth = 0): BodyNode {
  const s = flattenSchema(schema);
  const base = {
    schema: s,
    deprecated: s.deprecated === true,
    nullable: isNullable(schema) || isNullable(s),
    ...(s.title !== undefined ? { title: s.title } : {}),
    ...(s.description !== undefined ? { description: s.description } : {}),
    ...(s.default !== undefined ? { default: s.default } : {}),
  };
  if (s['x-circular'] !== undefined) return { ...base, kind: 'circular', name: s['x-circular'] };
  if (depth >= MAX_DEPTH || s['x-unresolved'] !== undefined || s['x-truncated'] !== undefined)
    return { ...base, kind: 'unknown' };
  if (s.const !== undefined) {
    return isScalar(s.const) ? { ...base, kind: 'enum', values: [s.const] } : { ...base, kind: 'unknown' };
  }
  if (s.enum?.length) {
    return s.enum.every(isScalar)
      ? { ...base, kind: 'enum', values: s.enum as (string | number | boolean)[] }
      : { ...base, kind: 'unknown' };
  }

  const set = variantSchemas(s);
  if (set) {
    const free = freeTextWithSuggestions(set.schemas);
    if (free) return { ...base, ...scalarBounds(free.schema), kind: 'scalar', suggestions: free.suggestions };
    const variants = set.schemas.map((variantSchema, index): BodyVariant => {
      const value = discriminatorValue(set, index);
      const title = set.raw[index]?.title ?? variantSchema.title;
      const node = describeBodyNode(variantSchema, depth + 1);
      return {
        label: title ?? value ?? `Option ${index + 1}`,
        summary: variantSummary(node),
        node,
        ...(value !== undefined ? { discriminatorValue: value } : {}),
      };
    });
    return {
      ...base,
      kind: 'variants',
      combinator: set.combinator,
      variants,
      ...(set.discriminator ? { discriminator: set.discriminator.propertyName } : {}),
    };
  }

  const type = scalarTypeOf(s);
  if (type === 'boolean') return { ...base, kind: 'boolean' };
  if (type === 'string' || type === 'integer' || type === 'number')
    return { ...base, ...scalarBounds(s), kind: 'scalar' };

  if (s.type === 'object' || s.properties || isSchemaObject(s.additionalProperties)) {
    const required = new Set(s.required ?? []);
    const properties = Object.entries(s.properties ?? {})
      .filter(([, property]) => isWritable(property))
      .map(([name, property]) => ({
        name,
        required: required.has(name),
        node: describeBodyNode(property, depth + 1),
      }));
    const additional = isSchemaObject(s.additionalProperties)
      ? describeBodyNode(s.additionalProperties, depth + 1)
      : undefined;
    // A bare `{type: object}` says nothing a form could offer: raw JSON edits it best.
    if (properties.length === 0 && !additional && !s.properties) return { ...base, kind: 'unknown' };
    return { ...base, kind: 'object', properties, ...(additional ? { additional } : {}) };
  }

  if ((s.type === 'array' || s.items) && !s.prefixItems) {
    return {
      ...base,
      kind: 'array',
      item: describeBodyNode(s.items ?? {}, depth + 1),
      ...(s.minItems !== undefined ? { minItems: s.minItems } : {}),
      ...(s.maxItems !== undefined ? { maxItems: s.maxItems } : {}),
    };
  }
  return { ...base, kind: 'unknown' };
}

type ScalarBounds = Omit<ScalarNode, keyof NodeBaseKeys | 'kind' | 'suggestions'>;
type NodeBaseKeys = Pick<
  ScalarNode,
  'schema' | 'deprecated' | 'nullable' | 'title' | 'description' | 'default'
>;

function scalarBounds(s: Schema): ScalarBounds {
  const type = scalarTypeOf(s);
  const bounds: ScalarBounds = { type: type === 'integer' || type === 'number' ? type : 'string' };
  if (s.format !== undefined) bounds.format = s.format;
  if (typeof s.minimum === 'number') bounds.minimum = s.minimum;
  if (typeof s.maximum === 'number') bounds.maximum = s.maximum;
  // 3.0 writes exclusive bounds as booleans beside minimum/maximum; 3.1 as numbers.
  if (typeof s.exclusiveMinimum === 'number') bounds.exclusiveMinimum = s.exclusiveMinimum;
  else if (s.exclusiveMinimum === true && typeof s.minimum === 'number') {
    bounds.exclusiveMinimum = s.minimum;
    delete bounds.minimum;
  }
  if (typeof s.exclusiveMaximum === 'number') bounds.exclusiveMaximum = s.exclusiveMaximum;
  else if (s.exclusiveMaximum === true && typeof s.maximum === 'number') {
    bounds.exclusiveMaximum = s.maximum;
    delete bounds.maximum;
  }
  if (typeof s.multipleOf === 'number') bounds.multipleOf = s.multipleOf;
  if (typeof s.minLength === 'number') bounds.minLength = s.minLength;
  if (typeof s.maxLength === 'number') bounds.maxLength = s.maxLength;
  if (typeof s.pattern === 'string') bounds.pattern = s.pattern;
  return bounds;
}

/**
 * `anyOf: [{type: string}, {type: string, enum: [...]}]` is how documents say "any text, these are known":
 * one text box with suggestions, not a switcher. Needs one free variant and every variant of one type.
 */
function freeTextWithSuggestions(schemas: Schema[]): { schema: Schema; suggestions: string[] } | undefined {
  const types = new Set<string | undefined>();
  const suggestions: string[] = [];
  let free: Schema | undefined;
  for (const schema of schemas) {
    const type = scalarTypeOf(schema) ?? (typeof schema.const === 'string' ? 'string' : undefined);
    if (type !== 'string' && type !== 'integer' && type !== 'number') return undefined;
    types.add(type);
    const known = schema.const !== undefined ? [schema.const] : schema.enum;
    if (known?.length) {
      if (!known.every(isScalar)) return undefined;
      suggestions.push(...known.map(String));
    } else free ??= schema;
  }
  if (types.size !== 1 || !free) return undefined;
  return { schema: free, suggestions: [...new Set(suggestions)] };
}

function isSchemaObject(value: Schema | boolean | undefined): value is Schema {
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
