import type { Schema } from '../openapi/model.ts';
import { ruleMessage } from '../schema-check/rule-message.ts';
import type { EffectiveBounds } from './effective-bounds.ts';
import type { ScalarKind } from './form-model.ts';

/** What a scalar check needs besides the text: the kind, the flattened schema, enum values, effective bounds. */
export interface ScalarCheck {
  kind: ScalarKind;
  schema: Schema;
  enumValues?: string[] | undefined;
  /** Bounds after rules (default: the schema's own minimum/maximum). */
  bounds?: EffectiveBounds | undefined;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** The first problem with a non-empty scalar text, as a human message, or undefined when it is valid. */
export function checkScalarText(text: string, check: ScalarCheck): string | undefined {
  const { kind, schema } = check;
  switch (kind) {
    case 'boolean':
      return text === 'true' || text === 'false'
        ? undefined
        : ruleMessage({ keyword: 'type', types: ['boolean'] });
    case 'enum': {
      const values = check.enumValues ?? [];
      return values.includes(text) ? undefined : ruleMessage({ keyword: 'enum', values });
    }
    case 'integer':
    case 'number':
      return checkNumber(text.trim(), kind, schema, check.bounds);
    case 'string':
      return checkString(text, schema);
  }
}

function checkNumber(
  text: string,
  kind: 'integer' | 'number',
  schema: Schema,
  bounds: EffectiveBounds | undefined,
): string | undefined {
  const type = ruleMessage({ keyword: 'type', types: [kind] });
  if (!DECIMAL.test(text)) return type;
  const value = Number(text);
  if (!Number.isFinite(value)) return ruleMessage({ keyword: 'type', types: ['number'] });
  if (kind === 'integer' && !Number.isInteger(value)) return type;
  const condition = bounds?.condition;
  const bound = (keyword: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum', limit: number) =>
    ruleMessage({ keyword, limit, condition });
  const minimum = bounds ? bounds.minimum : schema.minimum;
  const maximum = bounds ? bounds.maximum : schema.maximum;
  // OpenAPI 3.0 writes `exclusiveMinimum: true` beside `minimum`; 3.1 writes the bound itself.
  if (minimum !== undefined) {
    if (schema.exclusiveMinimum === true && minimum === schema.minimum) {
      if (value <= minimum) return bound('exclusiveMinimum', minimum);
    } else if (value < minimum) return bound('minimum', minimum);
  }
  if (maximum !== undefined) {
    if (schema.exclusiveMaximum === true && maximum === schema.maximum) {
      if (value >= maximum) return bound('exclusiveMaximum', maximum);
    } else if (value > maximum) return bound('maximum', maximum);
  }
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) {
    return ruleMessage({ keyword: 'exclusiveMinimum', limit: schema.exclusiveMinimum });
  }
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) {
    return ruleMessage({ keyword: 'exclusiveMaximum', limit: schema.exclusiveMaximum });
  }
  const step = schema.multipleOf;
  if (typeof step === 'number' && step > 0) {
    const ratio = value / step;
    // Tolerate binary rounding: 0.3 is a multiple of 0.1.
    if (Math.abs(ratio - Math.round(ratio)) > 1e-9 * Math.max(1, Math.abs(ratio)))
      return ruleMessage({ keyword: 'multipleOf', step });
  }
  return undefined;
}

function checkString(text: string, schema: Schema): string | undefined {
  const length = [...text].length;
  if (schema.minLength !== undefined && length < schema.minLength) {
    return ruleMessage({ keyword: 'minLength', limit: schema.minLength });
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    return ruleMessage({ keyword: 'maxLength', limit: schema.maxLength });
  }
  if (schema.pattern) {
    const regex = compilePattern(schema.pattern);
    if (regex && !regex.test(text)) return ruleMessage({ keyword: 'pattern', pattern: schema.pattern });
  }
  return schema.format ? checkFormat(text, schema.format) : undefined;
}

const compiled = new Map<string, RegExp | null>();

/** A document's pattern as a JS regex; null when it is not valid JS syntax (then it is not checked). */
function compilePattern(pattern: string): RegExp | null {
  const cached = compiled.get(pattern);
  if (cached !== undefined) return cached;
  let regex: RegExp | null = null;
  for (const flags of ['u', '']) {
    try {
      regex = new RegExp(pattern, flags);
      break;
    } catch {
      // Try without the unicode flag, which rejects some escapes older engines accept.
    }
  }
  compiled.set(pattern, regex);
  return regex;
}

const FORMAT_CHECKS: Record<string, (text: string) => boolean> = {
  email: (t) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t),
  uri: (t) => URL.canParse(t),
  url: (t) => URL.canParse(t),
  uuid: (t) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t),
  'date-time': (t) =>
    /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(t) &&
    !Number.isNaN(Date.parse(t)),
  date: (t) => /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(`${t}T00:00:00Z`)),
};

function checkFormat(text: string, format: string): string | undefined {
  const test = FORMAT_CHECKS[format];
  return test && !test(text) ? ruleMessage({ keyword: 'format', format }) : undefined;
}
