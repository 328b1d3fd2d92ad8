import { createContext } from 'react';

/** A scheme chosen around the panel (the embed's `theme`), or `auto` for the system's. */
export type ColorSchemeChoice = 'auto' | 'light' | 'dark';

/**
 * The embed element's `theme` (its CSS reads it from the element's own root, not the host's document); unset
 * in the page, where the toggle's `data-theme` on the document root decides.
 */
export const ColorSchemeChoiceContext = createContext<ColorSchemeChoice | undefined>(undefined);

/**
 * The scheme on show: the element's choice if it made one; else, in the page (`choice` unset), the toggle's
 * `data-theme` on the document root; else the system's. An embed on `auto` ignores the host's `data-theme`,
 * as its CSS does.
 */
export function pickColorScheme(
  choice: ColorSchemeChoice | undefined,
  documentTheme: string | undefined,
  systemDark: boolean,
): 'light' | 'dark' {
  if (choice === 'light' || choice === 'dark') return choice;
  if (choice === undefined && (documentTheme === 'light' || documentTheme === 'dark')) return documentTheme;
  return systemDark ? 'dark' : 'light';
}
