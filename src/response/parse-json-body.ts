/**
 * The body's JSON value, when its content type says JSON (`application/json`, `…+json`) or its text looks
 * like JSON (`{`/`[` first) and parses; `ok: false` otherwise (malformed, cut short, not JSON). Never
 * evaluates: `JSON.parse` only.
 */
export function parseJsonBody(
  bodyText: string,
  contentType: string,
): { ok: true; value: unknown } | { ok: false } {
  const saysJson = /[/+]json\b/.test(contentType.toLowerCase());
  if (!saysJson && !/^\s*[[{]/.test(bodyText)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(bodyText) as unknown };
  } catch {
    return { ok: false };
  }
}
