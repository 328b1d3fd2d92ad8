import type { Schema } from '../openapi/model.ts';
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
      return text === 'true' || text === 'false' ? undefined : 'Must be true or false';
    case 'enum': {
      const values = check.enumValues ?? [];
      if (values.includes(text)) return undefined;
      const shown = values.slice(0, 8).join(', ');
      return `Must be one of: ${shown}${values.length > 8 ? ', …' : ''}`;
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
  if (!DECIMAL.test(text)) return kind === 'integer' ? 'Must be a whole number' : 'Must be a number';
  const value = Number(text);
  if (!Number.isFinite(value)) return 'Must be a number';
  if (kind === 'integer' && !Number.isInteger(value)) return 'Must be a whole number';
  const condition = bounds?.condition ? ` ${bounds.condition}` : '';
  const minimum = bounds ? bounds.minimum : schema.minimum;
  const maximum = bounds ? bounds.maximum : schema.maximum;
  // OpenAPI 3.0 writes `exclusiveMinimum: true` beside `minimum`; 3.1 writes the bound itself.
  if (minimum !== undefined) {
    if (schema.exclusiveMinimum === true && minimum === schema.minimum) {
      if (value <= minimum) return `Must be greater than ${minimum}${condition}`;
    } else if (value < minimum) return `Must be at least ${minimum}${condition}`;
  }
  if (maximum !== undefined) {
    if (schema.exclusiveMaximum === true && maximum === schema.maximum) {
      if (value >= maximum) return `Must be less than ${maximum}${condition}`;
    } else if (value > maximum) return `Must be at most ${maximum}${condition}`;
  }
  if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) {
    return `Must be greater than ${schema.exclusiveMinimum}`;
  }
  if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) {
    return `Must be less than ${schema.exclusiveMaximum}`;
  }
  const step = schema.multipleOf;
  if (typeof step === 'number' && step > 0) {
    const ratio = value / step;
    // Tolerate binary rounding: 0.3 is a multiple of 0.1.
    if (Math.abs(ratio - Math.round(ratio)) > 1e-9 * Math.max(1, Math.abs(ratio)))
      return `Must be a multiple of ${step}`;
  }
  return undefined;
}

function checkString(text: string, schema: Schema): string | undefined {
  const length = [...text].length;
  if (schema.minLength !== undefined && length < schema.minLength) {
    return `Must be at least ${schema.minLength} character${schema.minLength === 1 ? '' : 's'}`;
  }
  if (schema.maxLength !== undefined && length > schema.maxLength) {
    return `Must be at most ${schema.maxLength} character${schema.maxLength === 1 ? '' : 's'}`;
  }
  if (schema.pattern) {
    const regex = compilePattern(schema.pattern);
    if (regex && !regex.test(text)) return `Must match pattern ${schema.pattern}`;
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

const FORMAT_CHECKS: Record<string, { test: (text: string) => boolean; message: string }> = {
  email: { test: (t) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(t), message: 'Must be an email address' },
  uri: { test: (t) => URL.canParse(t), message: 'Must be an absolute URL' },
  url: { test: (t) => URL.canParse(t), message: 'Must be an absolute URL' },
  uuid: {
    test: (t) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t),
    message: 'Must be a UUID',
  },
  'date-time': {
    test: (t) =>
      /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(t) &&
      !Number.isNaN(Date.parse(t)),
    message: 'Must be a date-time like 2024-01-31T12:00:00Z',
  },
  date: {
    test: (t) => /^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(`${t}T00:00:00Z`)),
    message: 'Must be a date like 2024-01-31',
  },
};

function checkFormat(text: string, format: string): string | undefined {
  const check = FORMAT_CHECKS[format];
  return check && !check.test(text) ? check.message : undefined;
}
