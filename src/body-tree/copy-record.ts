import { defineOwn } from './define-own.ts';

/** A shallow copy of a plain object's own enumerable entries in order, `__proto__` kept as data. */
export function copyRecord(record: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) defineOwn(copy, key, record[key]);
  return copy;
}
