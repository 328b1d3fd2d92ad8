import { escapeQuotedText } from './escape-quoted-text.ts';

/** `text` as a single-quoted TypeScript string literal: quotes, backslashes, control and separator characters escaped. */
export function tsStringLiteral(text: string): string {
  return `'${escapeTsText(text, "'")}'`;
}

/** Escapes `text` for the inside of a TS string delimited by `quote` (also used for template literals). */
export function escapeTsText(text: string, quote: "'" | '"' | '`'): string {
  return escapeQuotedText(text, quote, { dollar: quote === '`', upperHex: true });
}
