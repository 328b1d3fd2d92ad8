import { describe, expect, it } from 'vitest';
import { copyJsonValue } from './copy-json-value.ts';

describe('copyJsonValue', () => {
  it('copies plain values without aliasing them', () => {
    const value = { a: [1, 'x', null, true], b: { c: 2 } };
    const copy = copyJsonValue(value, { remaining: 100 });
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect((copy as typeof value).b).not.toBe(value.b);
  });

  it('turns cycles, excess depth and an exhausted budget into null', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    expect(copyJsonValue(cyclic, { remaining: 100 })).toEqual({ name: 'loop', self: null });
    expect(copyJsonValue({ a: { b: { c: 1 } } }, { remaining: 100 }, 2)).toEqual({ a: { b: null } });
    const budget = { remaining: 2 };
    expect(copyJsonValue([[1], [2], [3]], budget)).toEqual([[1], null, null]);
    expect(budget.remaining).toBe(0);
  });

  it('makes dates strings and drops `__proto__` keys', () => {
    const copy = copyJsonValue(
      { when: new Date(0), ...JSON.parse('{"__proto__": {"polluted": 1}}') },
      { remaining: 10 },
    );
    expect(copy).toEqual({ when: '1970-01-01T00:00:00.000Z' });
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
  });
});
