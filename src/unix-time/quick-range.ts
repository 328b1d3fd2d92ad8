/** Quick time ranges offered beside Unix-seconds parameters. */
export type QuickRangeId = 'last-24h' | 'last-7d' | 'this-month';

export const QUICK_RANGES: { id: QuickRangeId; label: string }[] = [
  { id: 'last-24h', label: 'Last 24 hours' },
  { id: 'last-7d', label: 'Last 7 days' },
  { id: 'this-month', label: 'This month' },
];

/** Start (inclusive) and end (exclusive) in Unix seconds for a quick range, relative to `nowMs`. "This month" uses UTC. */
export function quickRange(id: QuickRangeId, nowMs: number): { start: number; end: number } {
  const end = Math.floor(nowMs / 1000);
  switch (id) {
    case 'last-24h':
      return { start: end - 24 * 3600, end };
    case 'last-7d':
      return { start: end - 7 * 24 * 3600, end };
    case 'this-month': {
      const now = new Date(nowMs);
      return { start: Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) / 1000, end };
    }
  }
}
