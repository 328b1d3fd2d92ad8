import type { CrossFieldRule } from '../openapi/model.ts';
import type { FormField, FormValues } from './form-model.ts';
import { numberHint } from './number-hint.ts';

/** A numeric field's bounds and default once cross-field rules are applied to the current values. */
export interface EffectiveBounds {
  default?: number;
  minimum?: number;
  maximum?: number;
  /** Human condition of the rule that set these bounds, e.g. `when bucket_width is 1h`. */
  condition?: string;
  /** One-line hint for the UI, e.g. `1 to 168, default 24 when bucket_width is 1h` (see `boundsHint`). */
  hint?: string;
}

/**
 * The min/max/default of `field` after `depends` and `bounds` rules, given the current values.
 * Pass `fields` (the model's) so an unset `on` parameter falls back to its schema default, and so the
 * `on` value can be found whatever its location.
 */
export function effectiveBounds(
  field: FormField,
  values: Partial<FormValues>,
  rules: CrossFieldRule[],
  fields: FormField[] = [],
): EffectiveBounds {
  const bounds: EffectiveBounds = {};
  const schemaDefault = field.schema.default;
  if (typeof schemaDefault === 'number') bounds.default = schemaDefault;
  if (field.minimum !== undefined) bounds.minimum = field.minimum;
  if (field.maximum !== undefined) bounds.maximum = field.maximum;

  for (const rule of rules) {
    if (rule.kind === 'compare' || rule.target !== field.name) continue;
    if (rule.kind === 'bounds') {
      assignDefined(bounds, rule);
      continue;
    }
    const onValue = ruleInputValue(rule.on, field, values, fields);
    if (onValue === undefined) continue;
    const matched = rule.cases[onValue];
    if (!matched) continue;
    assignDefined(bounds, matched);
    bounds.condition = `when ${rule.on} is ${onValue}`;
  }
  const hint = numberHint(bounds);
  if (hint) bounds.hint = hint;
  return bounds;
}

/** The text value of the parameter a rule reads: the form value, else that parameter's schema default. */
function ruleInputValue(
  name: string,
  target: FormField,
  values: Partial<FormValues>,
  fields: FormField[],
): string | undefined {
  // Prefer the rule input in the target's own location (rules are written per operation, by name).
  const candidates = fields.filter((f) => f.name === name && f.location !== 'body');
  candidates.sort((a, b) => Number(b.location === target.location) - Number(a.location === target.location));
  for (const candidate of candidates) {
    const value = values[candidate.key];
    if (typeof value === 'string' && value !== '') return value;
    const fallback = candidate.schema.default;
    if (fallback !== undefined && fallback !== null && typeof fallback !== 'object') return String(fallback);
  }
  if (candidates.length === 0) {
    // Without the model's fields, look the input up by the conventional keys.
    for (const location of [target.location, 'query', 'path', 'header', 'cookie']) {
      const value = values[`${location}__${name}`];
      if (typeof value === 'string' && value !== '') return value;
    }
  }
  return undefined;
}

function assignDefined(
  bounds: EffectiveBounds,
  source: { default?: number; minimum?: number; maximum?: number },
) {
  if (source.default !== undefined) bounds.default = source.default;
  if (source.minimum !== undefined) bounds.minimum = source.minimum;
  if (source.maximum !== undefined) bounds.maximum = source.maximum;
}
