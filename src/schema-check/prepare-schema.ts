import { isRecord } from '../openapi/is-record.ts';
import type { Schema } from '../openapi/model.ts';
import { distinctTag } from './narrow-variant.ts';
import type { CheckOptions } from './schema-checker.ts';

/** A JSON Schema 2020-12 document as the validator reads it (loosely typed, like the model's). */
export type JsonSchema = Record<string, unknown> | boolean;

/** Marks the `anyOf` that `nullable: true` became, so narrowing reads it as "X or null", not as a union. */
export const NULLABLE_WRAPPER = 'x-tryit-nullable';

const SUBSCHEMA = new Set([
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'additionalItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
]);
const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties', 'dependentSchemas']);
/** Annotations the validator never reads: not copied, so big descriptions stay cheap to prepare. */
const DROPPED = new Set(['description', 'example', 'examples', 'externalDocs', 'xml']);

/**
 * An OpenAPI schema rewritten as JSON Schema 2020-12, so one validator reads both dialects:
 * - `nullable: true` (3.0; also honoured in 3.1 documents converted from 3.0) admits `null`;
 * - boolean `exclusiveMinimum`/`exclusiveMaximum` (3.0) become the numeric form;
 * - `readOnly` properties are not required in a request, `writeOnly` ones not in a response;
 * - a `pattern` that is not a valid JavaScript `u`-flag regex is dropped (not checked, never a crash);
 * - tuple `items: [...]` becomes `prefixItems`, Swagger's `type: file` is dropped;
 * - a `$ref` goes to `$defs` through `options.resolveRef`, or accepts anything without it.
 * The input is never modified; the output is a finite tree apart from `$ref`s into `$defs`.
 */
export function prepareSchema(schema: Schema, options: CheckOptions): JsonSchema {
  const defs: Record<string, JsonSchema> = Object.create(null);
  const preparer = new Preparer(options, defs);
  const root = preparer.node(schema);
  if (Object.keys(defs).length === 0 || typeof root === 'boolean') return root;
  return { ...root, $defs: defs };
}

class Preparer {
  private readonly memo = new Map<object, JsonSchema>();

  constructor(
    private readonly options: CheckOptions,
    private readonly defs: Record<string, JsonSchema>,
  ) {}

  node(raw: unknown): JsonSchema {
    if (typeof raw === 'boolean') return raw;
    if (!isRecord(raw)) return true;
    const known = this.memo.get(raw);
    if (known !== undefined) return known;
    const out: Record<string, unknown> = {};
    // Set before the children: resolved models share subtrees (memoized expansions), never cycles.
    this.memo.set(raw, out);
    for (const [key, value] of Object.entries(raw)) {
      if (DROPPED.has(key) || key === 'nullable' || key === '$ref') continue;
      if (key === 'items') {
        if (Array.isArray(value)) out.prefixItems = value.map((v) => this.node(v));
        else out.items = this.node(value);
      } else if (SUBSCHEMA.has(key)) out[key] = this.node(value);
      else if (SUBSCHEMA_LIST.has(key)) out[key] = Array.isArray(value) ? value.map((v) => this.node(v)) : [];
      else if (SUBSCHEMA_MAP.has(key)) out[key] = this.map(key, value);
      else out[key] = value;
    }
    this.bounds(out, 'minimum', 'exclusiveMinimum');
    this.bounds(out, 'maximum', 'exclusiveMaximum');
    if (out.type === 'file') delete out.type;
    if (typeof out.pattern === 'string' && !compiles(out.pattern)) delete out.pattern;
    if (Array.isArray(out.required)) out.required = this.required(raw, out.required);
    if (typeof raw.$ref === 'string') this.ref(out, raw.$ref);
    for (const union of ['oneOf', 'anyOf'] as const) byTag(out, union);
    if (raw.nullable === true) return this.nullable(out, raw);
    return out;
  }

