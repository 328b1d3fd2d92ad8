import { escapeQuotedText } from './escape-quoted-text.ts';

/** `text` as a double-quoted Python 3 string literal (not an f-string: braces stay literal). */
export function pythonStringLiteral(text: string): string {
  return `"${escapeQuotedText(text, '"')}"`;
}
