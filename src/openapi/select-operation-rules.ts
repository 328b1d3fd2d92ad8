import type { CrossFieldRule, Parameter } from './model.ts';
import { parseCrossFieldRule } from './parse-cross-field-rule.ts';
import type { ScopedRule } from './read-scoped-rules.ts';

/**
 * The rules for one operation: document-level rules naming its id (or `'*'`), then its own
 * `x-tryit-rules`. Rules that mention a parameter the operation lacks are dropped: a `'*'` rule about
 * `end_time` means nothing for an operation without one.
 */
export function selectOperationRules(
  scoped: readonly ScopedRule[],
  operationIds: readonly string[],
  parameters: readonly Parameter[],
  ownRules: unknown,
): CrossFieldRule[] {
  const names = new Set(parameters.map((parameter) => parameter.name));
  const fromDocument = scoped
    .filter(({ operations }) => operations.has('*') || operationIds.some((id) => operations.has(id)))
    .map(({ rule }) => rule);
  const fromOperation = Array.isArray(ownRules) ? ownRules.map(parseCrossFieldRule) : [];
  return [...fromDocument, ...fromOperation].filter(
    (rule): rule is CrossFieldRule =>
      rule !== undefined && ruleParameterNames(rule).every((name) => names.has(name)),
  );
}

function ruleParameterNames(rule: CrossFieldRule): string[] {
  switch (rule.kind) {
    case 'compare':
      return [rule.left, rule.right];
    case 'depends':
      return [rule.target, rule.on];
    case 'bounds':
      return [rule.target];
  }
}
