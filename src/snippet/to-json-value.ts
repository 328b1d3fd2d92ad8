/** A JSON-compatible value (what the request sends), produced by `toJsonValue`. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * `value` as JSON would carry it: `undefined`/functions dropped from objects (null in arrays), non-finite
 * numbers → null, dates → ISO text, bigint → number. Snippets show what is sent, and the sender
 * serializes with JSON.
 */
export function toJsonValue(value: unknown): JsonValue {
  // JSON.stringify throws on bigint; no form produces one, but `args` is typed `unknown`.
  const text = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint' ? Number(item) : item,
  );
  return text === undefined ? null : (JSON.parse(text) as JsonValue);
}
