import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiModel } from '../openapi/model.ts';
import { normalizeApi } from '../openapi/normalize-api.ts';
import { parseApiText } from '../openapi/parse-api-text.ts';
import { buildRequest } from '../request/build-request.ts';
import { createSchemaChecker } from '../schema-check/create-schema-checker.ts';
import { dialectOf } from '../schema-check/schema-checker.ts';
import { buildFormModel } from './build-form-model.ts';
import { buildFormSchema } from './build-form-schema.ts';
import { fillExampleValues } from './fill-example-values.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

describe('every operation of the full OpenAI document', () => {
  let api: ApiModel;
  beforeAll(async () => {
    const text = readFileSync(new URL('../../specs/openai-openapi.yaml', import.meta.url), 'utf8');
    api = normalizeApi(await parseApiText(text, 'openai-openapi.yaml'));
  }, 60_000);

  it('has the 288 operations', () => {
    expect(api.operations).toHaveLength(288);
  });

  const checker = createSchemaChecker();

  it('yields a form model, a schema that checks the defaults, valid example values and a request', () => {
    const failures: string[] = [];
    const body = { checker, dialect: dialectOf(api.openapiVersion) };
    for (const operation of api.operations) {
      const model = buildFormModel(operation);
      // JSON bodies are checked against their schema too: the filled values must pass that as well.
      const schema = buildFormSchema(model, body);
      schema.safeParse(model.defaults);
      const example = fillExampleValues(model, { now: NOW, body });
      const result = schema.safeParse(example);
      if (!result.success) {
        failures.push(
          `${operation.id}: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
        );
      }
      buildRequest(operation, model, model.defaults, api.config);
      const request = buildRequest(operation, model, example, api.config);
      expect(request.method).toBe(operation.method.toUpperCase());
      expect(request.path).not.toMatch(/\{[^}]+\}/);
    }
    expect(failures).toEqual([]);
  });

  it('also fills valid values for every other request body media type', () => {
    const failures: string[] = [];
    let variants = 0;
    for (const operation of api.operations) {
      for (const mediaType of buildFormModel(operation).mediaTypes ?? []) {
        variants++;
        const model = buildFormModel(operation, { mediaType });
        expect(model.selectedMediaType).toBe(mediaType);
        const body = { checker, dialect: dialectOf(api.openapiVersion) };
        const result = buildFormSchema(model, body).safeParse(fillExampleValues(model, { now: NOW, body }));
        if (!result.success) failures.push(`${operation.id} ${mediaType}`);
        buildRequest(operation, model, fillExampleValues(model, { now: NOW }), api.config);
      }
    }
    expect(variants).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});

describe('the default usage API with its overlay rules', () => {
  let api: ApiModel;
  beforeAll(async () => {
    const doc = (await parseApiText(
      readFileSync(new URL('../../specs/openai-usage.yaml', import.meta.url), 'utf8'),
    )) as Record<string, unknown>;
    const overlay = (await parseApiText(
      readFileSync(new URL('../../specs/openai-usage.tryit.yaml', import.meta.url), 'utf8'),
    )) as Record<string, unknown>;
    api = normalizeApi({ ...doc, 'x-tryit': overlay['x-tryit'] });
  });

  it('fills values that satisfy the depends, bounds and compare rules of every operation', () => {
    const withRules = api.operations.filter((op) => op.rules.length > 0);
    expect(withRules.length).toBeGreaterThanOrEqual(11);
    for (const operation of api.operations) {
      const model = buildFormModel(operation);
      const values = fillExampleValues(model, { now: NOW });
      const result = buildFormSchema(model).safeParse(values);
      expect(result.success ? [] : result.error.issues).toEqual([]);
      if (model.fields.some((f) => f.name === 'start_time')) {
        expect(Number(values.query__start_time)).toBe(NOW / 1000 - 7 * 86400);
      }
    }
    const speeches = api.operations.find((op) => op.id === 'usage-audio-speeches');
    expect(speeches && buildFormModel(speeches).fields).toHaveLength(10);
  });
});
