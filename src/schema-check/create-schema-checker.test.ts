import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchemaChecker } from './create-schema-checker.ts';
import { additionalProperties } from './fixtures/additional-properties.ts';
import { allOfMerged } from './fixtures/all-of-merged.ts';
import { anyOfByType, anyOfNoVariant } from './fixtures/any-of-by-type.ts';
import { arrayItems } from './fixtures/array-items.ts';
import { bounds30Boolean, bounds30Inclusive } from './fixtures/bounds-3-0-boolean.ts';
import { bounds31 } from './fixtures/bounds-3-1.ts';
import { discriminatorMapping } from './fixtures/discriminator-mapping.ts';
import { enumAndConst } from './fixtures/enum-and-const.ts';
import { formats } from './fixtures/formats.ts';
import { hostileKeys } from './fixtures/hostile-keys.ts';
import { invalidPattern } from './fixtures/invalid-pattern.ts';
import { nestedUnions } from './fixtures/nested-unions.ts';
import { notJson } from './fixtures/not-json.ts';
import { notNullable30, nullable30, nullableAllOf30 } from './fixtures/nullable-3-0.ts';
import { oneOfDiscriminator, oneOfUnknownTag, oneOfUntagged } from './fixtures/one-of-discriminator.ts';
import { oneOfObjectTag } from './fixtures/one-of-object-tag.ts';
import { oneOfRefVariants } from './fixtures/one-of-ref-variants.ts';
import { pattern } from './fixtures/pattern.ts';
import { readOnlyInRequest, readOnlyInResponse } from './fixtures/read-write-only.ts';
import { refCycle, refWithoutResolver } from './fixtures/ref-cycle.ts';
import { requiredMissing } from './fixtures/required-missing.ts';
import type { SchemaCase } from './fixtures/schema-case.ts';
import { stringLengths } from './fixtures/string-lengths.ts';
import { tupleItems } from './fixtures/tuple-items.ts';
import { typeMismatch } from './fixtures/type-mismatch.ts';

const cases: Record<string, SchemaCase> = {
  requiredMissing,
  typeMismatch,
  enumAndConst,
  bounds31,
  bounds30Boolean,
  bounds30Inclusive,
  stringLengths,
  pattern,
  invalidPattern,
  formats,
  arrayItems,
  additionalProperties,
  nullable30,
  notNullable30,
  nullableAllOf30,
  readOnlyInRequest,
  readOnlyInResponse,
  oneOfDiscriminator,
  oneOfUnknownTag,
  oneOfUntagged,
  oneOfObjectTag,
  oneOfRefVariants,
  anyOfByType,
  anyOfNoVariant,
  discriminatorMapping,
  nestedUnions,
  refCycle,
  refWithoutResolver,
  hostileKeys,
  allOfMerged,
  tupleItems,
  notJson,
};

describe('createSchemaChecker', () => {
  const checker = createSchemaChecker();

  it.each(Object.entries(cases))('%s', (_name, { schema, value, options, problems }) => {
    const found = checker.check(schema, value, options);
    expect(found).toHaveLength(problems.length);
    problems.forEach((expected, index) => {
      expect(found[index]).toMatchObject(expected);
    });
  });

  it('gives every problem a message, and an expected text for every rule it knows', () => {
    for (const { schema, value, options } of Object.values(cases)) {
      for (const problem of checker.check(schema, value, options)) {
        expect(problem.message).not.toBe('');
        if (problem.keyword !== 'unchecked') expect(problem.expected ?? problem.message).not.toBe('');
      }
    }
  });

  it('never modifies the schema it is given', () => {
    const schema = structuredClone(nullable30.schema);
    const before = JSON.stringify(schema);
    checker.check(schema, nullable30.value, nullable30.options);
    checker.check(schema, { count: 1 }, { dialect: '3.1', direction: 'response' });
    expect(JSON.stringify(schema)).toBe(before);
  });

  it('reads the same schema object per dialect and direction (cached per pair, never mixed up)', () => {
    const { schema } = readOnlyInRequest;
    const value = { name: 'Rex' };
    expect(checker.check(schema, value, { dialect: '3.0', direction: 'request' })).toEqual([
      expect.objectContaining({ pointer: '/password', keyword: 'required' }),
    ]);
    expect(checker.check(schema, value, { dialect: '3.0', direction: 'response' })).toEqual([
      expect.objectContaining({ pointer: '/id', keyword: 'required' }),
    ]);
  });
});

describe('the validator library', () => {
  it('generates no code: no Function constructor or eval anywhere in its files (a strict CSP holds)', () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve('@cfworker/json-schema'));
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/\bnew Function\b|\bFunction\(|\beval\(/);
    }
  });
});
