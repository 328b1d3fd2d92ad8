import { describe, expect, it } from 'vitest';
import { selectEvicted } from './select-evicted.ts';

const entry = (id: number, at: number, size = 10) => ({ id, at, size });

describe('selectEvicted', () => {
  it('evicts nothing within the caps', () => {
    expect(selectEvicted([entry(1, 1), entry(2, 2)], { entries: 2, bytes: 100 })).toEqual([]);
  });

  it('evicts the oldest beyond the entry cap, whatever the order given', () => {
    const entries = [entry(3, 30), entry(1, 10), entry(4, 40), entry(2, 20)];
    expect(selectEvicted(entries, { entries: 2, bytes: 1000 })).toEqual([1, 2]);
  });

  it('evicts the oldest until the sizes fit the byte cap', () => {
    const entries = [entry(1, 1, 60), entry(2, 2, 30), entry(3, 3, 30)];
    expect(selectEvicted(entries, { entries: 10, bytes: 70 })).toEqual([1]);
    expect(selectEvicted(entries, { entries: 10, bytes: 40 })).toEqual([1, 2]);
  });

  it('orders equal times by id and always keeps the newest entry', () => {
    expect(selectEvicted([entry(2, 5, 500), entry(1, 5, 500)], { entries: 10, bytes: 100 })).toEqual([1]);
  });
});
