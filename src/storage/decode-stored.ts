import type * as z from 'zod/mini';

/** A stored value that could not be read, returned so the caller can keep it aside instead of losing it. */
export interface CorruptValue {
  raw: string;
  reason: string;
}

/** Parses stored text with a zod schema; never throws. `null` (nothing stored) is not corrupt. */
export function decodeStored<S extends z.ZodMiniType, T>(
  raw: string | null,
  schema: S,
  fromStored: (stored: z.output<S>) => T,
  fallback: () => T,
): { value: T; corrupt?: CorruptValue } {
  if (raw === null) return { value: fallback() };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    // The engine's message quotes the text, which may hold a credential: say only what went wrong.
    return { value: fallback(), corrupt: { raw, reason: 'not valid JSON' } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    // zod messages name paths and expected types, never the stored values.
    const reason = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${describeIssue(issue)}`,
    );
    return { value: fallback(), corrupt: { raw, reason: reason.join('; ') } };
  }
  return { value: fromStored(parsed.data) };
}

/** What a zod issue expected, in words; zod/mini ships no message locale, and the value is never quoted. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.code;
  }
}
