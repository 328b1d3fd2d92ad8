import { isRecord } from './is-record.ts';
import type { SecurityRequirement } from './model.ts';
import { ownEntries } from './own-entries.ts';

/**
 * A `security` array as alternatives of scheme names: `[]` means no auth, and a `{}` entry becomes an
 * empty alternative (auth optional). Undefined when `raw` is not an array, so the caller can inherit.
 */
export function normalizeSecurityRequirements(raw: unknown): SecurityRequirement[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  return raw.filter(isRecord).map((requirement) => ownEntries(requirement).map(([name]) => name));
}
