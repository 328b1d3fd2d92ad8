import { type BodyCheck, collectFormIssues } from './collect-form-issues.ts';
import { effectiveBounds } from './effective-bounds.ts';
import { flattenSchema } from './flatten-schema.ts';
import type { FormField, FormModel, FormValue, FormValues } from './form-model.ts';
import { sampleJsonValue } from './sample-json-value.ts';
import { samplePatternStrings } from './sample-pattern-string.ts';
import { fitLength, sampleString } from './sample-string.ts';

const DAY_SECONDS = 24 * 60 * 60;
// Tried, in order, for strings whose pattern rejects every documented or format-derived candidate.
const PATTERN_GUESSES = ['abc', 'a', 'A', '1', '123', 'abc123', 'a-b', 'a_b', 'example-1', 'ABC', 'a.b'];

/** Options of `fillExampleValues`. */
export interface FillExampleOptions {
  /** The time samples are based on (unix-seconds ranges, date-time strings); default: the current time. */
  now?: Date | number;
  /** The JSON body check: a documented body example that breaks its schema is passed over for a sample. */
  body?: BodyCheck;
}

/**
 * A complete set of values that passes `buildFormSchema(model)`: documented examples where valid,
 * else defaults, first enum values and schema-derived samples (Unix-seconds ranges end at `now` and
 * start 7 days before). Optional parameters are filled only from what the document says (examples, defaults,
 * rule defaults) or when they are Unix-time bounds; optional fields with no valid sample are left empty.
 */
export function fillExampleValues(model: FormModel, options: FillExampleOptions = {}): FormValues {
  const now = new Date(options.now ?? Date.now());
  const values: FormValues = { ...model.defaults };
  // Two passes: a field checked by a rule against a later field (end_time > start_time) gets a second try.
  for (let pass = 0; pass < 2; pass++) {
    for (const field of model.fields) {
      const valid = candidatesFor(field, values, model, now).find((candidate) =>
        isValidFor(model, { ...values, [field.key]: candidate }, field.key, options.body),
      );
      if (valid !== undefined) values[field.key] = valid;
      else if (!field.required) values[field.key] = emptyValue(field);
      else if (pass === 0)
        values[field.key] = candidatesFor(field, values, model, now)[0] ?? emptyValue(field);
    }
  }
  return values;
}

function isValidFor(model: FormModel, values: FormValues, key: string, body: BodyCheck | undefined): boolean {
  // Without a checker the body's schema check is pending: only its JSON syntax decides then.
  return !collectFormIssues(model, values, body).some((issue) => issue.key === key && !issue.pending);
}

function candidatesFor(field: FormField, values: FormValues, model: FormModel, now: Date): FormValue[] {
  const schema = field.schema;
  const documented = [field.example, schema.example, ...(schema.examples ?? []), schema.default];
  // An optional parameter gets a value only when the document gives one (or it is a time range): a made-up
  // cursor, id or filter ("example") would make a real API reject or empty the request.
  if (!field.required && field.location !== 'body' && !field.unixSeconds) {
    const ruleDefault = effectiveBounds(field, values, model.rules, model.fields).default;
    const known = [...documented, ruleDefault].filter((v) => v !== undefined);
    if (field.kind === 'array') return known.length > 0 ? arrayCandidates(field, known, now) : [];
    return unique(known.filter(isScalar).map(String));
  }
  switch (field.kind) {
    case 'file':
      return typeof File === 'undefined'
        ? []
        : [new File(['example'], 'example.txt', { type: 'text/plain' })];
    case 'text': {
      const texts = documented
        .filter((v) => v !== undefined)
        .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
      return [...texts, 'example'];
    }
    case 'json': {
      const texts = documented.filter((v) => v !== undefined).map((v) => JSON.stringify(v, null, 2));
      return [...texts, JSON.stringify(sampleJsonValue(schema, now), null, 2)];
    }
    case 'array':
      return arrayCandidates(field, documented, now);
    default:
      return unique([
        ...documented.filter(isScalar).map(String),
        ...scalarSamples(field, values, model, now),
      ]);
  }
}

function scalarSamples(field: FormField, values: FormValues, model: FormModel, now: Date): string[] {
  const schema = field.schema;
  switch (field.kind) {
    case 'enum':
      return field.enumValues ?? [];
    case 'boolean':
      return ['false', 'true'];
    case 'integer':
    case 'number': {
      const samples: number[] = [];
      if (field.unixSeconds) {
        const nowSeconds = Math.floor(now.getTime() / 1000);
        const isStart = /(start|from|after|since|begin)/i.test(field.name);
        samples.push(isStart ? nowSeconds - 7 * DAY_SECONDS : nowSeconds);
      }
      const bounds = effectiveBounds(field, values, model.rules, model.fields);
      if (bounds.default !== undefined) samples.push(bounds.default);
      const min =
        bounds.minimum ?? (typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum : undefined);
      const max =
        bounds.maximum ?? (typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum : undefined);
      const step =
        typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : undefined;
      if (min !== undefined) samples.push(min, min + (step ?? 1));
      if (max !== undefined) samples.push(max, max - (step ?? 1));
      if (min !== undefined && max !== undefined) samples.push((min + max) / 2, Math.floor((min + max) / 2));
      if (step !== undefined) samples.push(step, Math.ceil((min ?? 0) / step) * step);
      samples.push(1, 0, 10);
      return samples.map(String);
    }
    case 'string':
      return [
        ...(field.suggestions ?? []),
        sampleString(schema, now),
        ...samplePatternStrings(schema),
        ...PATTERN_GUESSES.map((guess) => fitLength(guess, schema)),
      ];
    default:
      return [];
  }
}

function arrayCandidates(field: FormField, documented: unknown[], now: Date): FormValue[] {
  const itemSchema = flattenSchema(field.schema.items ?? {});
  const fromDocs = documented
    .filter((v): v is unknown[] => Array.isArray(v) && v.every(isScalar))
    .map((v) => v.map(String));
  const itemSamples = unique([
    ...[itemSchema.example, ...(itemSchema.examples ?? []), itemSchema.default].filter(isScalar).map(String),
    ...(field.item?.enumValues ?? []),
    ...(field.item?.kind === 'boolean' ? ['true', 'false'] : []),
    ...(field.item?.kind === 'integer' || field.item?.kind === 'number'
      ? [itemSchema.minimum ?? 1, (itemSchema.minimum ?? 1) + 1, 0, 2, 3].map(String)
      : []),
    ...(field.item?.kind === 'string'
      ? [sampleString(itemSchema, now), ...samplePatternStrings(itemSchema), ...PATTERN_GUESSES]
      : []),
  ]);
  // As many distinct items as minItems asks (uniqueItems or not), at least one.
  const count = Math.max(1, field.schema.minItems ?? 1);
  const generated: FormValue[] = [];
  if (itemSamples.length >= count) generated.push(itemSamples.slice(0, count));
  for (const sample of itemSamples) generated.push(Array.from({ length: count }, () => sample));
  return [...fromDocs, ...generated];
}

function emptyValue(field: FormField): FormValue {
  if (field.kind === 'array') return [];
  if (field.kind === 'file') return null;
  return '';
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}
