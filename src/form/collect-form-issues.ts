import type { CompareRule } from '../openapi/model.ts';
import { ruleMessage } from '../schema-check/rule-message.ts';
import type { SchemaChecker, SchemaDialect } from '../schema-check/schema-checker.ts';
import { checkScalarText } from './check-scalar-text.ts';
import { effectiveBounds } from './effective-bounds.ts';
import { flattenSchema } from './flatten-schema.ts';
import type { FormField, FormModel, FormValue, FormValues } from './form-model.ts';
import { isBlob } from './is-blob.ts';

/** One problem with the form's values, where it is: a field, an item of an array field, a place in a JSON body. */
export interface FormIssue {
  /** The field's key (`FormField.key`). */
  key: string;
  /** An array field's item (0-based). */
  item?: number;
  /** Inside a JSON body: the JSON pointer of the value at fault ('' = the whole body). */
  pointer?: string;
  message: string;
  /** What the schema wants and what the value has (JSON body problems). */
  expected?: string;
  actual?: string;
  /** The body waits for the validator (loaded on demand): no problem yet, but Send must wait for the check. */
  pending?: true;
}

/** The JSON body check: the loaded validator (absent while it loads) and the description's dialect. */
export interface BodyCheck {
  checker: SchemaChecker | undefined;
  dialect: SchemaDialect;
}

/**
 * Every problem with a set of form values, in field order; empty when the values can be sent. A JSON body is
 * checked against its schema by `body.checker`; without one it gets a `pending` issue instead.
 */
export function collectFormIssues(
  model: FormModel,
  values: Partial<FormValues>,
  body?: BodyCheck,
): FormIssue[] {
  const issues: FormIssue[] = [];
  for (const field of model.fields) {
    issues.push(...fieldIssues(field, values[field.key], values, model, body));
  }
  const json = model.body?.kind === 'json' ? model.body.field : undefined;
  // Only JSON that parses is checked against the schema; a syntax error is the body's one problem.
  if (json && !issues.some((issue) => issue.key === json.key)) {
    issues.push(...jsonBodyIssues(json, values[json.key], body));
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
  body: BodyCheck | undefined,
): FormIssue[] {
  const at = (message: string): FormIssue[] => [{ key: field.key, message }];
  const required = REQUIRED;
  switch (field.kind) {
    case 'file':
      if (isBlob(value)) return [];
      return field.required ? at(required) : [];
    case 'array':
      return arrayIssues(field, value);
    case 'text':
      // Raw text is sent as typed: only its presence is checked.
      return field.required && textOf(value).trim() === '' ? at(required) : [];
    case 'json': {
      const text = textOf(value);
      if (text.trim() === '') return field.required ? at(required) : [];
      const error = jsonError(text, body?.checker);
      return error ? at(error) : [];
    }
    default: {
      const text = textOf(value);
      if (text === '') return field.required ? at(required) : [];
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

const REQUIRED = ruleMessage({ keyword: 'required' });

/** Why JSON text does not parse: where, once the validator chunk (which holds the scanner) has loaded. */
function jsonError(text: string, checker: SchemaChecker | undefined): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return checker?.syntaxError(text) ?? 'Invalid JSON';
  }
}

/** The JSON body against its schema: one issue per problem, at its pointer. */
function jsonBodyIssues(
  field: FormField,
  value: FormValue | undefined,
  body: BodyCheck | undefined,
): FormIssue[] {
  const text = textOf(value);
  if (text.trim() === '') return [];
  if (!body?.checker) {
    return [{ key: field.key, pointer: '', pending: true, message: 'Being checked' }];
  }
  const problems = body.checker.check(field.schema, JSON.parse(text), {
    dialect: body.dialect,
    direction: 'request',
  });
  return problems.map(({ pointer, message, expected, actual }) => ({
    key: field.key,
    pointer,
    message,
    ...(expected !== undefined ? { expected } : {}),
    ...(actual !== undefined ? { actual } : {}),
  }));
}

function arrayIssues(field: FormField, value: FormValue | undefined): FormIssue[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' && value !== '' ? [value] : [];
  const { schema } = field;
  const key = field.key;
  // An empty optional array is omitted from the request, so its minItems does not apply.
  if (items.length === 0) return field.required ? [{ key, message: REQUIRED }] : [];
  const issues: FormIssue[] = [];
  if (schema.minItems !== undefined && items.length < schema.minItems) {
    issues.push({ key, message: ruleMessage({ keyword: 'minItems', limit: schema.minItems }) });
  }
  if (schema.maxItems !== undefined && items.length > schema.maxItems) {
    issues.push({ key, message: ruleMessage({ keyword: 'maxItems', limit: schema.maxItems }) });
  }
  const itemSchema = flattenSchema(schema.items ?? {});
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (item === '') {
      issues.push({ key, item: index, message: 'Must not be empty' });
      return;
    }
    const message = checkScalarText(item, {
      kind: field.item?.kind ?? 'string',
      schema: itemSchema,
      enumValues: field.item?.enumValues,
    });
    if (message) issues.push({ key, item: index, message });
    else if (schema.uniqueItems && seen.has(item))
      issues.push({ key, item: index, message: ruleMessage({ keyword: 'uniqueItems' }) });
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
    { key: left.key, message: rule.message ?? `${rule.left} must be ${OP_WORDS[rule.op]} ${rule.right}` },
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
