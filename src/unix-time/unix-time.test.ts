import { describe, expect, it } from 'vitest';
import { formatUtc, fromDateTimeLocal, parseUnixSeconds, toDateTimeLocal } from './format-unix-time.ts';
import { quickRangeLabel } from './quick-range.ts';
import { quickRangeBounds as quickRange } from './quick-range-bounds.ts';

const NOW = Date.UTC(2024, 10, 15, 10, 30, 12); // 2024-11-15 10:30:12 UTC

describe('quickRange', () => {
  it('last 24 hours and last 7 days end now', () => {
    expect(quickRange('last-24h', NOW, 'UTC')).toEqual({ start: NOW / 1000 - 86400, end: NOW / 1000 });
    expect(quickRange('last-7d', NOW, 'UTC').end - quickRange('last-7d', NOW, 'UTC').start).toBe(7 * 86400);
  });
  it('this month starts at midnight of the 1st in the zone it is counted in', () => {
    expect(quickRange('this-month', NOW, 'UTC')).toEqual({ start: 1730419200, end: NOW / 1000 });
    // Nov 1 00:00 in New York is 04:00 UTC (EDT until Nov 3).
    expect(quickRange('this-month', NOW, 'America/New_York').start).toBe(Date.UTC(2024, 10, 1, 4) / 1000);
    // Tokyo: Nov 1 00:00 JST is Oct 31 15:00 UTC.
    expect(quickRange('this-month', NOW, 'Asia/Tokyo').start).toBe(Date.UTC(2024, 9, 31, 15) / 1000);
    // Half-hour zones too.
    expect(quickRange('this-month', NOW, 'Asia/Kolkata').start).toBe(Date.UTC(2024, 9, 31, 18, 30) / 1000);
  });
  it('this month is the month of the zone, not of UTC', () => {
    // 2024-11-30 23:30 UTC is already December in Berlin.
    const lateNovemberUtc = Date.UTC(2024, 10, 30, 23, 30);
    expect(quickRange('this-month', lateNovemberUtc, 'Europe/Berlin').start).toBe(
      Date.UTC(2024, 10, 30, 23) / 1000,
    );
    expect(quickRangeLabel('this-month', lateNovemberUtc, 'Europe/Berlin', 'en-US')).toBe(
      'This month (December 2024, Europe/Berlin)',
    );
    expect(quickRangeLabel('this-month', lateNovemberUtc, 'UTC', 'en-US')).toBe(
      'This month (November 2024, UTC)',
    );
  });
  it('a month that starts in summer time and a DST change inside the month', () => {
    // March 2024 in Berlin starts in winter time (UTC+1); the change on Mar 31 must not shift the start.
    const lateMarch = Date.UTC(2024, 2, 31, 12);
    expect(quickRange('this-month', lateMarch, 'Europe/Berlin').start).toBe(Date.UTC(2024, 1, 29, 23) / 1000);
    // April starts in summer time (UTC+2).
    expect(quickRange('this-month', Date.UTC(2024, 3, 10), 'Europe/Berlin').start).toBe(
      Date.UTC(2024, 2, 31, 22) / 1000,
    );
  });
  it('the other labels are as listed', () => {
    expect(quickRangeLabel('last-24h', NOW, 'UTC')).toBe('Last 24 hours');
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
