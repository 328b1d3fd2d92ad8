/** The text the form mode writes back: two-space JSON, or empty text when there is no value at all. */
export function formatBodyText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
