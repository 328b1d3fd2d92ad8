// The browser build decodes names through the DOM (no 2,000-entry table in the bundle); Node's uses the table.
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** `&name;`, `&#123;` and `&#x1F;`, the only shapes CommonMark reads as character references. */
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/g;

/**
 * Text with its character references decoded, as CommonMark says (`&amp;` → `&`, `&#0;` → U+FFFD); an unknown
 * name stays as written. The parser leaves references in text and URLs undecoded, and React shows text as is.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal: string, hex: string, name: string) => {
    if (name !== undefined) return decodeNamedCharacterReference(name) || whole;
    const code = Number.parseInt(decimal ?? hex, decimal === undefined ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return valid ? String.fromCodePoint(code) : '\uFFFD';
  });
}
