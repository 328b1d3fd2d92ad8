/**
 * Why `text` is not JSON, with the line and column ("Invalid JSON: unexpected '}' at line 2, column 5"),
 * or undefined when it parses. Engines word `JSON.parse` errors differently and recent V8 drops the
 * position, so the position is found by a small scanner of our own.
 */
export function jsonSyntaxError(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    const { offset, expected } = locateError(text);
    const { line, column } = lineAndColumn(text, offset);
    const found = offset >= text.length ? 'end of input' : `'${text[offset]}'`;
    return `Invalid JSON: unexpected ${found}${expected ? ` (expected ${expected})` : ''} at line ${line}, column ${column}`;
  }
}

interface Failure {
  offset: number;
  expected?: string;
}

class Scanner {
  index = 0;
  constructor(readonly text: string) {}

  fail(expected?: string): never {
    throw expected ? { offset: this.index, expected } : { offset: this.index };
  }

  skipSpace() {
    while (/[ \t\n\r]/.test(this.text[this.index] ?? '')) this.index++;
  }

  expect(char: string) {
    if (this.text[this.index] !== char) this.fail(`'${char}'`);
    this.index++;
  }

  value(depth: number) {
    if (depth > 5000) this.fail();
    this.skipSpace();
    const char = this.text[this.index];
    if (char === '{') this.object(depth);
    else if (char === '[') this.array(depth);
    else if (char === '"') this.string();
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) this.number();
    else if (!this.literal('true') && !this.literal('false') && !this.literal('null')) this.fail('a value');
  }

  literal(word: string): boolean {
    if (!this.text.startsWith(word, this.index)) return false;
    this.index += word.length;
    return true;
  }

  object(depth: number) {
    this.index++;
    this.skipSpace();
    if (this.text[this.index] === '}') {
      this.index++;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.index] !== '"') this.fail('a property name in double quotes');
      this.string();
      this.skipSpace();
      this.expect(':');
      this.value(depth + 1);
      this.skipSpace();
      if (this.text[this.index] === ',') {
        this.index++;
        continue;
      }
      this.expect('}');
      return;
    }
  }

  array(depth: number) {
    this.index++;
    this.skipSpace();
    if (this.text[this.index] === ']') {
      this.index++;
      return;
    }
    for (;;) {
      this.value(depth + 1);
      this.skipSpace();
      if (this.text[this.index] === ',') {
        this.index++;
        continue;
      }
      this.expect(']');
      return;
    }
  }

  string() {
    this.index++;
    for (;;) {
      const char = this.text[this.index];
      if (char === undefined) this.fail("'\"'");
      if (char === '"') {
        this.index++;
        return;
      }
      if (char < ' ') this.fail('an escaped control character');
      if (char === '\\') {
        const escaped = this.text[this.index + 1] ?? '';
        if (escaped === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(this.text.slice(this.index + 2, this.index + 6))) {
            this.index += 2;
            this.fail('four hex digits');
          }
          this.index += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(escaped) || escaped === '') {
          this.index++;
          this.fail('a valid escape');
        }
        this.index += 2;
        continue;
      }
      this.index++;
    }
  }

  number() {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.index));
    if (!match) this.fail('a number');
    this.index += match[0].length;
  }
}

function locateError(text: string): Failure {
  const scanner = new Scanner(text);
  try {
    scanner.value(0);
    scanner.skipSpace();
    if (scanner.index < text.length) scanner.fail('end of input');
    // The scanner accepted what JSON.parse rejected (should not happen): point at the end.
    return { offset: text.length };
  } catch (failure) {
    if (typeof failure === 'object' && failure !== null && 'offset' in failure) return failure as Failure;
    return { offset: 0 };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}
