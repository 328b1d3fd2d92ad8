/**
 * The page's one wording of schema rules: parameters (typed as text) and JSON body properties (checked by
 * the validator) say the same thing for the same rule, and so do the response check's problems. Rules only
 * JSON values can break (const, unions, unknown properties) are worded in `problem-wording.ts`, in the
 * validator's chunk: this module is on the first page.
 */
export type Rule =
  | { keyword: 'required' }
  | { keyword: 'type'; types: readonly string[] }
  | { keyword: 'enum'; values: readonly unknown[] }
  | {
      keyword: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum';
      limit: number;
      /** When a rule beside the document set the bound, e.g. `when bucket_width is 1h`. */
      condition?: string | undefined;
    }
  | { keyword: 'multipleOf'; step: number }
  | { keyword: 'minLength' | 'maxLength' | 'minItems' | 'maxItems'; limit: number }
  | { keyword: 'pattern'; pattern: string }
  | { keyword: 'format'; format: string }
  | { keyword: 'uniqueItems' };

const TYPE_NOUNS: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  string: 'text',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

const FORMAT_NOUNS: Record<string, string> = {
  email: 'an email address',
  uri: 'an absolute URL',
  url: 'an absolute URL',
  uuid: 'a UUID',
  'date-time': 'a date-time like 2024-01-31T12:00:00Z',
  date: 'a date like 2024-01-31',
};

/** How many of a thing: `1 item`, `3 characters`. */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/** A value as a message shows it: JSON, cut at 40 characters. */
export function shownValue(value: unknown): string {
  const text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Bounds as words: `minLength` 3 → `at least 3 characters`. */
const BOUNDS: Record<string, [string, string?, string?]> = {
  minimum: ['at least'],
  maximum: ['at most'],
  exclusiveMinimum: ['greater than'],
  exclusiveMaximum: ['less than'],
  minLength: ['at least', 'character'],
  maxLength: ['at most', 'character'],
  minItems: ['at least', 'item'],
  maxItems: ['at most', 'item'],
};

/** What a rule wants, short, for "expected" columns and the end of messages: `at least 3 characters`. */
export function ruleExpectation(rule: Rule): string {
  if ('limit' in rule) {
    const [words, noun, plural] = BOUNDS[rule.keyword] ?? ['', undefined];
    return `${words} ${noun ? countOf(rule.limit, noun, plural) : rule.limit}`;
  }
  switch (rule.keyword) {
    case 'required':
      return 'a value';
    case 'type':
      return rule.types.map((t) => TYPE_NOUNS[t] ?? t).join(' or ');
    case 'enum': {
      const shown = rule.values.slice(0, 8).map((v) => (typeof v === 'string' ? v : shownValue(v)));
      return `one of: ${shown.join(', ')}${rule.values.length > 8 ? ', …' : ''}`;
    }
    case 'multipleOf':
      return `a multiple of ${rule.step}`;
    case 'pattern':
      return `text matching ${rule.pattern}`;
    case 'format':
      return FORMAT_NOUNS[rule.format] ?? `a valid ${rule.format}`;
    case 'uniqueItems':
      return 'no duplicate items';
  }
}

/** The message beside a field or in a problem list: `Must be at least 3 characters`. */
export function ruleMessage(rule: Rule): string {
  switch (rule.keyword) {
    case 'required':
      return 'Required';
    case 'pattern':
      return `Must match pattern ${rule.pattern}`;
    case 'uniqueItems':
      return 'Must not repeat an item';
    case 'minItems':
    case 'maxItems':
      return `Must have ${ruleExpectation(rule)}`;
    default:
      return `Must be ${ruleExpectation(rule)}${'condition' in rule && rule.condition ? ` ${rule.condition}` : ''}`;
  }
}
