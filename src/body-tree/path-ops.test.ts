import { describe, expect, it } from 'vitest';
import { getAt } from './get-at.ts';
import { removeAt } from './remove-at.ts';
import { setAt } from './set-at.ts';
import { updateAt } from './update-at.ts';

describe('getAt', () => {
  it('reads keys and indices, and undefined for anything missing or mistyped', () => {
    const value = { a: [{ b: 1 }, { b: 2 }], n: null };
    expect(getAt(value, [])).toBe(value);
    expect(getAt(value, ['a', 1, 'b'])).toBe(2);
    expect(getAt(value, ['a', 2, 'b'])).toBeUndefined();
    expect(getAt(value, ['a', 'b'])).toBeUndefined();
    expect(getAt(value, ['n', 'x'])).toBeUndefined();
    expect(getAt(value, ['a', -1])).toBeUndefined();
  });

  it('reads only own properties', () => {
    expect(getAt({}, ['constructor'])).toBeUndefined();
    expect(getAt({}, ['__proto__'])).toBeUndefined();
    expect(getAt({}, ['toString'])).toBeUndefined();
    expect(getAt(JSON.parse('{"__proto__": {"x": 1}}'), ['__proto__', 'x'])).toBe(1);
  });
});

describe('setAt', () => {
  it('never mutates its input and shares untouched branches', () => {
    const value = { a: { b: 1 }, c: { d: 2 } };
    const next = setAt(value, ['a', 'b'], 5) as typeof value;
    expect(value).toEqual({ a: { b: 1 }, c: { d: 2 } });
    expect(next).toEqual({ a: { b: 5 }, c: { d: 2 } });
    expect(next.c).toBe(value.c);
  });

  it('keeps the position of an existing key', () => {
    const next = setAt({ z: 1, a: 2, m: 3 }, ['a'], 20);
    expect(Object.keys(next as object)).toEqual(['z', 'a', 'm']);
  });

  it('creates missing objects and arrays on the way, filling gaps with null', () => {
    expect(setAt(undefined, ['a', 0, 'b'], 1)).toEqual({ a: [{ b: 1 }] });
    expect(setAt({ a: 'text' }, ['a', 'b'], 1)).toEqual({ a: { b: 1 } });
    expect(setAt([], [2], 'x')).toEqual([null, null, 'x']);
    expect(setAt({ a: 1 }, [], 'whole')).toBe('whole');
  });

  it('stores hostile keys as data and never touches a prototype', () => {
    const next = setAt({}, ['__proto__', 'polluted'], true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(Object.hasOwn(next, '__proto__')).toBe(true);
    expect(JSON.stringify(next)).toBe('{"__proto__":{"polluted":true}}');

    const ctor = setAt({}, ['constructor', 'prototype', 'polluted'], true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(ctor)).toBe('{"constructor":{"prototype":{"polluted":true}}}');
  });

  it('copies a parsed `__proto__` key as data when editing a sibling', () => {
    const parsed = JSON.parse('{"__proto__": {"x": 1}, "a": 1}');
    const next = setAt(parsed, ['a'], 2);
    expect(JSON.stringify(next)).toBe('{"__proto__":{"x":1},"a":2}');
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
  });
});

describe('removeAt and updateAt', () => {
  it('removes keys and array items without mutating', () => {
    const value = { a: [1, 2, 3], b: { c: 1, d: 2 } };
    expect(removeAt(value, ['a', 1])).toEqual({ a: [1, 3], b: { c: 1, d: 2 } });
    expect(removeAt(value, ['b', 'c'])).toEqual({ a: [1, 2, 3], b: { d: 2 } });
    expect(value).toEqual({ a: [1, 2, 3], b: { c: 1, d: 2 } });
  });

  it('returns the same value when there is nothing to remove', () => {
    const value = { a: [1] };
    expect(removeAt(value, ['x'])).toBe(value);
    expect(removeAt(value, ['a', 5])).toBe(value);
    expect(removeAt(value, ['a', 'k'])).toBe(value);
    expect(removeAt(value, ['constructor'])).toBe(value);
    expect(removeAt(value, [])).toBeUndefined();
  });

  it('removes an own `__proto__` key', () => {
    const parsed = JSON.parse('{"__proto__": 1, "a": 2}');
    expect(JSON.stringify(removeAt(parsed, ['__proto__']))).toBe('{"a":2}');
  });

  it('updateAt removes on undefined and sets otherwise', () => {
    expect(updateAt({ a: 1, b: 2 }, ['a'], undefined)).toEqual({ b: 2 });
    expect(updateAt({ a: 1 }, ['a'], null)).toEqual({ a: null });
  });
});
