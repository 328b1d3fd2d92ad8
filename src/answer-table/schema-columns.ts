import type { Schema } from '../openapi/model.ts';
import type { AnswerTable } from './flatten-rows.ts';

/** Follows a schema's `$ref` (the model's `resolveModelRef` in the app). */
export type ResolveSchema = (schema: Schema) => Schema;

/**
 * The table's columns as the response schema names them, in its order: the row schema's properties (objects as
 * dotted names, one level: `amount.value`), and for a nested array its items' properties; a `oneOf`/`anyOf`
 * of items narrows to the variant whose `object` (or other one-value tag) the first nested row carries, so
 * the usage results' 11-way union gives the columns of the result kind at hand. A parent column named like
 * an item's column is `<rows>.<name>`, as `flattenRows` writes it. Empty when the schema says nothing. Pure.
 */
export function schemaColumns(
  bodySchema: Schema | undefined,
  resolve: ResolveSchema,
  table: Pick<AnswerTable, 'rows' | 'nested'>,
  rowsPointer = '/data',
): string[] {
  if (!bodySchema) return [];
  let rows: Schema | undefined = resolve(bodySchema);
  for (const segment of rowsPointer.split('/').slice(1)) {
    if (!rows) break;
    const next: Schema | undefined = /^\d+$/.test(segment) ? rows.items : rows.properties?.[segment];
    rows = next ? resolve(next) : undefined;
  }
  const item = rows?.items ? resolve(rows.items) : undefined;
  if (!item?.properties) return [];
  const parentName = rowsPointer.split('/').pop() || 'data';
  const nested = table.nested;
  const outer = Object.keys(item.properties).filter((key) => key !== nested);
  let inner: string[] = [];
  if (nested) {
    const list = item.properties[nested];
    const items = list ? resolve(list) : undefined;
    const variant = items?.items ? pickVariant(resolve(items.items), resolve, table.rows[0]) : undefined;
    inner = variant ? columnsOf(variant, resolve) : [];
  }
  const innerSet = new Set(inner);
  const outerColumns = columnsOf({ ...item, properties: pick(item.properties, outer) }, resolve).map(
    (column) => (innerSet.has(column) ? `${parentName}.${column}` : column),
  );
  return [...outerColumns, ...inner];
}

/** The variant of a union the row names by a one-value tag property (`object`), or the schema itself. */
function pickVariant(
  schema: Schema,
  resolve: ResolveSchema,
  row: Record<string, unknown> | undefined,
): Schema | undefined {
  const variants = schema.oneOf ?? schema.anyOf;
  if (!variants) return schema;
  const resolved = variants.map(resolve);
  const tag = schema.discriminator?.propertyName ?? 'object';
  const value = row?.[tag];
  return resolved.find((variant) => {
    const property = variant.properties?.[tag];
    const fixed = property ? resolve(property) : undefined;
    return fixed?.const === value || (fixed?.enum?.length === 1 && fixed.enum[0] === value);
  });
}

/** Property names, an object property's own properties as dotted names (one level). */
function columnsOf(schema: Schema, resolve: ResolveSchema): string[] {
  const columns: string[] = [];
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const property = resolve(raw);
    const inner = property.properties ? Object.keys(property.properties) : [];
    if (inner.length > 0) columns.push(...inner.map((name) => `${key}.${name}`));
    else columns.push(key);
  }
  return columns;
}

function pick(properties: Record<string, Schema>, keys: readonly string[]): Record<string, Schema> {
  return Object.fromEntries(keys.map((key) => [key, properties[key] as Schema]));
}
