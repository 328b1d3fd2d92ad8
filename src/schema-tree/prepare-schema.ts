import { defineOwn } from '../body-tree/define-own.ts';
import type { Schema } from '../openapi/model.ts';
import { refName } from '../openapi/ref-name.ts';
import type { PreparedSchema, SchemaTreeContext } from './schema-node.ts';

/** `allOf`/variant nesting read at one node; deeper members are left as they are. */
const maxDepth = 16;
/** Schemas one node may look at while being prepared: `allOf` of `allOf`s cannot make it explode. */
const maxVisits = 2_000;

interface State {
  visits: number;
}

/**
 * What one node of the tree shows: its `$ref` followed (a ref already among `ancestors` is a cycle, reported,
 * never expanded), `allOf` merged (members' refs resolved), and nullability read and taken away (3.0
 * `nullable`, `type: [x, 'null']`, a `null` variant or enum value). A `oneOf`/`anyOf` with one non-null
 * variant becomes that variant; one whose variants are all scalar consts/enums becomes one enum; `anyOf:
 * [string, {enum}]` becomes a string with known values. Only this level is read: children are prepared when
 * they are shown. Bounded work whatever the document: at most `maxVisits` schemas, `maxDepth` levels.
 */
export function prepareSchema(
  raw: Schema,
  context: SchemaTreeContext,
  ancestors: readonly string[],
): PreparedSchema {
  return prepare(raw, context, ancestors, { visits: 0 }, 0, false);
}

function prepare(
  raw: Schema,
  context: SchemaTreeContext,
  ancestors: readonly string[],
  state: State,
  depth: number,
  shallow: boolean,
): PreparedSchema {
  state.visits++;
  const refs: string[] = [];
  let schema = raw;
  let name: string | undefined;
  const ref = typeof raw.$ref === 'string' ? raw.$ref : undefined;
  if (ref !== undefined) {
    if (ancestors.includes(ref)) {
      return { schema: raw, refs, nullable: false, circular: { name: refName(ref), ref } };
    }
    refs.push(ref);
    name = refName(ref);
    schema = context.resolve(raw);
  }
  const inlineCycle = schema['x-circular'];
  if (typeof inlineCycle === 'string') {
    return { schema, refs, nullable: schema.nullable === true, circular: { name: inlineCycle } };
  }

  const skipped: string[] = [];
  if (schema.allOf?.length && depth < maxDepth && state.visits < maxVisits) {
    schema = mergeAllOf(schema, context, [...ancestors, ...refs], state, depth, refs, skipped);
  }

  let nullable = schema.nullable === true;
  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => typeof type === 'string');
    const nonNull = types.filter((type) => type !== 'null');
    nullable ||= nonNull.length < types.length;
    const { type: _type, ...rest } = schema;
    schema =
      nonNull.length === 1
        ? { ...rest, type: nonNull[0] }
        : nonNull.length > 1
          ? { ...rest, type: nonNull }
          : rest;
  }
  if (schema.enum?.includes(null)) {
    nullable = true;
    schema = { ...schema, enum: schema.enum.filter((value) => value !== null) };
  }

  const prepared: PreparedSchema = { schema, refs, nullable };
  if (name !== undefined) prepared.refName = name;
  if (skipped.length > 0) prepared.skippedMembers = skipped;
  if (shallow || depth >= maxDepth || state.visits >= maxVisits) return prepared;
  return readVariants(prepared, context, ancestors, state, depth);
}

/** Reads `oneOf`/`anyOf` down to what they really offer (see `prepareSchema`). */
function readVariants(
  prepared: PreparedSchema,
  context: SchemaTreeContext,
  ancestors: readonly string[],
  state: State,
  depth: number,
): PreparedSchema {
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const variants = prepared.schema[combinator];
    if (!variants?.length) continue;
    const path = [...ancestors, ...prepared.refs];
    // Shallow: a variant's own variants are read when it is shown, not to name this one.
    const read = variants.map((variant) => ({
      variant,
      prepared: prepare(variant, context, path, state, depth + 1, true),
    }));
    const nonNull = read.filter((entry) => !isNullOnly(entry.prepared));
    const nullable = prepared.nullable || nonNull.length < read.length;
    const { [combinator]: _dropped, ...rest } = prepared.schema;
    const only = nonNull[0];
    if (nonNull.length === 1 && only && !only.prepared.circular) {
      // `anyOf: [X, {type: 'null'}]` is how 3.1 documents say "nullable X": the node is X. What is written
      // beside the `anyOf` (a description, a default) wins over X's own.
      const inner = prepare(only.variant, context, path, state, depth + 1, false);
      const out: PreparedSchema = {
        ...inner,
        schema: mergeSchemas(inner.schema, rest),
        refs: [...prepared.refs, ...inner.refs],
        nullable: nullable || inner.nullable,
      };
      const ownName = prepared.refName ?? inner.refName;
      if (ownName !== undefined) out.refName = ownName;
      return out;
    }
    const values = scalarValues(nonNull.map((entry) => entry.prepared.schema));
    if (values) {
      const schema = { ...rest, ...sameType(nonNull.map((e) => e.prepared.schema)), enum: values };
      return { ...prepared, schema, nullable };
    }
    const known = knownValues(nonNull.map((entry) => entry.prepared.schema));
    if (known) {
      return { ...prepared, schema: mergeSchemas(known.free, rest), nullable, knownValues: known.values };
    }
    if (nullable !== prepared.nullable) {
      const schema = { ...rest, [combinator]: nonNull.map((entry) => entry.variant) };
      return { ...prepared, schema, nullable };
    }
  }
  return prepared;
}

