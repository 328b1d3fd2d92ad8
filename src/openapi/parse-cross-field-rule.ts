import { isRecord } from './is-record.ts';
import type { BoundsRule, CompareRule, CrossFieldRule, DependsRule } from './model.ts';
import { ownEntries } from './own-entries.ts';

const compareOps = new Set(['>', '>=', '<', '<=']);

/** A cross-field rule read from `x-tryit` data, or undefined when it is malformed (rules are optional help). */
export function parseCrossFieldRule(raw: unknown): CrossFieldRule | undefined {
  if (!isRecord(raw)) return undefined;
  switch (raw.kind) {
    case 'compare': {
      const { left, op, right, message } = raw;
      if (!isName(left) || !isName(right) || typeof op !== 'string' || !compareOps.has(op)) return undefined;
      const rule: CompareRule = { kind: 'compare', left, op: op as CompareRule['op'], right };
      if (typeof message === 'string') rule.message = message;
      return rule;
    }
    case 'depends': {
      const { target, on } = raw;
      if (!isName(target) || !isName(on) || !isRecord(raw.cases)) return undefined;
      const cases: DependsRule['cases'] = {};
      for (const [value, bounds] of ownEntries(raw.cases)) {
        const parsed = parseBounds(bounds);
        if (parsed) cases[value] = parsed;
      }
      if (Object.keys(cases).length === 0) return undefined;
      return { kind: 'depends', target, on, cases };
    }
    case 'bounds': {
      const bounds = parseBounds(raw);
      if (!isName(raw.target) || !bounds) return undefined;
      const rule: BoundsRule = { kind: 'bounds', target: raw.target, ...bounds };
      return rule;
    }
    default:
      return undefined;
  }
}

function isName(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

/** `default`/`minimum`/`maximum` when at least one is a finite number; other fields are ignored. */
function parseBounds(raw: unknown): { default?: number; minimum?: number; maximum?: number } | undefined {
  if (!isRecord(raw)) return undefined;
  const bounds: { default?: number; minimum?: number; maximum?: number } = {};
  for (const key of ['default', 'minimum', 'maximum'] as const) {
    const value = raw[key];
    if (typeof value === 'number' && Number.isFinite(value)) bounds[key] = value;
  }
  return Object.keys(bounds).length > 0 ? bounds : undefined;
}
