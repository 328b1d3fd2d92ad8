import type { CompareRule } from '../openapi/model.ts';
import { checkScalarText } from './check-scalar-text.ts';
import { effectiveBounds } from './effective-bounds.ts';
import { flattenSchema } from './flatten-schema.ts';
import type { FormField, FormModel, FormValue, FormValues } from './form-model.ts';
import { isBlob } from './is-blob.ts';
import { isJsonMediaType } from './is-json-media-type.ts';
import { jsonSyntaxError } from './json-syntax-error.ts';

/** One validation problem: `path` is `[field.key]`, or `[field.key, index]` for an array item. */
export interface FormIssue {
  path: [string] | [string, number];
  message: string;
}

/** Every problem with a set of form values, in field order; empty when the values can be sent. */
export function collectFormIssues(model: FormModel, values: Partial<FormValues>): FormIssue[] {
  const issues: FormIssue[] = [];
  for (const field of model.fields) {
    issues.push(...fieldIssues(field, values[field.key], values, model));
  }
  for (const rule of model.rules) {
    if (rule.kind === 'compare') issues.push(...compareIssues(rule, values, model.fields));
  }
  return issues;
}

function fieldIssues(
  field: FormField,
  value: FormValue | undefined,
  values: Partial<FormValues>,
  model: FormModel,
): FormIssue[] {
  const at = (message: string): FormIssue[] => [{ path: [field.key], message }];
  switch (field.kind) {
    case 'file':
      if (isBlob(value)) return [];
      return field.required ? at('Required') : [];
    case 'array':
      return arrayIssues(field, value);
    case 'json': {
      const text = textOf(value);
      if (text.trim() === '') return field.required ? at('Required') : [];
      // Raw-text bodies of non-JSON media types are sent as typed.
      if (field.location === 'body' && field.mediaType && !isJsonMediaType(field.mediaType)) return [];
      const error = jsonSyntaxError(text);
      return error ? at(error) : [];
    }
    default: {
      const text = textOf(value);
      if (text === '') return field.required ? at('Required') : [];
      const bounds =
        field.kind === 'integer' || field.kind === 'number'
          ? effectiveBounds(field, values, model.rules, model.fields)
          : undefined;
      const message = checkScalarText(text, {
        kind: field.kind,
        schema: field.schema,
        enumValues: field.enumValues,
        bounds,
      });
      if (message) return at(message);
      if (field.location === 'path' && /^\.{1,2}$/.test(text))
        return at('Must not be "." or ".." (it would change the path)');
      return [];
    }
  }
}

function arrayIssues(field: FormField, value: FormValue | undefined): FormIssue[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
  const { schema } = field;
  // An empty optional array is omitted from the request, so its minItems does not apply.
  if (items.length === 0) return field.required ? [{ path: [field.key], message: 'Required' }] : [];
  const issues: FormIssue[] = [];
  if (schema.minItems !== undefined && items.length < schema.minItems) {
    issues.push({
      path: [field.key],
      message: `Must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`,
    });
  }
  if (schema.maxItems !== undefined && items.length > schema.maxItems) {
    issues.push({
      path: [field.key],
      message: `Must have at most ${schema.maxItems} item${schema.maxItems === 1 ? '' : 's'}`,
    });
  }
  const itemSchema = flattenSchema(schema.items ?? {});
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const path: [string, number] = [field.key, index];
    if (item === '') {
      issues.push({ path, message: 'Must not be empty' });
      return;
    }
    const message = checkScalarText(item, {
      kind: field.item?.kind ?? 'string',
      schema: itemSchema,
      enumValues: field.item?.enumValues,
    });
    if (message) issues.push({ path, message });
    else if (schema.uniqueItems && seen.has(item)) issues.push({ path, message: 'Duplicate item' });
    seen.add(item);
  });
  return issues;
}

const OP_WORDS: Record<CompareRule['op'], string> = {
  '>': 'after',
  '>=': 'at or after',
  '<': 'before',
  '<=': 'at or before',
};

function compareIssues(rule: CompareRule, values: Partial<FormValues>, fields: FormField[]): FormIssue[] {
  const left = fields.find((f) => f.name === rule.left && f.location !== 'body');
  const right = fields.find((f) => f.name === rule.right && f.location !== 'body');
  if (!left || !right) return [];
  const a = comparable(textOf(values[left.key]));
  const b = comparable(textOf(values[right.key]));
  // Only when both are set and readable: a missing or malformed value has its own message.
  if (a === undefined || b === undefined) return [];
  const holds = rule.op === '>' ? a > b : rule.op === '>=' ? a >= b : rule.op === '<' ? a < b : a <= b;
  if (holds) return [];
  return [
    { path: [left.key], message: rule.message ?? `${rule.left} must be ${OP_WORDS[rule.op]} ${rule.right}` },
  ];
}

function comparable(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const asNumber = Number(trimmed);
  if (Number.isFinite(asNumber)) return asNumber;
  const asDate = Date.parse(trimmed);
  return Number.isNaN(asDate) ? undefined : asDate;
}

function textOf(value: FormValue | undefined): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(',');
  return '';
}
