import { describe, expect, it } from 'vitest';
import { buildFormModel } from './build-form-model.ts';
import { buildFormSchema } from './build-form-schema.ts';
import { fillExampleValues } from './fill-example-values.ts';
import { arrayConstraints } from './fixtures/array-constraints.ts';
import { circularBody } from './fixtures/circular-body.ts';
import { composedSchemas } from './fixtures/composed-schemas.ts';
import { everyKind } from './fixtures/every-kind.ts';
import { multipartBody } from './fixtures/multipart-body.ts';
import { numericBounds } from './fixtures/numeric-bounds.ts';
import { operation } from './fixtures/operation.ts';
import { parameter } from './fixtures/parameter.ts';
import { severalMediaTypes } from './fixtures/several-media-types.ts';
import { stringConstraints } from './fixtures/string-constraints.ts';
import { textBody } from './fixtures/text-body.ts';
import { usageAudioSpeeches } from './fixtures/usage-audio-speeches.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const NOW_SECONDS = NOW / 1000;

describe('fillExampleValues', () => {
  it('fills a week up to now, the rule default for limit, and passes validation', () => {
    const model = buildFormModel(usageAudioSpeeches);
    const values = fillExampleValues(model, { now: NOW });
    expect(values).toMatchObject({
      query__start_time: String(NOW_SECONDS - 7 * 86400),
      query__end_time: String(NOW_SECONDS),
      query__bucket_width: '1d',
      query__limit: '7',
      query__group_by: ['project_id'],
      query__project_ids: ['example'],
    });
    expect(buildFormSchema(model).safeParse(values).success).toBe(true);
  });

  it('prefers documented examples, and skips ones that break the schema', () => {
    const op = operation({
      parameters: [
        parameter('model', 'query', { type: 'string', example: 'gpt-5' }),
        parameter('size', 'query', { type: 'integer', maximum: 10, example: 50 }, { example: 99 }),
        parameter('at', 'query', { type: 'string', format: 'date-time' }),
      ],
    });
    const values = fillExampleValues(buildFormModel(op), { now: NOW });
    expect(values).toEqual({ query__model: 'gpt-5', query__size: '10', query__at: '2025-01-15T12:00:00Z' });
  });

  it('builds a JSON body from the schema: required properties, first enum, first oneOf variant, cut cycles', () => {
    const model = buildFormModel(circularBody);
    const values = fillExampleValues(model, { now: NOW });
    expect(JSON.parse(String(values.body__json))).toEqual({
      name: 'example',
      kind: 'leaf',
      child: {},
      shape: { radius: 2 },
      options: { deep: true, count: 1 },
    });
    expect(buildFormSchema(model).safeParse(values).success).toBe(true);
  });

  it('uses the media type example for a JSON body', () => {
    const values = fillExampleValues(buildFormModel(severalMediaTypes), { now: NOW });
    expect(JSON.parse(String(values.body__json))).toEqual({ prompt: 'A cat' });
  });

  it.each([
    ['every kind', everyKind],
    ['composed schemas', composedSchemas],
    ['numeric bounds', numericBounds],
    ['string constraints', stringConstraints],
    ['array constraints', arrayConstraints],
    ['multipart body', multipartBody],
    ['text body', textBody],
  ])('passes validation for %s', (_name, op) => {
    const model = buildFormModel(op);
    const values = fillExampleValues(model, { now: NOW });
    const result = buildFormSchema(model).safeParse(values);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('fills required fields that have constraints', () => {
    const values = fillExampleValues(buildFormModel(numericBounds), { now: NOW });
    expect(values).toMatchObject({ query__exclusive30: '0.5', query__exclusive31: '0.5', query__even: '4' });
    expect(fillExampleValues(buildFormModel(arrayConstraints), { now: NOW }).query__pair).toEqual([
      'example',
      'abc',
    ]);
  });
});
