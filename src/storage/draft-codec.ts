import * as z from 'zod/mini';
import { type CorruptValue, decodeStored } from './decode-stored.ts';
import { textValuesWithoutSecrets } from './text-values-without-secrets.ts';

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

/**
 * The stored text of a draft: text values only, without any field that holds a current credential
 * (see `textValuesWithoutSecrets`), so a key pasted into the wrong field never lands in a draft.
 */
export function encodeDraft(
  values: Readonly<Record<string, unknown>>,
  secrets: readonly string[] = [],
): string {
  const kept = textValuesWithoutSecrets(values, secrets);
  return JSON.stringify({ version: 1, values: Object.fromEntries(kept) });
}
