import { describe, expect, it } from 'vitest';
import type { Operation } from '../openapi/model.ts';
import { createSchemaChecker } from '../schema-check/create-schema-checker.ts';
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
      // Optional filters without documented examples stay empty: a made-up id would filter everything out.
      query__group_by: [],
      query__project_ids: [],
    });
    expect(buildFormSchema(model).safeParse(values).success).toBe(true);
  });

  it('prefers documented examples, and skips ones that break the schema', () => {
    const op = operation({
      parameters: [
        parameter('model', 'query', { type: 'string', example: 'gpt-5' }, { required: true }),
        parameter(
          'size',
          'query',
          { type: 'integer', maximum: 10, example: 50 },
          { example: 99, required: true },
        ),
        parameter('at', 'query', { type: 'string', format: 'date-time' }, { required: true }),
      ],
    });
    const values = fillExampleValues(buildFormModel(op), { now: NOW });
    expect(values).toEqual({ query__model: 'gpt-5', query__size: '10', query__at: '2025-01-15T12:00:00Z' });
  });

  it('fills optional parameters only from what the document says', () => {
    const op = operation({
      parameters: [
        parameter('cursor', 'query', { type: 'string' }),
        parameter('ids', 'query', { type: 'array', items: { type: 'string' } }),
        parameter('order', 'query', { type: 'string', enum: ['asc', 'desc'] }),
        parameter('model', 'query', { type: 'string' }, { example: 'gpt-5' }),
        parameter('tags', 'query', { type: 'array', items: { type: 'string' }, example: ['a', 'b'] }),
        parameter('page_size', 'query', { type: 'integer', default: 20 }),
      ],
    });
    expect(fillExampleValues(buildFormModel(op), { now: NOW })).toEqual({
      query__cursor: '',
      query__ids: [],
      query__order: '',
      query__model: 'gpt-5',
      query__tags: ['a', 'b'],
      query__page_size: '20',
    });
  });

  it('builds a JSON body from the schema: required properties, first enum, first oneOf variant, cut cycles', () => {
    const model = buildFormModel(circularBody);
    const values = fillExampleValues(model, { now: NOW });
    expect(JSON.parse(String(values.body))).toEqual({
      name: 'example',
      kind: 'leaf',
      child: {},
      shape: { radius: 2 },
      options: { deep: true, count: 1 },
    });
    const body = { checker: createSchemaChecker(), dialect: '3.1' as const };
    expect(buildFormSchema(model, body).safeParse(values).success).toBe(true);
  });

  it('passes over a documented body example that breaks its own schema, given the checker', () => {
    const model = buildFormModel(severalMediaTypes);
    const broken = { ...model, fields: model.fields.map((f) => ({ ...f, example: { prompt: 7 } })) };
    const json = broken.fields[0];
    if (!json) throw new Error('no body field');
    const withBody = {
      ...broken,
      body: { kind: 'json' as const, mediaType: 'application/json', field: json },
    };
    const body = { checker: createSchemaChecker(), dialect: '3.0' as const };
    expect(JSON.parse(String(fillExampleValues(withBody, { now: NOW }).body))).toEqual({ prompt: 7 });
    expect(JSON.parse(String(fillExampleValues(withBody, { now: NOW, body }).body))).toEqual({
      prompt: 'example',
    });
  });

  it('uses the media type example for a JSON body', () => {
    const values = fillExampleValues(buildFormModel(severalMediaTypes), { now: NOW });
    expect(JSON.parse(String(values.body))).toEqual({ prompt: 'A cat' });
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
    const values = fillExampleValues(buildFormModel(requireAll(numericBounds)), { now: NOW });
    expect(values).toMatchObject({ query__exclusive30: '0.5', query__exclusive31: '0.5', query__even: '4' });
    expect(fillExampleValues(buildFormModel(requireAll(arrayConstraints)), { now: NOW }).query__pair).toEqual(
      ['example', 'abc'],
    );
  });
});

/** The operation with every parameter required, so samples are generated for each. */
function requireAll(op: Operation): Operation {
  return { ...op, parameters: op.parameters.map((p) => ({ ...p, required: true })) };
}
