const maxLength = 120;

/**
 * A schema value (enum member, default, const, example) as one short line of text: strings as they are
 * (quoted when empty or padded with spaces, so they stay visible), anything else as JSON, cut at 120 characters.
 */
export function formatValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string')
    text = value === '' || value.trim() !== value ? JSON.stringify(value) : value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > maxLength ? `${text.slice(0, maxLength - 1)}…` : text;
}
