import type { Schema } from '../openapi/model.ts';
import { refName } from '../openapi/ref-name.ts';
import { formatValue } from './format-value.ts';
import { prepareSchema } from './prepare-schema.ts';
import type { PreparedSchema, SchemaTreeContext, SchemaVariant } from './schema-node.ts';

/** One alternative as written and as prepared, with its short type (`string[]`). */
export interface VariantEntry {
  raw: Schema;
  prepared: PreparedSchema;
  type: string;
}

/**
 * Names for a choice's alternatives, as a reader would call them: the title; else the discriminator value (its
 * `mapping` key, or the variant's own const/single enum on the discriminator property); else the variant's
 * `object` const/enum (how OpenAI tags its shapes); else the name of the schema it refers to; else a short type
 * summary (`string`, `object with id, name`, `one of "a", "b"`). `Option N` only for a variant with nothing to
 * say; a name taken twice gets ` (2)`.
 */
export function nameVariants(
  entries: VariantEntry[],
  discriminator: Schema['discriminator'] | undefined,
  context: SchemaTreeContext,
): Pick<SchemaVariant, 'label' | 'labelSource'>[] {
  const taken = new Map<string, number>();
  return entries.map((entry, index) => {
    const named = nameOne(entry, discriminator, context) ?? {
      label: `Option ${index + 1}`,
      labelSource: 'position' as const,
    };
    const seen = taken.get(named.label) ?? 0;
    taken.set(named.label, seen + 1);
    return seen === 0 ? named : { ...named, label: `${named.label} (${seen + 1})` };
  });
}

function nameOne(
  { raw, prepared, type }: VariantEntry,
  discriminator: Schema['discriminator'] | undefined,
  context: SchemaTreeContext,
): Pick<SchemaVariant, 'label' | 'labelSource'> | undefined {
  // A variant that is an ancestor (a filter made of filters) is not expanded, but still has its title.
  const target = prepared.circular ? context.resolve(raw) : prepared.schema;
  const title = text(raw.title) ?? text(target.title);
  if (title) return { label: title, labelSource: 'title' };
  if (discriminator?.propertyName) {
    const ref = typeof raw.$ref === 'string' ? raw.$ref : undefined;
    for (const [key, target] of Object.entries(discriminator.mapping ?? {})) {
      if (typeof target !== 'string') continue;
      if (target === ref || (prepared.refName !== undefined && refName(target) === prepared.refName))
        return { label: key, labelSource: 'discriminator' };
    }
    const value = singleValue(prepared, discriminator.propertyName, context);
    if (value) return { label: value, labelSource: 'discriminator' };
  }
  const tag = tagValues(prepared, 'object', context);
  if (tag) return { label: tag, labelSource: 'object' };
  const name = prepared.refName ?? prepared.circular?.name;
  if (name) return { label: name, labelSource: 'ref' };
  const summary = typeSummary(prepared, type);
  return summary ? { label: summary, labelSource: 'type' } : undefined;
}

/** The property's const, or its enum when that has one value. */
function singleValue(
  prepared: PreparedSchema,
  property: string,
  context: SchemaTreeContext,
): string | undefined {
  const schema = propertySchema(prepared, property, context);
  if (!schema) return undefined;
  if (isText(schema.const)) return String(schema.const);
  if (schema.enum?.length === 1 && isText(schema.enum[0])) return String(schema.enum[0]);
  return undefined;
}

/** The property's const, or its enum values (up to three) joined by ` | `. */
function tagValues(
  prepared: PreparedSchema,
  property: string,
  context: SchemaTreeContext,
): string | undefined {
  const schema = propertySchema(prepared, property, context);
  if (!schema) return undefined;
  if (isText(schema.const)) return String(schema.const);
  const values = schema.enum?.filter(isText);
  if (!values?.length || values.length > 3) return undefined;
  return values.map(String).join(' | ');
}

function propertySchema(
  prepared: PreparedSchema,
  property: string,
  context: SchemaTreeContext,
): Schema | undefined {
  const properties = prepared.schema.properties;
  if (!properties || !Object.hasOwn(properties, property)) return undefined;
  const raw = properties[property];
  return raw ? prepareSchema(raw, context, prepared.refs).schema : undefined;
}

/**
 * `object with id, name`, `"auto"`, `one of "a", "b", …`, `with file_ids` (a variant that only makes properties
 * required), or the type itself (`string[]`); undefined for `any`.
 */
function typeSummary(prepared: PreparedSchema, type: string): string | undefined {
  const s = prepared.schema;
  if (s.const !== undefined) return JSON.stringify(s.const) ?? undefined;
  if (s.enum?.length === 1) return JSON.stringify(s.enum[0]) ?? undefined;
  // `oneOf: [{required: [a]}, {required: [b]}]` beside properties: the variants say which are needed.
  const keys = Object.keys(s).filter((key) => key !== 'description');
  if (keys.length === 1 && keys[0] === 'required' && Array.isArray(s.required) && s.required.length > 0) {
    return `with ${s.required.slice(0, 3).join(', ')}${s.required.length > 3 ? ', …' : ''}`;
  }
  if (s.enum?.length) {
    const shown = s.enum.slice(0, 3).map((v) => (typeof v === 'string' ? JSON.stringify(v) : formatValue(v)));
    return `one of ${shown.join(', ')}${s.enum.length > 3 ? ', …' : ''}`;
  }
  if (type === 'object') {
    const names = Object.keys(s.properties ?? {});
    const required = (s.required ?? []).filter((name) => names.includes(name));
    const listed = (required.length > 0 ? required : names).slice(0, 3);
    if (listed.length === 0) return 'object';
    const total = required.length > 0 ? required.length : names.length;
    return `object with ${listed.join(', ')}${total > 3 ? ', …' : ''}`;
  }
  return type === 'any' ? undefined : type;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isText(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
