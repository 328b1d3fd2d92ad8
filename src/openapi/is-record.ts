/** True for a non-null, non-array object: the only kind of value a document may describe things with. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
