/** `text` as a single-quoted TypeScript string literal: quotes, backslashes, control and separator characters escaped. */
export function tsStringLiteral(text: string): string {
  return `'${escapeTsText(text, "'")}'`;
}

/** Escapes `text` for the inside of a TS string delimited by `quote` (also used for template literals). */
export function escapeTsText(text: string, quote: "'" | '"' | '`'): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === quote) out += `\\${char}`;
    else if (quote === '`' && char === '$') out += '\\$';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    // C0 controls and DEL are invisible; U+2028/2029 break lines in editors; lone surrogates are not UTF-8.
    else if (code < 0x20 || code === 0x7f) out += `\\x${hex(code, 2)}`;
    else if (code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff))
      out += `\\u${hex(code, 4)}`;
    else out += char;
  }
  return out;
}

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}
