import { type OutputUnit, Validator } from '@cfworker/json-schema';
import { isRecord } from '../openapi/is-record.ts';
import type { Schema } from '../openapi/model.ts';
import { valueAtPointer } from './json-pointer.ts';
import { jsonSyntaxError } from './json-syntax-error.ts';
import { narrowVariant, unknownTag } from './narrow-variant.ts';
import { type JsonSchema, NULLABLE_WRAPPER, prepareSchema } from './prepare-schema.ts';
import { type ProblemRule, problemExpectation, problemMessage } from './problem-wording.ts';
import { countOf, shownValue } from './rule-message.ts';
import type { CheckOptions, SchemaChecker, SchemaProblem } from './schema-checker.ts';

/**
 * The checker over @cfworker/json-schema: an interpreting validator (no code generated from the
 * description, so it runs under a strict CSP and in a Web Worker), JSON Schema drafts up to 2020-12.
 * OpenAPI schemas are rewritten to 2020-12 first (`prepareSchema`); the validator's output is then turned
 * into the page's problems: leaves only, `oneOf`/`anyOf` narrowed to the variant the value names.
 */
export function createSchemaChecker(): SchemaChecker {
  return { check, syntaxError: jsonSyntaxError };
}

/** Prepared schemas and their validators, per schema object and per dialect/direction. */
const validators = new Map<string, WeakMap<Schema, { root: JsonSchema; validator: Validator }>>();

function check(schema: Schema, value: unknown, options: CheckOptions): SchemaProblem[] {
  try {
    const { root, validator } = validatorFor(schema, options);
    const result = validator.validate(value);
    return result.valid ? [] : toProblems(result.errors, root, value);
  } catch (error) {
    // A value that is not JSON (undefined inside) or a schema the validator rejects: say so, do not throw.
    const text = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return [
      {
        pointer: '',
        keyword: 'unchecked',
        message: `Could not be checked against its schema (${text})`,
      },
    ];
  }
}

function validatorFor(schema: Schema, options: CheckOptions) {
  const build = () => {
    const root = prepareSchema(schema, options);
    // shortCircuit false: every problem, not only the first of each object.
    return { root, validator: new Validator(root as never, '2020-12', false) };
  };
  // A resolver function makes the result depend on more than the schema: no caching then.
  if (options.resolveRef) return build();
  const key = `${options.dialect} ${options.direction}`;
  const cache = validators.get(key) ?? new WeakMap();
  validators.set(key, cache);
  const entry = cache.get(schema) ?? build();
  cache.set(schema, entry);
  return entry;
}

