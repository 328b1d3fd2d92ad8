import type { Operation } from '../openapi/model.ts';
import { pageItems } from '../paging/next-cursor.ts';
import { readJsonPointer } from '../paging/read-json-pointer.ts';

/** One table cell: JSON scalars; nested arrays and objects beyond the flattening depth are JSON text. */
export type TableCell = string | number | boolean | null;

/** An answer as rows and columns. A missing cell means the row has no such field. */
export interface AnswerTable {
  columns: string[];
  rows: Record<string, TableCell>[];
  /** The property whose items were flattened into rows of their own (e.g. `results`), if any. */
  nested?: string;
}

/** What flattening reads of an operation. */
export type TableOperation = Pick<Operation, 'explore' | 'parameters'>;

// `amount.value` is two levels; deeper objects are rare in answers and read better as JSON text.
const MAX_DEPTH = 3;

/**
 * An array answer as a table: the rows are the view's `rows` pointer, else the page's items; when each row
 * holds an array of objects (`nested`, e.g. usage buckets × `results`), each of those items becomes a row
 * carrying its parent's fields too (a parent without items still gives one row). Objects are flattened to
 * dotted columns (`amount.value`); a parent field whose name an item also has is `<rows>.<name>`.
 * `columnOrder` (from the schema, see `schemaColumns`) gives the first columns, in its order; columns only the
 * data has follow in order of first appearance. Undefined when the answer has no array of rows. Pure.
 */
export function flattenRows(
  operation: TableOperation,
  body: unknown,
  columnOrder: readonly string[] = [],
  /** Source rows read at most: a few tell whether a table (or chart) exists without flattening 11 MB. */
  maxSourceRows = Number.POSITIVE_INFINITY,
): AnswerTable | undefined {
  const view = operation.explore?.view;
  const rowsPointer = view?.rows;
  const all = rowsPointer === undefined ? pageItems(operation, body) : readJsonPointer(body, rowsPointer);
  if (!Array.isArray(all)) return undefined;
  const source = all.length > maxSourceRows ? all.slice(0, maxSourceRows) : all;
  const nested = view?.nested ?? guessNested(source);
  const parentName = rowsPointer?.split('/').pop() || (Array.isArray(body) ? 'row' : 'data');

  const innerKeys = new Set<string>();
  if (nested) {
    for (const row of source) {
      const items = isObject(row) ? row[nested] : undefined;
      if (Array.isArray(items))
        for (const item of items) for (const key of Object.keys(flatten(item))) innerKeys.add(key);
    }
  }
  const rows: Record<string, TableCell>[] = [];
  for (const row of source) {
    const outer = flatten(row, nested ? [nested] : []);
    const parent: Record<string, TableCell> = {};
    for (const [key, value] of Object.entries(outer)) {
      define(parent, innerKeys.has(key) ? `${parentName}.${key}` : key, value);
    }
    const items = nested && isObject(row) ? row[nested] : undefined;
    if (Array.isArray(items) && items.length > 0) {
      for (const item of items) rows.push(Object.assign(Object.create(null), parent, flatten(item)));
    } else {
      rows.push(parent);
    }
  }
  const seen: string[] = [];
  const known = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) {
        known.add(key);
        seen.push(key);
      }
    }
  }
  // The schema's columns all come first (an empty bucket still shows what a result would hold).
  const ordered = [...new Set(columnOrder)];
  const first = new Set(ordered);
  const columns = [...ordered, ...seen.filter((column) => !first.has(column))];
  return nested ? { columns, rows, nested } : { columns, rows };
}

/** The first property that is an array of objects in some row and an array (or absent) in every row. */
function guessNested(rows: unknown[]): string | undefined {
  const objects = rows.filter(isObject);
  if (objects.length === 0 || objects.length !== rows.length) return undefined;
  for (const key of Object.keys(objects.find((row) => Object.keys(row).length > 0) ?? {})) {
    const values = objects.map((row) => row[key]);
    if (
      values.every((value) => value === undefined || Array.isArray(value)) &&
      values.some((value) => Array.isArray(value) && value.some(isObject))
    ) {
      return key;
    }
  }
  return undefined;
}

/** An object's fields as cells: nested objects as dotted names, arrays and deeper objects as JSON text. */
function flatten(value: unknown, skip: readonly string[] = []): Record<string, TableCell> {
  const cells: Record<string, TableCell> = Object.create(null);
  if (!isObject(value)) {
    define(cells, 'value', cell(value));
    return cells;
  }
  const walk = (object: Record<string, unknown>, prefix: string, depth: number) => {
    for (const [key, inner] of Object.entries(object)) {
      if (depth === 0 && skip.includes(key)) continue;
      const name = prefix + key;
      if (isObject(inner) && depth + 1 < MAX_DEPTH && Object.keys(inner).length > 0)
        walk(inner, `${name}.`, depth + 1);
      else define(cells, name, cell(inner));
    }
  };
  walk(value, '', 0);
  return cells;
}

function cell(value: unknown): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Sets a field even when it is named `__proto__` (answers are data, and such a key is just a name). */
function define(target: Record<string, TableCell>, key: string, value: TableCell): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
