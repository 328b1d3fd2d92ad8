import type { QuickRangeId } from './quick-range.ts';

/**
 * Start (inclusive) and end (exclusive) in Unix seconds for a quick range, relative to `nowMs` (loaded on the
 * first click of a range: the page's first paint needs only the labels). "This month"
 * starts at midnight of the 1st in `timeZone` (an IANA name, e.g. the browser's own zone).
 */
export function quickRangeBounds(
  id: QuickRangeId,
  nowMs: number,
  timeZone: string,
): { start: number; end: number } {
  const end = Math.floor(nowMs / 1000);
  switch (id) {
    case 'last-24h':
      return { start: end - 24 * 3600, end };
    case 'last-7d':
      return { start: end - 7 * 24 * 3600, end };
    case 'this-month':
      return { start: Math.floor(startOfMonth(nowMs, timeZone) / 1000), end };
  }
}

/** Midnight of the 1st of the month `nowMs` falls in, as seen in `timeZone`, in epoch milliseconds. */
function startOfMonth(nowMs: number, timeZone: string): number {
  const { year, month } = wallClock(nowMs, timeZone);
  const target = Date.UTC(year, month - 1, 1);
  // The zone's offset at a first guess, then at the result (a DST change may lie in between).
  const first = target - offsetAt(target, timeZone);
  return target - offsetAt(first, timeZone);
}

/** How far the wall clock in `timeZone` is ahead of UTC at `ms`, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
  const t = wallClock(ms, timeZone);
  return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - Math.floor(ms / 1000) * 1000;
}

function wallClock(ms: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
    second: get('second'),
  };
}
