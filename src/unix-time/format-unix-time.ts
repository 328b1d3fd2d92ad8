/** Parses form text as Unix seconds; undefined unless it is a whole number in a plausible range. */
export function parseUnixSeconds(text: string): number | undefined {
  if (!/^-?\d{1,12}$/.test(text.trim())) return undefined;
  return Number(text.trim());
}

/** The instant in UTC, e.g. `2024-11-01 00:00 UTC`. */
export function formatUtc(seconds: number): string {
  return `${new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** `datetime-local` input value (local time, minutes) for Unix seconds. */
export function toDateTimeLocal(seconds: number, timezoneOffsetMinutes: number): string {
  return new Date(seconds * 1000 - timezoneOffsetMinutes * 60_000).toISOString().slice(0, 16);
}

/** Unix seconds for a `datetime-local` value read in the local zone; undefined when empty or invalid. */
export function fromDateTimeLocal(value: string, timezoneOffsetMinutes: number): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  return (Date.UTC(y, mo - 1, d, h, mi) + timezoneOffsetMinutes * 60_000) / 1000;
}
