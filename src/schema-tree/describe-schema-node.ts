import type { Schema } from '../openapi/model.ts';
import { describeConstraints } from './describe-constraints.ts';
import { prepareSchema } from './prepare-schema.ts';
import type { PreparedSchema, SchemaNode, SchemaTreeContext } from './schema-node.ts';

/** Levels a reader can open; deeper nodes are leaves that say so (only hostile documents get there). */
export const maxTreeDepth = 64;

/** Where a node sits: its name and whether its parent requires it. */
export interface NodePlace {
  name?: string;
  required?: boolean;
  /** Refs on the path from the root (the parent's own included). */
  ancestors?: readonly string[];
  depth?: number;
}

/**
 * One row of the schema tree for `schema` (with `$ref`s into the API's table or already inlined): name, type and
 * format, the ref it names, flags, constraints, and whether it can be opened. Children are not described here
 * (see `describeSchemaChildren`): a closed node costs one look at its own schema.
 */
export function describeSchemaNode(
  schema: Schema,
  context: SchemaTreeContext,
  place: NodePlace = {},
): SchemaNode {
  const ancestors = place.ancestors ?? [];
  const depth = place.depth ?? 0;
  const prepared = prepareSchema(schema, context, ancestors);
  const s = prepared.schema;
  const node: SchemaNode = {
    required: place.required === true,
    type: typeText(prepared, context, [...ancestors, ...prepared.refs], 0),
    deprecated: s.deprecated === true,
    nullable: prepared.nullable,
    readOnly: s.readOnly === true,
    writeOnly: s.writeOnly === true,
    constraints: describeConstraints(prepared),
    expandable: false,
    source: { prepared, ancestors: [...ancestors, ...prepared.refs], depth },
  };
  if (place.name !== undefined) node.name = place.name;
  if (typeof s.title === 'string' && s.title !== '') node.title = s.title;
  const description = typeof s.description === 'string' && s.description !== '' ? s.description : undefined;
  if (description !== undefined) node.description = description;
  if (prepared.circular) {
    node.circular = prepared.circular;
    return node;
  }
  if (depth >= maxTreeDepth) {
    node.description = `${description ? `${description}\n\n` : ''}Not expanded: nested too deeply.`;
    return node;
  }
  const variants = variantList(s);
  if (variants) node.variantCount = variants.length;
  const items = arrayItems(s);
  const item = items ? prepareSchema(items, context, node.source.ancestors) : undefined;
  const name = prepared.refName ?? item?.refName ?? item?.circular?.name;
  if (name !== undefined) node.refName = name;
  if (item && !item.circular && isScalarItem(item)) {
    // An array of scalars opens to nothing: what its items allow is said on the array's row.
    for (const constraint of describeConstraints(item)) {
      node.constraints.push({ ...constraint, label: `Items: ${lowerFirst(constraint.label)}` });
    }
  }
  if (item?.circular) {
    // A list of an ancestor (`children: TreeNode[]`): the row links back, as the ancestor itself would.
    node.circular = item.circular;
    return node;
  }
  const opensTo = childKind(s, item);
  if (opensTo) {
    node.expandable = true;
    node.opensTo = opensTo;
  }
  return node;
}

/** A node's `oneOf`/`anyOf` alternatives (at least two), or its types when one of them is structured. */
export function variantList(s: Schema): Schema[] | undefined {
  for (const combinator of ['oneOf', 'anyOf'] as const) {
    const list = s[combinator];
    if (list && list.length >= 2) return list;
  }
  if (Array.isArray(s.type) && s.type.length >= 2 && s.type.some((t) => t === 'object' || t === 'array')) {
    // `type: [string, array]`: one alternative per type, each with the keywords that apply to it.
    const { type: _type, title: _title, description: _description, ...rest } = s;
    return s.type.map((type) => ({ ...rest, type }));
  }
  return undefined;
}

