import type { CrossFieldRule } from './model.ts';
import { ownValue } from './own-value.ts';
import { parseCrossFieldRule } from './parse-cross-field-rule.ts';

/** A rule from `x-tryit.rules` with the operations it applies to (`'*'`: every operation). */
export interface ScopedRule {
  operations: ReadonlySet<string>;
  rule: CrossFieldRule;
}

/** The document root's `x-tryit.rules`, malformed entries dropped. */
export function readScopedRules(doc: unknown): ScopedRule[] {
  const raw = ownValue(ownValue(doc, 'x-tryit'), 'rules');
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry): ScopedRule[] => {
    const rule = parseCrossFieldRule(ownValue(entry, 'rule'));
    const operations = ownValue(entry, 'operations');
    // A single id or `'*'` written without a list is accepted too: it is what the author meant.
    const ids = typeof operations === 'string' ? [operations] : operations;
    if (!rule || !Array.isArray(ids)) return [];
    return [{ operations: new Set(ids.filter((id): id is string => typeof id === 'string')), rule }];
  });
}
