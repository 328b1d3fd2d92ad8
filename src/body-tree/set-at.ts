import { isRecord } from '../openapi/is-record.ts';
import type { BodyPath } from './body-path.ts';
import { copyRecord } from './copy-record.ts';
import { defineOwn } from './define-own.ts';

/**
 * A copy of `value` with `next` at `path` (the input is never mutated). Missing or mistyped containers on the
 * way are created: an object for a key, an array for an index (gaps filled with null, as JSON would). An
 * existing key keeps its position, so editing never reorders the user's JSON.
 */
export function setAt(value: unknown, path: BodyPath, next: unknown): unknown {
  if (path.length === 0) return next;
  const [segment, ...rest] = path as [string | number, ...(string | number)[]];
  if (typeof segment === 'number') {
    const array = Array.isArray(value) ? [...value] : [];
    while (array.length < segment) array.push(null);
    array[segment] = setAt(array[segment], rest, next);
    return array;
  }
  const record = isRecord(value) ? copyRecord(value) : {};
  const current = Object.hasOwn(record, segment) ? record[segment] : undefined;
  defineOwn(record, segment, setAt(current, rest, next));
  return record;
}
