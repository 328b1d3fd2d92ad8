/**
 * Escapes `text` for the inside of a string literal delimited by `quote`, in the escape syntax TypeScript and
 * Python share: backslash and the quote, `\n` `\r` `\t`, `\xHH` for C0 controls and DEL (invisible), `\uHHHH`
 * for U+2028/2029 (they break lines in editors) and lone surrogates (not encodable as UTF-8). `dollar` also
 * escapes `$` (template literals); `upperHex` picks the hex digits' case (each language's formatter differs).
 */
export function escapeQuotedText(
  text: string,
  quote: string,
  { dollar = false, upperHex = false }: { dollar?: boolean; upperHex?: boolean } = {},
): string {
  const hex = (code: number, width: number) => {
    const digits = code.toString(16).padStart(width, '0');
    return upperHex ? digits.toUpperCase() : digits;
  };
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === quote) out += `\\${char}`;
    else if (dollar && char === '$') out += '\\$';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff))
      out += `\\u${hex(code, 4)}`;
    else out += char;
  }
  return out;
}
