/**
 * How long a 429 or 503 answer asks to wait, in ms: `retry-after-ms` (OpenAI's), else `Retry-After` as
 * seconds or an HTTP date (RFC 9110 §10.2.3), measured from `nowMs`. Undefined when absent or unreadable.
 */
export function retryAfterMs(headers: readonly [string, string][], nowMs: number): number | undefined {
  const get = (wanted: string) => headers.find(([name]) => name.toLowerCase() === wanted)?.[1]?.trim();
  const ms = get('retry-after-ms');
  if (ms !== undefined && /^\d+(\.\d+)?$/.test(ms)) return Math.ceil(Number(ms));
  const value = get('retry-after');
  if (value === undefined || value === '') return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date names its day and month; engines would also read other text (`-1`) as a date.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
