import * as z from 'zod/mini';
import { type CorruptValue, decodeStored } from './decode-stored.ts';

/** The snippet panel's choices, remembered per API: the language tab and "Call through the gateway". */
export interface SnippetPrefs {
  /** Tab id (`typescript`, `official-sdk`, `curl`…); a tab the operation lacks falls back to the first. */
  language: string;
  viaGateway: boolean;
}

/** Prefs before the user chose anything. */
export function defaultSnippetPrefs(): SnippetPrefs {
  return { language: 'typescript', viaGateway: false };
}

const storedPrefs = z.object({
  version: z.literal(1),
  language: z.string(),
  // A literal pair, not z.boolean(): the page already ships z.literal, and zod's boolean costs 0.2 KB gzip.
  viaGateway: z.literal([true, false]),
});

/** Reads stored prefs: missing → defaults; corrupt or foreign → defaults plus the raw text and why. Never throws. */
export function decodeSnippetPrefs(raw: string | null): { prefs: SnippetPrefs; corrupt?: CorruptValue } {
  const { value, corrupt } = decodeStored(
    raw,
    storedPrefs,
    (stored) => ({ language: stored.language, viaGateway: stored.viaGateway }),
    defaultSnippetPrefs,
  );
  return corrupt ? { prefs: value, corrupt } : { prefs: value };
}

/** The stored text of snippet prefs, with its format version inside. */
export function encodeSnippetPrefs(prefs: SnippetPrefs): string {
  return JSON.stringify({ version: 1, language: prefs.language, viaGateway: prefs.viaGateway });
}