/** The item schema of an array (not of a tuple). */
export function arrayItems(s: Schema): Schema | undefined {
  if (s.prefixItems) return undefined;
  const isArray = s.type === 'array' || (s.type === undefined && s.items !== undefined);
  return isArray && s.items && typeof s.items === 'object' && !Array.isArray(s.items)
    ? s.items
    : isArray
      ? {}
      : undefined;
}

function childKind(s: Schema, item: PreparedSchema | undefined): SchemaNode['opensTo'] {
  if (variantList(s)) return hasOwnFields(s) ? 'properties' : 'variants';
  if (Array.isArray(s.prefixItems) && s.prefixItems.length > 0) return 'items';
  if (item) {
    if (arrayItems(item.schema)) return 'items';
    if (isScalarItem(item)) return undefined;
    return variantList(item.schema) && !hasOwnFields(item.schema) ? 'variants' : 'properties';
  }
  return hasOwnFields(s) ? 'properties' : undefined;
}

/** An object that lists properties, pattern properties or a schema for other keys. */
function hasOwnFields(s: Schema): boolean {
  return (
    Object.keys(s.properties ?? {}).length > 0 ||
    Object.keys(s.patternProperties ?? {}).length > 0 ||
    (typeof s.additionalProperties === 'object' && Object.keys(s.additionalProperties).length > 0)
  );
}

function isScalarItem(item: PreparedSchema): boolean {
  const s = item.schema;
  return !variantList(s) && !arrayItems(s) && !s.prefixItems && !hasOwnFields(s);
}

/** `string (date-time)`, `object`, `integer[]`, `(string | integer)[]`, `string | object`, `any`. */
function typeText(
  prepared: PreparedSchema,
  context: SchemaTreeContext,
  ancestors: readonly string[],
  level: number,
): string {
  if (prepared.circular) return prepared.circular.name;
  const s = prepared.schema;
  const types =
    typeof s.type === 'string'
      ? [s.type]
      : Array.isArray(s.type)
        ? s.type.filter((t) => typeof t === 'string')
        : [];
  if (
    (types.length === 1 && types[0] === 'array') ||
    (types.length === 0 && (s.items !== undefined || s.prefixItems !== undefined))
  ) {
    if (s.prefixItems) return 'array (tuple)';
    const items = arrayItems(s);
    if (!items || level >= 3) return 'array';
    const item = prepareSchema(items, context, ancestors);
    const inner = typeText(item, context, [...ancestors, ...item.refs], level + 1);
    return inner.includes(' ') && !/^\w+ \([^)]*\)$/.test(inner) ? `(${inner})[]` : `${inner}[]`;
  }
  if (types.length > 0) {
    const text = types.join(' | ');
    return types.length === 1 && typeof s.format === 'string' && s.format !== ''
      ? `${text} (${s.format})`
      : text;
  }
  if (s.const !== undefined)
    return s.const === null ? 'null' : typeof s.const === 'number' ? 'number' : typeof s.const;
  if (s.enum?.length) return [...new Set(s.enum.map((v) => (v === null ? 'null' : typeof v)))].join(' | ');
  const variants = variantList(s);
  if (variants && level < 3) {
    const names = new Set<string>();
    for (const variant of variants.slice(0, 12)) {
      const read = prepareSchema(variant, context, ancestors);
      names.add(read.circular ? read.circular.name : baseType(read.schema));
    }
    names.delete('any');
    const list = [...names];
    return list.length === 0
      ? 'any'
      : list.length > 4
        ? `${list.slice(0, 4).join(' | ')} | …`
        : list.join(' | ');
  }
  if (hasOwnFields(s) || s.type === 'object') return 'object';
  return 'any';
}

/** A variant's type in one word, for its parent's type text. */
function baseType(s: Schema): string {
  if (typeof s.type === 'string') return s.type;
  if (Array.isArray(s.type)) return s.type.join(' | ');
  if (s.items !== undefined || s.prefixItems !== undefined) return 'array';
  if (hasOwnFields(s)) return 'object';
  if (s.const !== undefined) return typeof s.const;
  if (s.enum?.length) return typeof s.enum[0];
  return 'any';
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
