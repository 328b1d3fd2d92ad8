import { textValuesWithoutSecrets } from './text-values-without-secrets.ts';

/**
 * The query part of a share link for a form: the values that differ from the defaults, text only, never a
 * value holding a current credential. Arrays repeat their key. Keys are the form's field keys.
 */
export function encodeShareParams(
  values: Readonly<Record<string, unknown>>,
  defaults: Readonly<Record<string, unknown>>,
  secrets: readonly string[],
): string {
  const params = new URLSearchParams();
  for (const [key, value] of textValuesWithoutSecrets(values, secrets)) {
    if (JSON.stringify(value) === JSON.stringify(defaults[key] ?? (Array.isArray(value) ? [] : ''))) continue;
    if (Array.isArray(value)) {
      // An emptied array that has a non-empty default must still say so: one empty marker entry.
      if (value.length === 0) params.append(`${key}[]`, '');
      for (const item of value) params.append(key, item);
    } else {
      params.append(key, value);
    }
  }
  return params.toString();
}

/** Reads share-link params back for the given fields (`arrayKeys`: the keys of array fields); others are ignored. */
export function decodeShareParams(
  query: string,
  fieldKeys: readonly string[],
  arrayKeys: ReadonlySet<string>,
): Record<string, string | string[]> {
  const params = new URLSearchParams(query);
  const values: Record<string, string | string[]> = {};
  for (const key of fieldKeys) {
    if (arrayKeys.has(key)) {
      if (params.has(key) || params.has(`${key}[]`)) values[key] = params.getAll(key);
    } else {
      const value = params.get(key);
      if (value !== null) values[key] = value;
    }
  }
  return values;
}
