import { countOf, type Rule, ruleExpectation, ruleMessage, shownValue } from './rule-message.ts';

/** Rules of JSON values that parameters never meet, beside the shared ones (`Rule`). */
export type ProblemRule =
  | Rule
  | { keyword: 'const'; value: unknown }
  | { keyword: 'minProperties' | 'maxProperties'; limit: number }
  | { keyword: 'additionalProperties' }
  | { keyword: 'oneOf' | 'anyOf'; variants: readonly string[] }
  | { keyword: 'not' }
  | { keyword: 'false' }
  | { keyword: 'other'; text: string };

const MORE_FORMATS: Record<string, string> = {
  time: 'a time like 12:00:00Z',
  ipv4: 'an IPv4 address',
  ipv6: 'an IPv6 address',
  hostname: 'a host name',
};

/** What a rule wants, short (`expected`), in the words of `ruleExpectation` for the shared rules. */
export function problemExpectation(rule: ProblemRule): string {
  switch (rule.keyword) {
    case 'const':
      return typeof rule.value === 'string' ? rule.value : shownValue(rule.value);
    case 'minProperties':
      return `at least ${countOf(rule.limit, 'property', 'properties')}`;
    case 'maxProperties':
      return `at most ${countOf(rule.limit, 'property', 'properties')}`;
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
    case 'format':
      return MORE_FORMATS[rule.format] ?? ruleExpectation(rule);
    default:
      return ruleExpectation(rule);
  }
}

/** The message of a problem, in the words of `ruleMessage` for the shared rules. */
export function problemMessage(rule: ProblemRule): string {
  switch (rule.keyword) {
    case 'const':
    case 'format':
      return `Must be ${problemExpectation(rule)}`;
    case 'minProperties':
    case 'maxProperties':
      return `Must have ${problemExpectation(rule)}`;
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
    default:
      return ruleMessage(rule);
  }
}