  private map(keyword: string, value: unknown): Record<string, JsonSchema> {
    const out: Record<string, JsonSchema> = {};
    if (!isRecord(value)) return out;
    for (const [name, sub] of Object.entries(value)) {
      if (keyword === 'patternProperties' && !compiles(name)) continue;
      // defineProperty: a property named `__proto__` is data, not the prototype.
      Object.defineProperty(out, name, {
        value: this.node(sub),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }

  /** 3.0's `exclusiveMinimum: true` beside `minimum` is 2020-12's `exclusiveMinimum: <minimum>`. */
  private bounds(out: Record<string, unknown>, bound: 'minimum' | 'maximum', exclusive: string) {
    if (out[exclusive] === true && typeof out[bound] === 'number') {
      out[exclusive] = out[bound];
      delete out[bound];
    } else if (typeof out[exclusive] === 'boolean') delete out[exclusive];
  }

  private required(raw: Record<string, unknown>, names: unknown[]): string[] {
    const skip = this.options.direction === 'request' ? 'readOnly' : 'writeOnly';
    const properties = isRecord(raw.properties) ? raw.properties : {};
    return names.filter((name): name is string => {
      if (typeof name !== 'string') return false;
      const property = Object.hasOwn(properties, name) ? properties[name] : undefined;
      return !(isRecord(property) && hasFlag(property, skip));
    });
  }

  private ref(out: Record<string, unknown>, ref: string) {
    const target = this.options.resolveRef?.(ref);
    if (!target) return;
    if (!Object.hasOwn(this.defs, ref)) {
      this.defs[ref] = true; // placeholder: a schema that refers to itself finds its own entry
      this.defs[ref] = this.node(target);
    }
    // Written as the validator writes the pointers it registers, so the two always meet.
    const segment = encodeURI(ref.replace(/~/g, '~0').replace(/\//g, '~1')).replace(/#/g, '%23');
    out.$ref = `#/$defs/${segment}`;
  }

  /** `nullable: true` adds `null` to `type` and `enum`; without a `type` the whole schema becomes "X or null". */
  private nullable(out: Record<string, unknown>, raw: Record<string, unknown>): JsonSchema {
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    else if (Array.isArray(out.type)) {
      if (!out.type.includes('null')) out.type = [...out.type, 'null'];
    } else if (out.const === undefined && !Array.isArray(out.enum)) {
      const wrapped: JsonSchema = { anyOf: [{ type: 'null' }, out], [NULLABLE_WRAPPER]: true };
      this.memo.set(raw, wrapped);
      return wrapped;
    }
    return out;
  }
}

/**
 * A union whose variants a tag tells apart (`object`, `type`, the discriminator) is checked as "tag a → A,
 * tag b → B, any other tag → the union as written": what OpenAPI's discriminator means, and it checks
 * one variant per value instead of all of them (the usage buckets' 11-variant `results[]`: ten times
 * fewer subschema runs on a big answer). The fallback keeps the union, so an unknown tag is still named.
 */
function byTag(out: Record<string, unknown>, union: 'oneOf' | 'anyOf') {
  const variants = out[union];
  if (!Array.isArray(variants)) return;
  const discriminator = isRecord(out.discriminator) ? out.discriminator : undefined;
  const found = distinctTag(variants, discriminator);
  if (!found) return;
  const { tag, values } = found;
  // Nested if/else: a value's tag is compared until it matches (half the variants on average), not with all.
  let chain: JsonSchema = { [union]: variants, ...(discriminator ? { discriminator } : {}) };
  for (let i = variants.length - 1; i >= 0; i--) {
    chain = {
      if: { properties: { [tag]: { enum: values[i] } }, required: [tag] },
      // biome-ignore lint/suspicious/noThenProperty: `then` is the JSON Schema keyword, never awaited.
      then: variants[i],
      else: chain,
    };
  }
  delete out[union];
  out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), chain];
}

function hasFlag(schema: Record<string, unknown>, flag: string): boolean {
  if (schema[flag] === true) return true;
  return (
    Array.isArray(schema.allOf) && schema.allOf.some((member) => isRecord(member) && member[flag] === true)
  );
}

const patterns = new Map<string, boolean>();

/** The validator compiles patterns with the `u` flag; one that does not compile so is left unchecked. */
function compiles(pattern: string): boolean {
  let ok = patterns.get(pattern);
  if (ok === undefined) {
    try {
      new RegExp(pattern, 'u');
      ok = true;
    } catch {
      ok = false;
    }
    patterns.set(pattern, ok);
  }
  return ok;
}
