import { isRecord } from '../openapi/is-record.ts';
import { defineOwn } from './define-own.ts';

/**
 * A copy of `record` with key `from` renamed to `to` in the same position (map rows keep their order while
 * their key is typed). Unchanged when `to` is taken by another entry, so no value is ever overwritten.
 */
export function renameKey(record: unknown, from: string, to: string): unknown {
  if (!isRecord(record) || !Object.hasOwn(record, from) || from === to || Object.hasOwn(record, to))
    return record;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record)) defineOwn(out, key === from ? to : key, record[key]);
  return out;
}
