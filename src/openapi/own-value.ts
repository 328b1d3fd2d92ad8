import { isRecord } from './is-record.ts';

/** `value[key]` only when it is the object's own property, so `constructor` and friends never leak in. */
export function ownValue(value: unknown, key: string): unknown {
  if (!isRecord(value) || key === '__proto__' || !Object.hasOwn(value, key)) return undefined;
  return value[key];
}
