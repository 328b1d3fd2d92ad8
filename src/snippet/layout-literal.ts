import type { JsonValue } from './to-json-value.ts';

/** How one language writes JSON-like literals (TypeScript object literals, Python dicts). */
export interface LiteralStyle {
  string: (text: string) => string;
  /** An object key, written before `: `. */
  key: (name: string) => string;
  true: string;
  false: string;
  null: string;
  /** One indentation step. */
  indent: string;
  /** Longest line, in characters, before a container is broken over several lines. */
  width: number;
  /** Space inside one-line object braces: `{ "a": 1 }` (TS) or `{"a": 1}` (Black). */
  braceSpace: '' | ' ';
  /** Comma after the last member of a broken container (Black's magic trailing comma; never in JSON). */
  trailingComma: boolean;
}

/**
 * Lays out a JSON value as a literal. The wrapping rule: a value is written on one line
 * (`{ "a": 1, "b": ["x", "y"] }`, `{}`, `[]`) when that line — from `column` to the end of the value plus
 * `trailing` characters — fits in `style.width`; otherwise an object/array puts each member on its own
 * line, one indent deeper than `level`, and the same rule applies to each member. Scalars never break.
 * Without `trailingComma`, a TypeScript layout with JSON strings stays valid JSON.
 */
export function layoutLiteral(
  value: JsonValue,
  style: LiteralStyle,
  level: number,
  column: number,
  trailing: number,
): string {
  const flat = inline(value, style);
  if (column + flat.length + trailing <= style.width || !isContainer(value)) return flat;
  const inner = style.indent.repeat(level + 1);
  const entries: [string, JsonValue][] = Array.isArray(value)
    ? value.map((item) => ['', item])
    : Object.entries(value).map(([name, item]) => [`${style.key(name)}: `, item]);
  const lines = entries.map(([head, item], index) => {
    const comma = index < entries.length - 1 || style.trailingComma ? 1 : 0;
    return `${inner}${head}${layoutLiteral(item, style, level + 1, inner.length + head.length, comma)}${comma ? ',' : ''}`;
  });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${style.indent.repeat(level)}${close}`;
}

/** The one-line form of a value: `{ "a": 1 }`, `["x", "y"]`, `{}`, `[]`. */
export function inline(value: JsonValue, style: LiteralStyle): string {
  if (value === null) return style.null;
  if (value === true) return style.true;
  if (value === false) return style.false;
  if (typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'string') return style.string(value);
  if (Array.isArray(value)) return `[${value.map((item) => inline(item, style)).join(', ')}]`;
  const members = Object.entries(value).map(([name, item]) => `${style.key(name)}: ${inline(item, style)}`);
  return members.length === 0 ? '{}' : `{${style.braceSpace}${members.join(', ')}${style.braceSpace}}`;
}

function isContainer(value: JsonValue): value is JsonValue[] | { [key: string]: JsonValue } {
  return (Array.isArray(value) && value.length > 0) || (isObject(value) && Object.keys(value).length > 0);
}

function isObject(value: JsonValue): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
