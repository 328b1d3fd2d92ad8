import { describe, expect, it } from 'vitest';
import { formatUtc, fromDateTimeLocal, parseUnixSeconds, toDateTimeLocal } from './format-unix-time.ts';
import { quickRange } from './quick-range.ts';

const NOW = Date.UTC(2024, 10, 15, 10, 30, 12); // 2024-11-15 10:30:12 UTC

describe('quickRange', () => {
  it('last 24 hours and last 7 days end now', () => {
    expect(quickRange('last-24h', NOW)).toEqual({ start: NOW / 1000 - 86400, end: NOW / 1000 });
    expect(quickRange('last-7d', NOW).end - quickRange('last-7d', NOW).start).toBe(7 * 86400);
  });
  it('this month starts at the first of the month, UTC', () => {
    expect(quickRange('this-month', NOW)).toEqual({ start: 1730419200, end: NOW / 1000 });
  });
});

describe('unix time formatting', () => {
  it('formats UTC', () => {
    expect(formatUtc(1730419200)).toBe('2024-11-01 00:00 UTC');
  });
  it('round-trips datetime-local values in any zone', () => {
    for (const offset of [0, -60, 330, 480]) {
      expect(fromDateTimeLocal(toDateTimeLocal(1730419200, offset), offset)).toBe(1730419200);
    }
    // UTC+1 has getTimezoneOffset() === -60: local midnight is 23:00 UTC the day before.
    expect(toDateTimeLocal(1730419200, -60)).toBe('2024-11-01T01:00');
  });
  it('parses only whole numbers', () => {
    expect(parseUnixSeconds('1730419200')).toBe(1730419200);
    expect(parseUnixSeconds(' 17 ')).toBe(17);
    expect(parseUnixSeconds('1.5')).toBeUndefined();
    expect(parseUnixSeconds('')).toBeUndefined();
    expect(fromDateTimeLocal('', 0)).toBeUndefined();
  });
});
