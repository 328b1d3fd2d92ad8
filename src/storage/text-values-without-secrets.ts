// Shorter secrets would match ordinary text (a 3-letter key would erase every value containing it).
const MIN_SECRET_LENGTH = 6;

/** The credentials worth looking for in text: trimmed, and long enough not to match ordinary words. */
export function secretNeedles(secrets: readonly string[]): string[] {
  return secrets.map((secret) => secret.trim()).filter((secret) => secret.length >= MIN_SECRET_LENGTH);
}

/**
 * The text and text-list values of a form (files, nulls and anything else dropped), minus every field whose
 * value contains one of `secrets` (the current credentials): a key pasted into the wrong field never leaves.
 */
export function textValuesWithoutSecrets(
  values: Readonly<Record<string, unknown>>,
  secrets: readonly string[] = [],
): [string, string | string[]][] {
  const needles = secretNeedles(secrets);
  const holdsSecret = (text: string) => needles.some((needle) => text.includes(needle));
  const kept: [string, string | string[]][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      if (!holdsSecret(value)) kept.push([key, value]);
    } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      if (!value.some(holdsSecret)) kept.push([key, [...value]]);
    }
  }
  return kept;
}