/** What `keywordLocation` names: the validator's pointer into the prepared schema, through `$ref`s. */
function schemaAt(root: JsonSchema, location: string): unknown {
  let current: unknown = root;
  for (const segment of decodeLocation(location)) {
    if (!isRecord(current) && !Array.isArray(current)) return undefined;
    if (segment === '$ref' && isRecord(current) && typeof current.$ref === 'string') {
      // The validator continues inside the target, and so do we.
      current = schemaAt(root, current.$ref);
      continue;
    }
    current = Array.isArray(current)
      ? current[Number(segment)]
      : (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * A variant as narrowing must read it: a `{ $ref }` (response schemas keep refs into the model's table)
 * followed to its target in `$defs`, so its `object` tag and properties are seen. Ref loops stop.
 */
function followRefs(root: JsonSchema, variant: unknown): unknown {
  let current = variant;
  for (let hop = 0; hop < 32 && isRecord(current) && typeof current.$ref === 'string'; hop++) {
    current = schemaAt(root, current.$ref);
  }
  return current;
}

/** `#/a%20b/c~1d` → ['a b', 'c/d']: the validator URI-encodes each pointer segment. */
function decodeLocation(location: string): string[] {
  const body = location.replace(/^#/, '');
  if (body === '') return [];
  return body
    .slice(1)
    .split('/')
    .map((segment) => safeDecode(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON pointer (RFC 6901, no `#`, not URI-encoded) from the validator's instance location. */
function toPointer(location: string): string {
  const body = location.replace(/^#/, '');
  if (body === '') return '';
  return body
    .slice(1)
    .split('/')
    .map((segment) => `/${safeDecode(segment)}`)
    .join('');
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Keywords whose error only says "something inside failed": the inner errors say what. */
const SUMMARIES = new Set([
  '$ref',
  '$recursiveRef',
  'allOf',
  'properties',
  'patternProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'dependentSchemas',
  'dependencies',
  'if',
  'additionalProperties',
  'unevaluatedProperties',
]);

function toProblems(errors: OutputUnit[], root: JsonSchema, value: unknown): SchemaProblem[] {
  // Outermost unions first: narrowing one decides which inner errors still matter.
  const unions = errors
    .filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf')
    .sort((a, b) => a.keywordLocation.length - b.keywordLocation.length);
  const excluded: string[] = [];
  const isExcluded = (location: string) => excluded.some((prefix) => location.startsWith(prefix));
  const kept = new Set<OutputUnit>();
  for (const union of unions) {
    if (isExcluded(`${union.keywordLocation}/`) || isExcluded(union.keywordLocation)) continue;
    const node = schemaAt(root, union.keywordLocation.replace(/\/(oneOf|anyOf)$/, ''));
    const variants = (
      isRecord(node) && Array.isArray(node[union.keyword]) ? (node[union.keyword] as unknown[]) : []
    ).map((variant) => followRefs(root, variant));
    const at = valueAtPointer(value, toPointer(union.instanceLocation));
    const discriminator = isRecord(node) && isRecord(node.discriminator) ? node.discriminator : undefined;
    const chosen = narrowVariant(variants, at, discriminator);
    if (chosen === undefined) {
      kept.add(union);
      excluded.push(`${union.keywordLocation}/`);
    } else {
      variants.forEach((_, i) => {
        if (i !== chosen) excluded.push(`${union.keywordLocation}/${i}/`);
      });
    }
  }
  const problems: SchemaProblem[] = [];
  errors.forEach((error, index) => {
    if (error.keyword === 'oneOf' || error.keyword === 'anyOf') {
      if (kept.has(error)) problems.push(unionProblem(error, root, value));
      return;
    }
    if (SUMMARIES.has(error.keyword) || isExcluded(error.keywordLocation)) return;
    const before = errors[index - 1];
    problems.push(leafProblem(error, root, value, before));
  });
  return dedupe(problems);
}

function unionProblem(error: OutputUnit, root: JsonSchema, value: unknown): SchemaProblem {
  const node = schemaAt(root, error.keywordLocation);
  const variants = (Array.isArray(node) ? node : []).map((variant) => followRefs(root, variant));
  const pointer = toPointer(error.instanceLocation);
  const names = variants.map((variant, i) => variantName(variant, i));
  const rule: ProblemRule = { keyword: error.keyword as 'oneOf', variants: names };
  const parent = schemaAt(root, error.keywordLocation.replace(/\/(oneOf|anyOf)$/, ''));
  const at = valueAtPointer(value, pointer);
  const actual = jsonTypeOf(at);
  const discriminator = isRecord(parent) && isRecord(parent.discriminator) ? parent.discriminator : undefined;
  const tag = unknownTag(variants, at, discriminator);
  if (tag && isRecord(at)) {
    const tagRule: ProblemRule = { keyword: 'enum', values: tag.values };
    return {
      pointer: `${pointer}/${tag.tag.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      keyword: error.keyword,
      message: problemMessage(tagRule),
      expected: problemExpectation(tagRule),
      actual: shownValue(at[tag.tag]),
    };
  }
  if (isRecord(parent) && parent[NULLABLE_WRAPPER]) {
    // `nullable: true` without a type became "null or X": say it in X's terms.
    return {
      pointer,
      keyword: 'nullable',
      message: `Must be null or match ${names[1] ?? 'the schema'}`,
      actual,
    };
  }
  return {
    pointer,
    keyword: error.keyword,
    message: problemMessage(rule),
    expected: problemExpectation(rule),
    actual,
  };
}

function variantName(variant: unknown, index: number): string {
  if (!isRecord(variant)) return `variant ${index + 1}`;
  if (typeof variant.title === 'string' && variant.title !== '') return variant.title;
  if (typeof variant['x-circular'] === 'string') return variant['x-circular'];
  if (variant.const !== undefined) return shownValue(variant.const);
  const properties = isRecord(variant.properties) ? variant.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    if (isRecord(property) && property.const !== undefined) return `${name} ${shownValue(property.const)}`;
    if (isRecord(property) && Array.isArray(property.enum) && property.enum.length === 1)
      return `${name} ${shownValue(property.enum[0])}`;
  }
  if (typeof variant.type === 'string') return variant.type === 'array' ? 'a list' : variant.type;
  if (Array.isArray(variant.type)) return variant.type.join(' or ');
  return `variant ${index + 1}`;
}

function leafProblem(
  error: OutputUnit,
  root: JsonSchema,
  value: unknown,
  before: OutputUnit | undefined,
): SchemaProblem {
  const pointer = toPointer(error.instanceLocation);
  const at = valueAtPointer(value, pointer);
  const parentLocation = error.keywordLocation.slice(0, error.keywordLocation.lastIndexOf('/'));
  const schema = schemaAt(root, parentLocation);
  const own = isRecord(schema) ? schema : {};
  const rule = ruleOf(error, own, at, before);
  const problem: SchemaProblem = {
    pointer: rule.pointer ?? pointer,
    keyword: error.keyword,
    message: problemMessage(rule.rule),
    expected: problemExpectation(rule.rule),
  };
  if (rule.actual !== undefined) problem.actual = rule.actual;
  return problem;
}

function ruleOf(
  error: OutputUnit,
  schema: Record<string, unknown>,
  at: unknown,
  before: OutputUnit | undefined,
): { rule: ProblemRule; actual?: string; pointer?: string } {
  const number = (key: string) => (typeof schema[key] === 'number' ? (schema[key] as number) : 0);
  switch (error.keyword) {
    case 'required': {
      // The validator reports the object; the page shows "Required" beside the missing property.
      const prefix = 'Instance does not have required property "';
      const name = error.error.startsWith(prefix) ? error.error.slice(prefix.length).replace(/"\.$/, '') : '';
      const base = toPointer(error.instanceLocation);
      return {
        rule: { keyword: 'required' },
        actual: 'missing',
        pointer: `${base}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
      };
    }
    case 'type': {
      const types = Array.isArray(schema.type) ? schema.type.map(String) : [String(schema.type)];
      return { rule: { keyword: 'type', types }, actual: jsonTypeOf(at) };
    }
    case 'enum':
      return {
        rule: { keyword: 'enum', values: Array.isArray(schema.enum) ? schema.enum : [] },
        actual: shownValue(at),
      };
    case 'const':
      return { rule: { keyword: 'const', value: schema.const }, actual: shownValue(at) };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { rule: { keyword: error.keyword, limit: number(error.keyword) }, actual: shownValue(at) };
    case 'multipleOf':
      return { rule: { keyword: 'multipleOf', step: number('multipleOf') }, actual: shownValue(at) };
    case 'minLength':
    case 'maxLength':
      return {
        rule: { keyword: error.keyword, limit: number(error.keyword) },
        actual: typeof at === 'string' ? countOf([...at].length, 'character') : undefined,
      };
    case 'minItems':
    case 'maxItems':
      return {
        rule: { keyword: error.keyword, limit: number(error.keyword) },
        actual: Array.isArray(at) ? countOf(at.length, 'item') : undefined,
      };
    case 'minProperties':
    case 'maxProperties':
      return {
        rule: { keyword: error.keyword, limit: number(error.keyword) },
        actual: isRecord(at) ? countOf(Object.keys(at).length, 'property', 'properties') : undefined,
      };
    case 'pattern':
      return { rule: { keyword: 'pattern', pattern: String(schema.pattern) }, actual: shownValue(at) };
    case 'format':
      return { rule: { keyword: 'format', format: String(schema.format) }, actual: shownValue(at) };
    case 'uniqueItems':
      return { rule: { keyword: 'uniqueItems' }, actual: error.error.replace(/\.$/, '').toLowerCase() };
    case 'not':
      return { rule: { keyword: 'not' }, actual: shownValue(at) };
    case 'false': {
      const undocumented =
        before?.keyword === 'additionalProperties' || before?.keyword === 'unevaluatedProperties';
      return undocumented
        ? {
            rule: { keyword: 'additionalProperties' },
            actual: `property ${shownValue(lastKey(error.instanceLocation))}`,
          }
        : { rule: { keyword: 'false' }, actual: shownValue(at) };
    }
    default:
      return { rule: { keyword: 'other', text: error.error.replace(/\.$/, '') } };
  }
}

function lastKey(location: string): string {
  const segments = decodeLocation(location);
  return segments[segments.length - 1] ?? '';
}

function jsonTypeOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** One problem per place and message: `allOf` members repeating a rule would say it twice. */
function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.pointer}\n${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
