import { describe, expect, it } from 'vitest';
import { createSchemaChecker } from '../schema-check/create-schema-checker.ts';
import { buildFormModel } from './build-form-model.ts';
import { buildFormSchema, formIssues } from './build-form-schema.ts';
import { arrayConstraints } from './fixtures/array-constraints.ts';
import { everyKind } from './fixtures/every-kind.ts';
import { hostilePath } from './fixtures/hostile-path.ts';
import { multipartBody } from './fixtures/multipart-body.ts';
import { numericBounds } from './fixtures/numeric-bounds.ts';
import { severalMediaTypes } from './fixtures/several-media-types.ts';
import { stringConstraints } from './fixtures/string-constraints.ts';
import { textBody } from './fixtures/text-body.ts';
import { usageAudioSpeeches } from './fixtures/usage-audio-speeches.ts';
import type { FormModel, FormValues } from './form-model.ts';

/** The first message per field key (array items as `Item N: …`), from the form's one validation. */
function messagesOf(model: FormModel, values: Partial<FormValues>): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const issue of formIssues(buildFormSchema(model), values)) {
    messages[issue.key] ??=
      issue.item === undefined ? issue.message : `Item ${issue.item + 1}: ${issue.message}`;
  }
  return messages;
}

function issuesOf(model: FormModel, values: FormValues) {
  const result = buildFormSchema(model).safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('buildFormSchema on the audio speeches operation', () => {
  const model = buildFormModel(usageAudioSpeeches);
  const valid = { ...model.defaults, query__start_time: '1730419200' };

  it('accepts the defaults plus a start time', () => {
    expect(issuesOf(model, valid)).toEqual([]);
  });

  it('says Required when start_time is missing', () => {
    expect(issuesOf(model, model.defaults)).toEqual([{ path: ['query__start_time'], message: 'Required' }]);
  });

  it('caps limit at 31 when bucket_width is 1d', () => {
    expect(issuesOf(model, { ...valid, query__limit: '40' })).toEqual([
      { path: ['query__limit'], message: 'Must be at most 31 when bucket_width is 1d' },
    ]);
  });

  it('accepts limit 40 when bucket_width is 1h', () => {
    expect(issuesOf(model, { ...valid, query__limit: '40', query__bucket_width: '1h' })).toEqual([]);
  });

  it('uses the bucket_width default when it is cleared', () => {
    expect(issuesOf(model, { ...valid, query__limit: '32', query__bucket_width: '' })).toEqual([
      { path: ['query__limit'], message: 'Must be at most 31 when bucket_width is 1d' },
    ]);
  });

  it('puts the end_time <= start_time message on end_time', () => {
    for (const end of ['1730419200', '1730419199']) {
      expect(issuesOf(model, { ...valid, query__end_time: end })).toEqual([
        { path: ['query__end_time'], message: 'end_time must be after start_time' },
      ]);
    }
    expect(issuesOf(model, { ...valid, query__end_time: '1730419201' })).toEqual([]);
  });

  it('rejects fractions and words in integers, and values outside the enum', () => {
    expect(issuesOf(model, { ...valid, query__limit: '1.5', query__bucket_width: '2d' })).toEqual([
      { path: ['query__bucket_width'], message: 'Must be one of: 1m, 1h, 1d' },
      { path: ['query__limit'], message: 'Must be a whole number' },
    ]);
    expect(issuesOf(model, { ...valid, query__limit: 'ten' })[0]?.message).toBe('Must be a whole number');
  });

  it('validates array items with the item path', () => {
    expect(issuesOf(model, { ...valid, query__group_by: ['model', 'colour'] })).toEqual([
      { path: ['query__group_by', 1], message: 'Must be one of: project_id, user_id, api_key_id, model' },
    ]);
  });
});

describe('buildFormSchema field checks', () => {
  const only = (model: FormModel, values: FormValues) =>
    Object.fromEntries(
      issuesOf(model, { ...model.defaults, ...values }).map((i) => [i.path.join('.'), i.message]),
    );

  it('checks exclusive bounds in the 3.0 and 3.1 forms, and multipleOf', () => {
    const model = buildFormModel(numericBounds);
    expect(
      only(model, {
        query__exclusive30: '0',
        query__exclusive31: '1',
        query__step: '0.25',
        query__even: '4',
      }),
    ).toEqual({
      query__exclusive30: 'Must be greater than 0',
      query__exclusive31: 'Must be less than 1',
      query__step: 'Must be a multiple of 0.1',
    });
    expect(only(model, { query__exclusive30: '1', query__exclusive31: '0', query__even: '2' })).toEqual({
      query__exclusive30: 'Must be less than 1',
      query__exclusive31: 'Must be greater than 0',
      query__even: 'Must be at least 3',
    });
    expect(
      only(model, {
        query__exclusive30: '0.5',
        query__exclusive31: '0.5',
        query__step: '0.3',
        query__even: '6',
      }),
    ).toEqual({});
    expect(only(model, { query__even: '5' })).toEqual({ query__even: 'Must be a multiple of 2' });
    expect(only(model, { query__step: 'abc' })).toEqual({ query__step: 'Must be a number' });
  });

  it('checks length, pattern and formats, and skips a pattern JS cannot compile', () => {
    const model = buildFormModel(stringConstraints);
    expect(
      only(model, {
        query__code: 'a',
        query__slug: 'Not A Slug',
        query__pcre: 'anything',
        query__email: 'nobody',
        query__homepage: 'example.com',
        query__uuid: '1234',
        query__at: '2024-01-31',
        query__day: '31/01/2024',
      }),
    ).toEqual({
      query__code: 'Must be at least 2 characters',
      query__slug: 'Must match pattern ^[a-z]+(-[a-z]+)*$',
      query__email: 'Must be an email address',
      query__homepage: 'Must be an absolute URL',
      query__uuid: 'Must be a UUID',
      query__at: 'Must be a date-time like 2024-01-31T12:00:00Z',
      query__day: 'Must be a date like 2024-01-31',
    });
    expect(
      only(model, {
        query__code: 'abcd',
        query__slug: 'a-slug',
        query__email: 'a@b.co',
        query__homepage: 'https://example.com/x',
        query__uuid: '123E4567-E89B-12D3-A456-426614174000',
        query__at: '2024-01-31T12:00:00.5+01:00',
        query__day: '2024-01-31',
      }),
    ).toEqual({});
    expect(only(model, { query__code: 'abcde' })).toEqual({ query__code: 'Must be at most 4 characters' });
  });

  it('checks array items, counts and uniqueness; a required array needs one item', () => {
    const model = buildFormModel(arrayConstraints);
    expect(only(model, {})).toEqual({ query__ids: 'Required' });
    expect(
      only(model, { query__ids: ['x'], query__scores: ['1', '11', 'x', '2'], query__pair: ['a'] }),
    ).toEqual({
      query__scores: 'Must have at most 3 items',
      'query__scores.1': 'Must be at most 10',
      'query__scores.2': 'Must be a whole number',
      query__pair: 'Must have at least 2 items',
    });
    expect(only(model, { query__ids: ['x', ''], query__pair: ['a', 'a'] })).toEqual({
      'query__ids.1': 'Must not be empty',
      'query__pair.1': 'Must not repeat an item',
    });
    expect(only(model, { query__ids: ['x'], query__pair: ['a', 'b'], query__scores: ['0', '10'] })).toEqual(
      {},
    );
  });

  it('requires a required JSON body, and reports where the JSON breaks', () => {
    const model = buildFormModel(severalMediaTypes);
    expect(only(model, {})).toEqual({ body: 'Required' });
    expect(only(model, { body: '  ' })).toEqual({ body: 'Required' });
    expect(only(model, { body: '{\n  "prompt": "x",\n}' })).toEqual({ body: 'Invalid JSON' });
    // Where it breaks, once the validator room (which holds the JSON scanner) has loaded.
    const located = buildFormSchema(model, { checker: createSchemaChecker(), dialect: '3.0' });
    expect(formIssues(located, { body: '{\n  "prompt": "x",\n}' })).toEqual([
      {
        key: 'body',
        message:
          "Invalid JSON: unexpected '}' (expected a property name in double quotes) at line 3, column 1",
      },
    ]);
    // The schema check waits for the validator: no problem yet, but a pending issue Send awaits.
    expect(formIssues(buildFormSchema(model), { body: '{"prompt": "x"}' })).toEqual([
      expect.objectContaining({ key: 'body', pointer: '', pending: true }),
    ]);
    const checked = buildFormSchema(model, { checker: createSchemaChecker(), dialect: '3.0' });
    expect(formIssues(checked, { body: '{"prompt": "x"}' })).toEqual([]);
  });

  it('checks a JSON body against its schema: each problem with its pointer, expected and actual', () => {
    const model = buildFormModel(severalMediaTypes);
    const schema = buildFormSchema(model, { checker: createSchemaChecker(), dialect: '3.0' });
    expect(formIssues(schema, { body: '{"prompt": 3}' })).toEqual([
      { key: 'body', pointer: '/prompt', message: 'Must be text', expected: 'text', actual: 'integer' },
    ]);
    // A readOnly property is never required of a request, and a missing required one points at itself.
    expect(formIssues(schema, { body: '{}' })).toEqual([
      { key: 'body', pointer: '/prompt', message: 'Required', expected: 'a value', actual: 'missing' },
    ]);
    // Invalid JSON is the body's one problem: the schema is not consulted.
    expect(formIssues(schema, { body: '{"prompt": ' })).toHaveLength(1);
    expect(formIssues(schema, { body: '{"prompt": ' })[0]).not.toHaveProperty('pointer');
  });

  it('does not parse raw text bodies of other media types', () => {
    const model = buildFormModel(textBody);
    expect(only(model, { body: 'v=0\r\no=- 0 0 IN IP4 127.0.0.1' })).toEqual({});
    expect(only(model, {})).toEqual({ body: 'Required' });
  });

  it('requires a File for a required file field', () => {
    const model = buildFormModel(multipartBody);
    expect(only(model, { body__purpose: 'batch' })).toEqual({ body__file: 'Required' });
    expect(only(model, { body__purpose: 'batch', body__file: new File(['x'], 'a.txt') })).toEqual({});
  });

  it('rejects "." and ".." as path parameters, and empty ones as Required', () => {
    const model = buildFormModel(hostilePath);
    expect(only(model, { path__org: '..', path__file_id: '' })).toEqual({
      path__org: 'Must not be "." or ".." (it would change the path)',
      path__file_id: 'Required',
    });
    expect(only(model, { path__org: 'a/b', path__file_id: '..x' })).toEqual({});
  });

  it('treats empty optional fields as valid and booleans as true/false only', () => {
    const model = buildFormModel(everyKind);
    expect(
      only(model, { path__thing_id: 't', query__order: '', query__limit: '', query__include_deleted: '' }),
    ).toEqual({});
    expect(only(model, { path__thing_id: 't', query__include_deleted: 'yes' })).toEqual({
      query__include_deleted: 'Must be true or false',
    });
    expect(only(model, { path__thing_id: 't', query__filter: '{"name": 1' })).toEqual({
      query__filter: 'Invalid JSON',
    });
  });
});

describe('validateFormValues', () => {
  it('gives the first message per key, array items included', () => {
    const model = buildFormModel(usageAudioSpeeches);
    expect(
      messagesOf(model, { ...model.defaults, query__group_by: ['model', 'x'], query__limit: '0' }),
    ).toEqual({
      query__start_time: 'Required',
      query__group_by: 'Item 2: Must be one of: project_id, user_id, api_key_id, model',
      query__limit: 'Must be at least 1 when bucket_width is 1d',
    });
  });

  it('accepts partial values (missing keys are unset)', () => {
    const model = buildFormModel(usageAudioSpeeches);
    expect(messagesOf(model, { query__start_time: '5' })).toEqual({});
  });
});
