import * as z from 'zod/mini';
import { type CorruptValue, decodeStored } from './decode-stored.ts';

/** Form values worth keeping between visits: text and lists of text. Files are never stored. */
export type DraftValues = Record<string, string | string[]>;

const storedDraft = z.object({
  version: z.literal(1),
  values: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
});

/** Reads a stored draft; missing or unreadable → no values (plus the raw text and why). Never throws. */
export function decodeDraft(raw: string | null): { values: DraftValues; corrupt?: CorruptValue } {
  const { value, corrupt } = decodeStored(
    raw,
    storedDraft,
    (stored) => stored.values,
    () => ({}),
  );
  return corrupt ? { values: value, corrupt } : { values: value };
}

// Shorter secrets would match ordinary text (a 3-letter key would erase every value containing it).
const MIN_SECRET_LENGTH = 6;

/**
 * The stored text of a draft. Keeps only text and text lists (files, nulls and anything else are
 * dropped) and drops every field whose value contains one of `secrets` (the current credentials), so a key
 * pasted into the wrong field or a header parameter never lands in a draft.
 */
export function encodeDraft(
  values: Readonly<Record<string, unknown>>,
  secrets: readonly string[] = [],
): string {
  const needles = secrets
    .map((secret) => secret.trim())
    .filter((secret) => secret.length >= MIN_SECRET_LENGTH);
  const holdsSecret = (text: string) => needles.some((needle) => text.includes(needle));
  const kept: [string, string | string[]][] = [];
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === 'string') {
      if (!holdsSecret(value)) kept.push([key, value]);
    } else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      if (!value.some(holdsSecret)) kept.push([key, [...value]]);
    }
  }
  return JSON.stringify({ version: 1, values: Object.fromEntries(kept) });
}
