import { ownEntries } from './own-entries.ts';

/** How many more values a copy may create; shared so one budget can span many copies. */
export interface CopyBudget {
  remaining: number;
}

const defaultMaxDepth = 64;

/**
 * A plain, acyclic, JSON-safe copy of a document value (an example, a default, an enum list). Cycles
 * (YAML aliases can make them), nesting beyond `maxDepth` and anything past the budget become `null`, so a
 * hostile document cannot hang the page or leave an object graph that `JSON.stringify` rejects.
 */
export function copyJsonValue(value: unknown, budget: CopyBudget, maxDepth = defaultMaxDepth): unknown {
  return copy(value, budget, maxDepth, new Set());
}

function copy(value: unknown, budget: CopyBudget, depthLeft: number, ancestors: Set<object>): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object' || value === null) {
    return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  }
  if (depthLeft <= 0 || budget.remaining <= 0 || ancestors.has(value)) return null;
  budget.remaining--;
  ancestors.add(value);
  let out: unknown;
  if (Array.isArray(value)) {
    out = value.map((item) => copy(item, budget, depthLeft - 1, ancestors) ?? null);
  } else if (value instanceof Date) {
    out = value.toISOString();
  } else {
    const record: Record<string, unknown> = {};
    for (const [key, item] of ownEntries(value)) {
      const copied = copy(item, budget, depthLeft - 1, ancestors);
      if (copied !== undefined) record[key] = copied;
    }
    out = record;
  }
  ancestors.delete(value);
  return out;
}
