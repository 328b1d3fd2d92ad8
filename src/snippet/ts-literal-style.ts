import type { LiteralStyle } from './layout-literal.ts';

/** TypeScript object literals written as JSON (quoted keys, JSON strings): valid TS and valid JSON at once. */
export const tsLiteralStyle: LiteralStyle = {
  string: jsonString,
  // A plain `"__proto__": x` in an object literal sets the prototype instead of a property; a computed key
  // does not. It is the one place the literal stops being JSON, for a key no real API uses on purpose.
  key: (name) => (name === '__proto__' ? `[${jsonString(name)}]` : jsonString(name)),
  true: 'true',
  false: 'false',
  null: 'null',
  indent: '  ',
  width: 80,
  braceSpace: ' ',
  trailingComma: false,
};

function jsonString(text: string): string {
  // JSON.stringify leaves U+2028/2029 raw: legal in TS since ES2019, but invisible line breaks in an editor.
  return JSON.stringify(text)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
