import { describe, expect, it } from 'vitest';
import { buildFormModel } from './build-form-model.ts';
import { composedSchemas } from './fixtures/composed-schemas.ts';
import { everyKind } from './fixtures/every-kind.ts';
import { multipartBody } from './fixtures/multipart-body.ts';
import { rawBinaryBody } from './fixtures/raw-binary-bodies.ts';
import { sameNameLocations } from './fixtures/same-name-locations.ts';
import { severalMediaTypes } from './fixtures/several-media-types.ts';
import { textBody } from './fixtures/text-body.ts';
import { unsafeNames } from './fixtures/unsafe-names.ts';
import { usageAudioSpeeches } from './fixtures/usage-audio-speeches.ts';
import type { FormModel } from './form-model.ts';

const byName = (model: FormModel, name: string) => {
  const field = model.fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
};

describe('buildFormModel', () => {
  it('builds the 10 fields of the audio speeches operation with bucket_width defaulting to 1d', () => {
    const model = buildFormModel(usageAudioSpeeches);
    expect(model.fields.map((f) => [f.key, f.kind])).toEqual([
      ['query__start_time', 'integer'],
      ['query__end_time', 'integer'],
      ['query__bucket_width', 'enum'],
      ['query__project_ids', 'array'],
      ['query__user_ids', 'array'],
      ['query__api_key_ids', 'array'],
      ['query__models', 'array'],
      ['query__group_by', 'array'],
      ['query__limit', 'integer'],
      ['query__page', 'string'],
    ]);
    expect(byName(model, 'bucket_width').enumValues).toEqual(['1m', '1h', '1d']);
    expect(model.defaults.query__bucket_width).toBe('1d');
    expect(model.defaults.query__project_ids).toEqual([]);
    expect(byName(model, 'start_time')).toMatchObject({ required: true, unixSeconds: true });
    expect(byName(model, 'end_time').unixSeconds).toBe(true);
    expect(byName(model, 'limit').unixSeconds).toBe(false);
    expect(byName(model, 'group_by').item).toEqual({
      kind: 'enum',
      enumValues: ['project_id', 'user_id', 'api_key_id', 'model'],
    });
    expect(model.rules).toBe(usageAudioSpeeches.rules);
  });

  it('reads every kind, groups path, query, header, cookie and prefills defaults as text', () => {
    const model = buildFormModel(everyKind);
    expect(model.fields.map((f) => `${f.location}:${f.name}:${f.kind}`)).toEqual([
      'path:thing_id:string',
      'query:order:enum',
      'query:include_deleted:boolean',
      'query:limit:integer',
      'query:ratio:number',
      'query:created_after:string',
      'query:contact:string',
      'query:ids:array',
      'query:tags:array',
      'query:filter:json',
      'query:since:integer',
      'header:X-Trace:string',
      'cookie:session:string',
    ]);
    expect(model.defaults).toMatchObject({
      query__order: 'desc',
      query__include_deleted: 'false',
      query__limit: '20',
      query__ratio: '',
      query__ids: ['1', '2'],
      query__filter: '',
    });
    expect(byName(model, 'thing_id')).toMatchObject({ required: true, description: 'The thing.' });
    expect(byName(model, 'limit')).toMatchObject({ minimum: 1, maximum: 100 });
    expect(byName(model, 'created_after').format).toBe('date-time');
    expect(byName(model, 'ids').item).toEqual({ kind: 'integer' });
    expect(byName(model, 'tags').item).toEqual({ kind: 'enum', enumValues: ['a', 'b'] });
    expect(byName(model, 'X-Trace')).toMatchObject({ deprecated: true, format: 'uuid' });
    expect(byName(model, 'since').unixSeconds).toBe(true);
    expect(model.mediaTypes).toBeUndefined();
  });

  it('maps unsafe names to distinct safe keys', () => {
    const keys = buildFormModel(unsafeNames).fields.map((f) => f.key);
    expect(keys).toEqual([
      'query_x_filter_2ename',
      'query_x_ids_5b_5d',
      'query_x_a_20b',
      'query__filter_2ename',
      'query__filter_x_2ename',
      'query_x__c3_9cn_c3_afcode',
    ]);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('keeps equal names in different locations apart', () => {
    expect(buildFormModel(sameNameLocations).fields.map((f) => f.key)).toEqual([
      'query__version',
      'header__version',
      'cookie__version',
    ]);
  });

  it('merges allOf, drops null from nullable and 3.1 type arrays, and reads oneOf/anyOf', () => {
    const model = buildFormModel(composedSchemas);
    expect(byName(model, 'merged')).toMatchObject({
      kind: 'integer',
      minimum: 1,
      maximum: 10,
      description: 'Merged.',
    });
    expect(byName(model, 'nullable30').kind).toBe('integer');
    expect(byName(model, 'nullable31')).toMatchObject({ kind: 'integer', maximum: 5 });
    expect(byName(model, 'any_null')).toMatchObject({ kind: 'string', format: 'date' });
    expect(byName(model, 'one_const')).toMatchObject({ kind: 'enum', enumValues: ['low', 'high'] });
    expect(byName(model, 'one_enum')).toMatchObject({ kind: 'enum', enumValues: ['1', '2', '3'] });
    expect(byName(model, 'free_or_known')).toMatchObject({
      kind: 'string',
      suggestions: ['gpt-4o', 'gpt-5'],
    });
    expect(byName(model, 'one_object').kind).toBe('json');
    expect(byName(model, 'object_array').kind).toBe('json');
    expect(byName(model, 'untyped').kind).toBe('string');
  });

  it('splits a multipart body into fields, files for binary, without read-only properties', () => {
    const model = buildFormModel(multipartBody);
    expect(model.fields.map((f) => [f.key, f.kind, f.required])).toEqual([
      ['body__file', 'file', true],
      ['body__purpose', 'enum', true],
      ['body__tags', 'array', false],
      ['body__metadata', 'json', false],
      ['body__note', 'string', false],
      ['body__images', 'file', false],
    ]);
    expect(model.fields.every((f) => f.location === 'body' && f.mediaType === 'multipart/form-data')).toBe(
      true,
    );
    expect(model.defaults.body__file).toBeNull();
    expect(model).toMatchObject({
      mediaTypes: ['multipart/form-data'],
      selectedMediaType: 'multipart/form-data',
    });
  });

  it('picks the first JSON media type, lists them all, and switches on request', () => {
    const json = buildFormModel(severalMediaTypes);
    expect(json.selectedMediaType).toBe('application/json');
    expect(json.mediaTypes).toEqual(['multipart/form-data', 'application/json']);
    expect(json.fields).toHaveLength(1);
    expect(json.fields[0]).toMatchObject({
      key: 'body',
      name: 'body',
      kind: 'json',
      location: 'body',
      required: true,
      mediaType: 'application/json',
      example: { prompt: 'A cat' },
    });
    expect(json.defaults.body).toBe('');
    const multipart = buildFormModel(severalMediaTypes, { mediaType: 'multipart/form-data' });
    expect(multipart.fields.map((f) => [f.key, f.kind])).toEqual([
      ['body__image', 'file'],
      ['body__prompt', 'string'],
    ]);
    expect(buildFormModel(severalMediaTypes, { mediaType: 'text/unknown' }).selectedMediaType).toBe(
      'application/json',
    );
  });

  it.each([
    ['application/octet-stream', {}],
    ['image/png', {}],
    ['image/*', {}],
    ['audio/mpeg', {}],
    ['text/plain', { type: 'string', format: 'binary' }],
  ] as const)('makes a %s body with schema %j one raw file field', (mediaType, schema) => {
    const model = buildFormModel(rawBinaryBody(mediaType, schema));
    expect(model.body).toMatchObject({ kind: 'binary', mediaType });
    expect(model.fields).toMatchObject([{ key: 'body', kind: 'file', required: true, location: 'body' }]);
    expect(model.defaults.body).toBeNull();
  });

  it('gives other media types one raw text field', () => {
    expect(buildFormModel(textBody).body?.kind).toBe('text');
    expect(buildFormModel(textBody).fields).toMatchObject([
      { key: 'body', name: 'body', kind: 'text', mediaType: 'application/sdp', required: true },
    ]);
  });
});
