/** Quick time ranges offered beside Unix-seconds parameters. */
export type QuickRangeId = 'last-24h' | 'last-7d' | 'this-month';

export const QUICK_RANGES: { id: QuickRangeId; label: string }[] = [
  { id: 'last-24h', label: 'Last 24 hours' },
  { id: 'last-7d', label: 'Last 7 days' },
  { id: 'this-month', label: 'This month' },
];

/**
 * A range's label as the page shows it: "This month" names the month and the time zone it is counted in
 * (`This month (November 2024, Europe/Berlin)`), the zone `quickRange` uses for it.
 */
export function quickRangeLabel(id: QuickRangeId, nowMs: number, timeZone: string, locale?: string): string {
  const label = QUICK_RANGES.find((range) => range.id === id)?.label ?? id;
  if (id !== 'this-month') return label;
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone }).format(nowMs);
  return `${label} (${month}, ${timeZone})`;
}
