import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeApi } from '../openapi/normalize-api.ts';
import { parseApiText } from '../openapi/parse-api-text.ts';
import { generateSample } from './generate-sample.ts';

describe('generateSample', () => {
  it('makes a usage page from the default API’s response schema, refs followed', async () => {
    const text = readFileSync(new URL('../../specs/openai-usage.yaml', import.meta.url), 'utf8');
    const api = normalizeApi(await parseApiText(text));
    const operation = api.operations.find((op) => op.id === 'usage-audio-speeches');
    const schema = operation?.responses.find((r) => r.status === '200')?.content['application/json']?.schema;
    expect(schema).toEqual({ $ref: '#/components/schemas/UsageResponse' });
    const sample = generateSample(api, schema ?? {}, 'response') as Record<string, unknown>;
    expect(sample).toMatchObject({ object: 'page', has_more: true });
    const [bucket] = sample.data as Record<string, unknown>[];
    expect(bucket).toMatchObject({ object: 'bucket', start_time: 1, end_time: 1 });
    expect(((bucket?.results ?? []) as Record<string, unknown>[])[0]).toMatchObject({
      object: 'organization.usage.completions.result',
    });
  });

  it('is finite on a schema that contains itself', () => {
    const api = {
      schemas: {
        '#/Node': { type: 'object', properties: { next: { $ref: '#/Node' }, id: { type: 'string' } } },
      },
    };
    // The cycle is cut where it closes: the inner node is an empty object of the right type.
    expect(generateSample(api, { $ref: '#/Node' }, 'response')).toEqual({ id: 'example', next: {} });
  });
});
