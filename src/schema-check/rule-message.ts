/**
 * The page's one wording of schema rules: parameters (typed as text) and JSON body properties (checked by
 * the validator) say the same thing for the same rule, and so do the response check's problems.
 */
export type Rule =
  | { keyword: 'required' }
  | { keyword: 'type'; types: readonly string[] }
  | { keyword: 'enum'; values: readonly unknown[] }
  | { keyword: 'const'; value: unknown }
  | {
      keyword: 'minimum' | 'maximum' | 'exclusiveMinimum' | 'exclusiveMaximum';
      limit: number;
      /** When a rule beside the document set the bound, e.g. `when bucket_width is 1h`. */
      condition?: string | undefined;
    }
  | { keyword: 'multipleOf'; step: number }
  | {
      keyword: 'minLength' | 'maxLength' | 'minItems' | 'maxItems' | 'minProperties' | 'maxProperties';
      limit: number;
    }
  | { keyword: 'pattern'; pattern: string }
  | { keyword: 'format'; format: string }
  | { keyword: 'uniqueItems' }
  | { keyword: 'additionalProperties' }
  | { keyword: 'oneOf' | 'anyOf'; variants: readonly string[] }
  | { keyword: 'not' }
  | { keyword: 'false' }
  | { keyword: 'other'; text: string };

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
  time: 'a time like 12:00:00Z',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  hostname: 'a host name',
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

/** What a rule wants, short, for "expected" columns and the end of messages: `at least 3 characters`. */
export function ruleExpectation(rule: Rule): string {
  switch (rule.keyword) {
    case 'required':
      return 'a value';
    case 'type':
      return rule.types.map((t) => TYPE_NOUNS[t] ?? t).join(' or ');
    case 'enum': {
      const shown = rule.values.slice(0, 8).map((v) => (typeof v === 'string' ? v : shownValue(v)));
      return `one of: ${shown.join(', ')}${rule.values.length > 8 ? ', …' : ''}`;
    }
    case 'const':
      return typeof rule.value === 'string' ? rule.value : shownValue(rule.value);
    case 'minimum':
      return `at least ${rule.limit}`;
    case 'maximum':
      return `at most ${rule.limit}`;
    case 'exclusiveMinimum':
      return `greater than ${rule.limit}`;
    case 'exclusiveMaximum':
      return `less than ${rule.limit}`;
    case 'multipleOf':
      return `a multiple of ${rule.step}`;
    case 'minLength':
      return `at least ${countOf(rule.limit, 'character')}`;
    case 'maxLength':
      return `at most ${countOf(rule.limit, 'character')}`;
    case 'minItems':
      return `at least ${countOf(rule.limit, 'item')}`;
    case 'maxItems':
      return `at most ${countOf(rule.limit, 'item')}`;
    case 'minProperties':
      return `at least ${countOf(rule.limit, 'property', 'properties')}`;
    case 'maxProperties':
      return `at most ${countOf(rule.limit, 'property', 'properties')}`;
    case 'pattern':
      return `text matching ${rule.pattern}`;
    case 'format':
      return FORMAT_NOUNS[rule.format] ?? `a valid ${rule.format}`;
    case 'uniqueItems':
      return 'no duplicate items';
    case 'additionalProperties':
      return 'only the documented properties';
    case 'oneOf':
    case 'anyOf':
      return `one of: ${rule.variants.join(', ')}`;
    case 'not':
      return 'a value the schema does not exclude';
    case 'false':
      return 'no value here';
    case 'other':
      return rule.text;
  }
}

/** The message beside a field or in a problem list: `Must be at least 3 characters`. */
export function ruleMessage(rule: Rule): string {
  const condition = 'condition' in rule && rule.condition ? ` ${rule.condition}` : '';
  switch (rule.keyword) {
    case 'required':
      return 'Required';
    case 'pattern':
      return `Must match pattern ${rule.pattern}`;
    case 'uniqueItems':
      return 'Must not repeat an item';
    case 'additionalProperties':
      return 'Not a documented property (the schema allows no others)';
    case 'oneOf':
    case 'anyOf':
      return `Must match one of the variants: ${rule.variants.join(', ')}`;
    case 'not':
      return 'Must not match the excluded schema';
    case 'false':
      return 'Not allowed here';
    case 'other':
      return rule.text;
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties':
      return `Must have ${ruleExpectation(rule)}`;
    default:
      return `Must be ${ruleExpectation(rule)}${condition}`;
  }
}