function isNullOnly(prepared: PreparedSchema): boolean {
  if (prepared.schema.type === 'null') return true;
  // `{type: ['null']}` was reduced to a schema without a type, marked nullable.
  return prepared.nullable && prepared.schema.type === undefined && Object.keys(prepared.schema).length === 0;
}

/** Every variant a scalar const or enum: the values, in order, de-duplicated. */
function scalarValues(variants: Schema[]): unknown[] | undefined {
  if (variants.length < 2) return undefined;
  const all: unknown[] = [];
  for (const schema of variants) {
    if (schema.const !== undefined && isScalar(schema.const)) all.push(schema.const);
    else if (schema.enum?.length && schema.enum.every(isScalar)) all.push(...schema.enum);
    else return undefined;
  }
  return [...new Set(all)];
}

/** `anyOf: [{type: string}, {type: string, enum: [...]}]`: one free variant, all of one scalar type. */
function knownValues(variants: Schema[]): { free: Schema; values: unknown[] } | undefined {
  let free: Schema | undefined;
  const values: unknown[] = [];
  const types = new Set<unknown>();
  for (const schema of variants) {
    const type = schema.type ?? (typeof schema.const === 'string' ? 'string' : undefined);
    if (type !== 'string' && type !== 'integer' && type !== 'number') return undefined;
    types.add(type);
    const listed = schema.const !== undefined ? [schema.const] : schema.enum;
    if (listed?.length) {
      if (!listed.every(isScalar)) return undefined;
      values.push(...listed);
    } else if (free) return undefined;
    else free = schema;
  }
  if (!free || types.size !== 1 || values.length === 0) return undefined;
  return { free, values: [...new Set(values)] };
}

function sameType(schemas: Schema[]): Schema {
  const types = new Set(
    schemas.map((s) =>
      typeof s.type === 'string' ? s.type : s.const !== undefined ? typeof s.const : undefined,
    ),
  );
  const [only] = [...types];
  return types.size === 1 && typeof only === 'string' ? { type: only } : {};
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * `allOf` members (refs resolved, each prepared in turn) merged, then the schema's own keywords over them.
 * Members that are ancestors (a cycle through `allOf`) are skipped and named in `skipped`.
 */
function mergeAllOf(
  schema: Schema,
  context: SchemaTreeContext,
  path: readonly string[],
  state: State,
  depth: number,
  refs: string[],
  skipped: string[],
): Schema {
  const { allOf = [], ...own } = schema;
  let merged: Schema = {};
  for (const member of allOf) {
    if (state.visits >= maxVisits) break;
    const prepared = prepare(member, context, path, state, depth + 1, false);
    if (prepared.circular) {
      skipped.push(prepared.circular.name);
      continue;
    }
    refs.push(...prepared.refs);
    skipped.push(...(prepared.skippedMembers ?? []));
    merged = mergeSchemas(
      merged,
      prepared.nullable ? { ...prepared.schema, nullable: true } : prepared.schema,
    );
  }
  return mergeSchemas(merged, own);
}

/**
 * `over` laid on `base`: its keywords win, except that properties and `required` are united (a property both
 * declare becomes `allOf` of the two, merged when it is shown) and a type is kept when `over` has none.
 */
export function mergeSchemas(base: Schema, over: Schema): Schema {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) if (value !== undefined) defineOwn(out, key, value);
  if (base.properties && over.properties) {
    const properties: Record<string, unknown> = { ...base.properties };
    for (const [name, property] of Object.entries(over.properties)) {
      const before = Object.hasOwn(base.properties, name) ? base.properties[name] : undefined;
      defineOwn(properties, name, before ? { allOf: [before, property] } : property);
    }
    out.properties = properties;
  }
  if (base.required && over.required) out.required = [...new Set([...base.required, ...over.required])];
  return out as Schema;
}
