import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildFormModel } from '../form/build-form-model.ts';
import { buildFormSchema, formIssues } from '../form/build-form-schema.ts';
import type { FormModel, FormValues } from '../form/form-model.ts';
import { normalizeApi } from '../openapi/normalize-api.ts';
import { buildRequest } from '../request/build-request.ts';
import { buildUrl } from '../request/build-url.ts';
import { tsSdkSnippet } from '../snippet/ts-sdk-snippet.ts';

// The default API as the page gets it: the description with its overlay merged as `x-tryit`
// (what scripts/vite-plugin-openapi.ts does at build time).
function loadDefaultApi() {
  const doc = parse(readFileSync('specs/openai-usage.yaml', 'utf8')) as Record<string, unknown>;
  const overlay = parse(readFileSync('specs/openai-usage.tryit.yaml', 'utf8')) as Record<string, unknown>;
  return normalizeApi({ ...doc, 'x-tryit': overlay['x-tryit'] });
}

/** The first message per field key (array items as `Item N: …`), from the form's one validation. */
function messagesOf(model: FormModel, values: Partial<FormValues>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of formIssues(buildFormSchema(model), values)) {
    messages[issue.key] ??=
      issue.item === undefined ? issue.message : `Item ${issue.item + 1}: ${issue.message}`;
  }
  return messages;
}

describe('default API: spec → form → request → snippet', () => {
  const api = loadDefaultApi();
  const operation = api.operations.find((op) => op.id === 'usage-audio-speeches');
  if (!operation) throw new Error('usage-audio-speeches missing');
  const model = buildFormModel(operation);
  const keyOf = (name: string) => {
    const field = model.fields.find((f) => f.name === name);
    if (!field) throw new Error(`no field ${name}`);
    return field.key;
  };
  const ctx = {
    config: api.config,
    security: [{ name: 'AdminApiKeyAuth', scheme: { type: 'http' as const, scheme: 'bearer' } }],
    baseUrl: 'https://api.openai.com/v1',
  };

  it('starts from the snippet of the reference design', () => {
    const request = buildRequest(operation, model, model.defaults, api.config);
    expect(tsSdkSnippet(request, ctx)).toBe(
      `import openai from '@utdk/openai';\n\nawait openai.usageAudioSpeeches({ "bucket_width": "1d" });`,
    );
    expect(messagesOf(model, model.defaults)).toEqual({ [keyOf('start_time')]: 'Required' });
  });

  it('follows typed values into the URL and the snippet', () => {
    const values = {
      ...model.defaults,
      [keyOf('start_time')]: '1730419200',
      [keyOf('project_ids')]: ['proj_a', 'proj_b'],
      [keyOf('limit')]: '3',
    };
    expect(messagesOf(model, values)).toEqual({});
    expect(buildFormSchema(model).safeParse(values).success).toBe(true);
    const request = buildRequest(operation, model, values, api.config);
    expect(buildUrl('http://127.0.0.1:8787', request)).toBe(
      'http://127.0.0.1:8787/organization/usage/audio_speeches?start_time=1730419200&bucket_width=1d&project_ids=proj_a&project_ids=proj_b&limit=3',
    );
    expect(tsSdkSnippet(request, ctx)).toContain('"start_time": 1730419200');
    expect(tsSdkSnippet(request, ctx)).toContain('"project_ids": ["proj_a", "proj_b"]');
  });

  it('applies the prose rules kept as data: limit follows bucket_width, end_time after start_time', () => {
    const base = { ...model.defaults, [keyOf('start_time')]: '1730419200' };
    expect(messagesOf(model, { ...base, [keyOf('limit')]: '40' })[keyOf('limit')]).toBe(
      'Must be at most 31 when bucket_width is 1d',
    );
    expect(messagesOf(model, { ...base, [keyOf('limit')]: '40', [keyOf('bucket_width')]: '1h' })).toEqual({});
    expect(messagesOf(model, { ...base, [keyOf('end_time')]: '1730419200' })[keyOf('end_time')]).toBe(
      'end_time must be after start_time',
    );
  });

  it('lists the 11 usage and costs operations under one tag', () => {
    expect(api.operations).toHaveLength(11);
    expect(api.tags.map((t) => t.name)).toEqual(['Usage']);
  });
});
