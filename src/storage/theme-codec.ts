import * as z from 'zod/mini';
import { type CorruptValue, decodeStored } from './decode-stored.ts';

/** The colour scheme the user chose: follow the system, or always light, or always dark. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** The choices, in the order the page offers them. */
export const THEME_PREFERENCES: readonly ThemePreference[] = ['system', 'light', 'dark'];

const storedTheme = z.object({ version: z.literal(1), theme: z.literal(['system', 'light', 'dark']) });

/** Reads the stored theme; missing or unreadable → `system` (plus the raw text and why). Never throws. */
export function decodeTheme(raw: string | null): { theme: ThemePreference; corrupt?: CorruptValue } {
  const { value, corrupt } = decodeStored(
    raw,
    storedTheme,
    (stored) => stored.theme,
    (): ThemePreference => 'system',
  );
  return corrupt ? { theme: value, corrupt } : { theme: value };
}

/** The stored text of a theme choice, with its format version inside. */
export function encodeTheme(theme: ThemePreference): string {
  return JSON.stringify({ version: 1, theme });
}
