import { isRecord } from './is-record.ts';

/**
 * The own enumerable entries of a document object, in document order, without `__proto__`: a key copied
 * from a document with plain assignment must never be able to replace an object's prototype.
 */
export function ownEntries(value: unknown): [string, unknown][] {
  if (!isRecord(value)) return [];
  return Object.entries(value).filter(([key]) => key !== '__proto__');
}
