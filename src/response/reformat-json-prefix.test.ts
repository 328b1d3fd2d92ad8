import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reformatJsonPrefix } from './reformat-json-prefix.ts';

const withoutWhitespaceOutsideStrings = (text: string) =>
  // Strings are kept whole (with their escapes); everything else loses its whitespace.
  text.replace(/("(?:[^"\\]|\\.)*"?)|\s+/g, (_, string: string | undefined) => string ?? '');

describe('reformatJsonPrefix', () => {
  it('indents a whole minified document exactly like JSON.stringify(…, 2)', () => {
    const value = { object: 'page', data: [{ a: 1, b: [true, null, 'x'] }, {}], has_more: false };
    expect(reformatJsonPrefix(JSON.stringify(value))).toBe(JSON.stringify(value, null, 2));
  });

  it('indents the first part of a body cut in the middle of a string, without completing it', () => {
    const cut = '[{"id":"pet","name":"xxxxx"},{"id":"pet","name":"xx';
    expect(reformatJsonPrefix(cut)).toBe(
      // The cut string is the last token: it stays as it came, attached to its key.
      '[\n  {\n    "id": "pet",\n    "name": "xxxxx"\n  },\n  {\n    "id": "pet",\n    "name":"xx',
    );
  });

  it('keeps every character of content: only whitespace between tokens changes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, at) => {
        const text = JSON.stringify(value);
        const prefix = text.slice(0, text.length === 0 ? 0 : at % (text.length + 1));
        const out = reformatJsonPrefix(prefix);
        expect(withoutWhitespaceOutsideStrings(out)).toBe(withoutWhitespaceOutsideStrings(prefix));
      }),
      { numRuns: 300 },
    );
  });

  it('reformats 2 MB of minified JSON (one pass; applying the edits one by one would take minutes)', () => {
    const item = JSON.stringify({ id: 'pet', name: 'x'.repeat(90), tags: [1, 2, 3] });
    const text = `[${Array(20_000).fill(item).join(',')}]`.slice(0, 2 * 1024 * 1024);
    const out = reformatJsonPrefix(text);
    expect(out.split('\n').length).toBeGreaterThan(100_000);
  });
});
