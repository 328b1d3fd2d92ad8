import { describe, expect, it } from 'vitest';
import { parseJsonPointer, toJsonPointer, valueAtPointer } from './json-pointer.ts';

describe('JSON pointers', () => {
  it('escape ~ and / (RFC 6901) and round-trip', () => {
    const path = ['a/b', 'c~d', 0, '', '__proto__'];
    const pointer = toJsonPointer(path);
    expect(pointer).toBe('/a~1b/c~0d/0//__proto__');
    expect(parseJsonPointer(pointer)).toEqual(['a/b', 'c~d', '0', '', '__proto__']);
    expect(toJsonPointer([])).toBe('');
    expect(parseJsonPointer('')).toEqual([]);
  });

  it('read own properties and array indices only', () => {
    const value = JSON.parse('{"a":[{"b/c":1}],"__proto__":{"x":2}}');
    expect(valueAtPointer(value, '/a/0/b~1c')).toBe(1);
    expect(valueAtPointer(value, '/__proto__/x')).toBe(2);
    expect(valueAtPointer(value, '/a/01')).toBeUndefined();
    expect(valueAtPointer(value, '/a/length')).toBeUndefined();
    expect(valueAtPointer({}, '/toString')).toBeUndefined();
    expect(valueAtPointer(value, '')).toBe(value);
  });
});
