import { isRecord } from '../openapi/is-record.ts';

/** A key not yet used in the map value: `key`, `key_2`, `key_3`, … */
export function nextMapKey(value: unknown): string {
  const taken = isRecord(value) ? value : {};
  if (!Object.hasOwn(taken, 'key')) return 'key';
  let n = 2;
  while (Object.hasOwn(taken, `key_${n}`)) n++;
  return `key_${n}`;
}
