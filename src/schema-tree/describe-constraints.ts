import type { Schema } from '../openapi/model.ts';
import { formatValue } from './format-value.ts';
import type { PreparedSchema, SchemaConstraint } from './schema-node.ts';

/** Enum members listed before "and N more". */
const maxValues = 40;

/**
 * What a (prepared) schema allows, as labelled values a reader can scan: allowed and known values, const,
 * default, numeric bounds (3.0 boolean and 3.1 numeric exclusive bounds), multipleOf, lengths, pattern, item
 * and property counts, uniqueness, other keys, content encoding, examples; plus the keywords this tree does
 * not draw (`not`, `if`/`then`/`else`, …) named as such so nothing is silently left out.
 */
export function describeConstraints(prepared: PreparedSchema): SchemaConstraint[] {
  const s = prepared.schema;
  const out: SchemaConstraint[] = [];
  const add: Add = (label, values, kind = 'value') => {
    const shown = values.slice(0, maxValues).map((v) => (kind === 'value' ? formatValue(v) : String(v)));
    const constraint: SchemaConstraint = { label, values: shown, code: kind !== 'text' };
    if (values.length > maxValues) constraint.more = values.length - maxValues;
    out.push(constraint);
  };
  if (s.const !== undefined) add('Constant', [s.const]);
  if (s.enum?.length) add('Allowed values', s.enum);
  if (prepared.knownValues?.length) add('Known values', prepared.knownValues);
  if (s.default !== undefined) add('Default', [s.default]);

  const bounds = numericBounds(s);
  if (bounds.min) add(bounds.min.exclusive ? 'Greater than' : 'Minimum', [bounds.min.value]);
  if (bounds.max) add(bounds.max.exclusive ? 'Less than' : 'Maximum', [bounds.max.value]);
  if (typeof s.multipleOf === 'number') add('Multiple of', [s.multipleOf]);
  countRange(add, 'Length', s.minLength, s.maxLength, 'character');
  if (typeof s.pattern === 'string') add('Pattern', [s.pattern], 'code');
  countRange(add, 'Items', s.minItems, s.maxItems, 'item');
  if (s.uniqueItems === true) add('Unique items', []);
  countRange(add, 'Properties', s.minProperties, s.maxProperties, 'property');
  if (s.additionalProperties === false) add('No other properties', []);
  if (typeof s.contentMediaType === 'string') add('Content type', [s.contentMediaType], 'code');
  if (typeof s.contentEncoding === 'string') add('Encoding', [s.contentEncoding], 'code');
  if (s.example !== undefined) add('Example', [s.example]);
  else if (Array.isArray(s.examples) && s.examples.length > 0) add('Examples', s.examples.slice(0, 3));

  const unshown = [
    'not',
    'if',
    'dependentSchemas',
    'dependentRequired',
    'propertyNames',
    'contains',
    'unevaluatedProperties',
    'unevaluatedItems',
  ].filter((key) => (s as Record<string, unknown>)[key] !== undefined);
  if (unshown.length > 0) add('Also constrained by (not drawn)', unshown, 'code');
  if (prepared.skippedMembers?.length) add('Also includes (circular)', prepared.skippedMembers, 'code');
  return out;
}

/** `value`: formatted and shown as code; `code`: as written, as code; `text`: as written, as prose. */
type Add = (label: string, values: unknown[], kind?: 'value' | 'code' | 'text') => void;

interface Bound {
  value: number;
  exclusive: boolean;
}

/** 3.0: `exclusiveMinimum: true` beside `minimum`; 3.1: `exclusiveMinimum: 5`. The tighter bound wins. */
function numericBounds(s: Schema): { min?: Bound; max?: Bound } {
  const out: { min?: Bound; max?: Bound } = {};
  if (typeof s.minimum === 'number') out.min = { value: s.minimum, exclusive: s.exclusiveMinimum === true };
  if (typeof s.exclusiveMinimum === 'number' && (!out.min || s.exclusiveMinimum >= out.min.value)) {
    out.min = { value: s.exclusiveMinimum, exclusive: true };
  }
  if (typeof s.maximum === 'number') out.max = { value: s.maximum, exclusive: s.exclusiveMaximum === true };
  if (typeof s.exclusiveMaximum === 'number' && (!out.max || s.exclusiveMaximum <= out.max.value)) {
    out.max = { value: s.exclusiveMaximum, exclusive: true };
  }
  return out;
}

/** `1 to 64 characters`, `at least 1 item`, `at most 3 properties`, `exactly 2 items`. */
function countRange(
  add: Add,
  label: string,
  min: number | undefined,
  max: number | undefined,
  unit: string,
): void {
  const hasMin = typeof min === 'number' && min > 0;
  const hasMax = typeof max === 'number';
  if (!hasMin && !hasMax) return;
  const plural = (n: number) => `${n} ${n === 1 ? unit : unit === 'property' ? 'properties' : `${unit}s`}`;
  let text: string;
  if (hasMin && hasMax) text = min === max ? `exactly ${plural(max)}` : `${min} to ${plural(max)}`;
  else if (hasMin) text = `at least ${plural(min)}`;
  else text = `at most ${plural(max as number)}`;
  add(label, [text], 'text');
}
