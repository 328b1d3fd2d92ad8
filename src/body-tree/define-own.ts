/**
 * Sets `record[key] = value` as an own data property. Plain assignment of `__proto__` would replace the
 * prototype instead of storing the key that `JSON.parse` produced, so every write goes through here.
 */
export function defineOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
