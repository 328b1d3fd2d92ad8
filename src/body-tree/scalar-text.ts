/** The text a control shows for a JSON value: strings as they are, numbers and booleans printed, else empty. */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
