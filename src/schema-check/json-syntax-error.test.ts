import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './json-syntax-error.ts';

describe('jsonSyntaxError', () => {
  it('accepts JSON', () => {
    for (const text of ['{}', ' [1, -2.5e3, "a\\u00e9\\n", true, null] ', '"x"', '{"a": {"b": []}}']) {
      expect(jsonSyntaxError(text)).toBeUndefined();
    }
  });

  it.each([
    ['', 'Invalid JSON: unexpected end of input (expected a value) at line 1, column 1'],
    [
      '{"a": 1,}',
      "Invalid JSON: unexpected '}' (expected a property name in double quotes) at line 1, column 9",
    ],
    [
      "{'a': 1}",
      "Invalid JSON: unexpected ''' (expected a property name in double quotes) at line 1, column 2",
    ],
    ['[1,\n 2\n 3]', "Invalid JSON: unexpected '3' (expected ']') at line 3, column 2"],
    ['{"a": 01}', "Invalid JSON: unexpected '1' (expected '}') at line 1, column 8"],
    [
      '"tab\there"',
      "Invalid JSON: unexpected '\t' (expected an escaped control character) at line 1, column 5",
    ],
    ['{} {}', "Invalid JSON: unexpected '{' (expected end of input) at line 1, column 4"],
    ['[tru]', "Invalid JSON: unexpected 't' (expected a value) at line 1, column 2"],
  ])('locates the error in %j', (text, message) => {
    expect(jsonSyntaxError(text)).toBe(message);
  });
});
