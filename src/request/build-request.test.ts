import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFormModel } from '../form/build-form-model.ts';
import { everyKind } from '../form/fixtures/every-kind.ts';
import { hostilePath } from '../form/fixtures/hostile-path.ts';
import { multipartBody } from '../form/fixtures/multipart-body.ts';
import { rawBinaryBody } from '../form/fixtures/raw-binary-bodies.ts';
import { severalMediaTypes } from '../form/fixtures/several-media-types.ts';
import { textBody } from '../form/fixtures/text-body.ts';
import { unsafeNames } from '../form/fixtures/unsafe-names.ts';
import { urlencodedBody } from '../form/fixtures/urlencoded-body.ts';
import { usageAudioSpeeches } from '../form/fixtures/usage-audio-speeches.ts';
import type { FormValue } from '../form/form-model.ts';
import type { Operation } from '../openapi/model.ts';
import { buildRequest } from './build-request.ts';
import { buildUrl } from './build-url.ts';

const repeat = { arrayFormat: 'repeat' } as const;

describe('buildRequest on the audio speeches operation', () => {
  const model = buildFormModel(usageAudioSpeeches);

  it('omits empty optional values and types the SDK args', () => {
    const request = buildRequest(
      usageAudioSpeeches,
      model,
      {
        ...model.defaults,
        query__start_time: '1730419200',
        query__limit: ' 7 ',
        query__project_ids: ['p1', '', 'p 2'],
      },
      repeat,
    );
    expect(request).toEqual({
      method: 'GET',
      pathTemplate: '/organization/usage/audio_speeches',
      path: '/organization/usage/audio_speeches',
      query: [
        ['start_time', '1730419200'],
        ['bucket_width', '1d'],
        ['project_ids', 'p1'],
        ['project_ids', 'p 2'],
        ['limit', '7'],
      ],
      headers: [],
      cookies: [],
      args: [
        { name: 'start_time', in: 'query', value: 1730419200 },
        { name: 'bucket_width', in: 'query', value: '1d' },
        { name: 'project_ids', in: 'query', value: ['p1', 'p 2'] },
        { name: 'limit', in: 'query', value: 7 },
      ],
      operationId: 'usage-audio-speeches',
      serverUrl: 'https://api.openai.com/v1',
    });
    expect(buildUrl(request.serverUrl ?? '', request)).toBe(
      'https://api.openai.com/v1/organization/usage/audio_speeches?start_time=1730419200&bucket_width=1d&project_ids=p1&project_ids=p%202&limit=7',
    );
  });

  it('writes brackets when the API configuration asks for them', () => {
    const request = buildRequest(
      usageAudioSpeeches,
      model,
      { query__project_ids: ['a', 'b'] },
      { arrayFormat: 'brackets' },
    );
    expect(request.query).toEqual([
      ['project_ids[]', 'a'],
      ['project_ids[]', 'b'],
    ]);
  });

  it('sends invalid scalars as typed, so the server validation can be tried', () => {
    const request = buildRequest(
      usageAudioSpeeches,
      model,
      { query__start_time: 'yesterday', query__limit: '1.5e' },
      repeat,
    );
    expect(request.query).toEqual([
      ['start_time', 'yesterday'],
      ['limit', '1.5e'],
    ]);
    expect(request.args.map((a) => a.value)).toEqual(['yesterday', '1.5e']);
  });
});

describe('buildRequest per location and body kind', () => {
  it('fills path, query (deepObject JSON), headers and cookies; Accept is not a form field', () => {
    const model = buildFormModel(everyKind);
    const request = buildRequest(
      everyKind,
      model,
      {
        ...model.defaults,
        path__thing_id: 'a/b',
        query__include_deleted: 'true',
        query__filter: '{"name": "x"}',
        query__ids: ['3'],
        'header__X-Trace': 'ignored: not the key',
        header_x_X_2dTrace: 'abc',
        cookie__session: 's1',
      },
      repeat,
    );
    expect(request.path).toBe('/things/a%2Fb');
    expect(request.query).toEqual([
      ['order', 'desc'],
      ['include_deleted', 'true'],
      ['limit', '20'],
      ['ids', '3'],
      ['filter[name]', 'x'],
    ]);
    expect(request.headers).toEqual([['X-Trace', 'abc']]);
    expect(request.cookies).toEqual([['session', 's1']]);
    expect(request.args).toEqual([
      { name: 'order', in: 'query', value: 'desc' },
      { name: 'thing_id', in: 'path', value: 'a/b' },
      { name: 'include_deleted', in: 'query', value: true },
      { name: 'limit', in: 'query', value: 20 },
      { name: 'ids', in: 'query', value: [3] },
      { name: 'filter', in: 'query', value: { name: 'x' } },
      { name: 'X-Trace', in: 'header', value: 'abc' },
      { name: 'session', in: 'cookie', value: 's1' },
    ]);
  });

  it('uses the safe keys of unusual names', () => {
    const model = buildFormModel(unsafeNames);
    const request = buildRequest(
      unsafeNames,
      model,
      { query_x_filter_2ename: 'n', query_x_ids_5b_5d: ['1', '2'] },
      repeat,
    );
    expect(request.query).toEqual([
      ['filter.name', 'n'],
      ['ids[]', '1'],
      ['ids[]', '2'],
    ]);
  });

  it('keeps hostile path values inside their segment', () => {
    const model = buildFormModel(hostilePath);
    const request = buildRequest(
      hostilePath,
      model,
      { path__org: '../admin?x=1#', path__file_id: '{org}' },
      repeat,
    );
    expect(request.path).toBe('/orgs/..%2Fadmin%3Fx%3D1%23/files/%7Borg%7D.json');
    expect(buildRequest(hostilePath, model, { path__org: '..' }, repeat).path).toBe(
      '/orgs/%2E%2E/files/.json',
    );
  });

  it('sends a JSON body with its Content-Type, and unparsable JSON as text', () => {
    const model = buildFormModel(severalMediaTypes);
    const ok = buildRequest(severalMediaTypes, model, { body: '{"prompt": "A cat"}' }, repeat);
    expect(ok.body).toEqual({
      kind: 'json',
      mediaType: 'application/json',
      value: { prompt: 'A cat' },
      text: '{"prompt": "A cat"}',
    });
    expect(ok.headers).toEqual([['Content-Type', 'application/json']]);
    expect(ok.args).toEqual([{ name: 'body', in: 'body', value: { prompt: 'A cat' } }]);
    const broken = buildRequest(severalMediaTypes, model, { body: '{"prompt": ' }, repeat);
    expect(broken.body).toEqual({ kind: 'text', mediaType: 'application/json', text: '{"prompt": ' });
    expect(broken.args).toEqual([{ name: 'body', in: 'body', value: '{"prompt": ' }]);
    const empty = buildRequest(severalMediaTypes, model, { body: ' ' }, repeat);
    expect(empty.body).toBeUndefined();
    expect(empty.headers).toEqual([]);
  });

  it('sends multipart parts (files with name, size and type) without a Content-Type header', () => {
    const model = buildFormModel(multipartBody);
    const file = new File(['hello'], 'hello.txt', { type: 'text/plain' });
    const request = buildRequest(
      multipartBody,
      model,
      {
        body__file: file,
        body__purpose: 'batch',
        body__tags: ['a', 'b'],
        body__metadata: '{"k": "v"}',
        body__note: '',
      },
      repeat,
    );
    expect(request.headers).toEqual([]);
    expect(request.body).toEqual({
      kind: 'multipart',
      mediaType: 'multipart/form-data',
      parts: [
        { name: 'file', kind: 'file', fileName: 'hello.txt', contentType: 'text/plain', size: 5, file },
        { name: 'purpose', kind: 'text', value: 'batch' },
        { name: 'tags', kind: 'text', value: 'a' },
        { name: 'tags', kind: 'text', value: 'b' },
        { name: 'metadata', kind: 'text', value: '{"k":"v"}' },
      ],
    });
  });

  it('sends urlencoded fields, objects as deepObject', () => {
    const model = buildFormModel(urlencodedBody);
    const request = buildRequest(
      urlencodedBody,
      model,
      {
        body__grant_type: 'client_credentials',
        body__scope: ['r', 'w'],
        body__meta: '{"team": "x"}',
        body__amount: '2.5',
      },
      repeat,
    );
    expect(request.body).toEqual({
      kind: 'urlencoded',
      mediaType: 'application/x-www-form-urlencoded',
      fields: [
        ['grant_type', 'client_credentials'],
        ['scope', 'r'],
        ['scope', 'w'],
        ['meta[team]', 'x'],
        ['amount', '2.5'],
      ],
    });
    expect(request.headers).toEqual([['Content-Type', 'application/x-www-form-urlencoded']]);
    expect(request.args.at(-1)).toEqual({ name: 'amount', in: 'body', value: 2.5 });
  });

  it('sends other media types as raw text', () => {
    const model = buildFormModel(textBody);
    const request = buildRequest(textBody, model, { body: 'v=0\r\n' }, repeat);
    expect(request.body).toEqual({ kind: 'text', mediaType: 'application/sdp', text: 'v=0\r\n' });
    expect(request.headers).toEqual([['Content-Type', 'application/sdp']]);
  });

  it('resolves the server URL from a chosen server and its variables', () => {
    const model = buildFormModel(textBody);
    const server = { url: 'https://{region}.example.com/v1', variables: { region: { default: 'us' } } };
    expect(
      buildRequest(textBody, model, {}, repeat, { server, serverVariables: { region: 'eu' } }).serverUrl,
    ).toBe('https://eu.example.com/v1');
  });
});

describe('buildRequest properties', () => {
  const anyValue: fc.Arbitrary<FormValue | undefined> = fc.oneof(
    fc.string(),
    fc.array(fc.string()),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom('', 'true', '1', '-0.5e3', '{"a":[1,{"b":null}]}', '../..', '%2F', '{org}'),
  );
  const fixtures = [
    usageAudioSpeeches,
    everyKind,
    unsafeNames,
    hostilePath,
    multipartBody,
    urlencodedBody,
    severalMediaTypes,
    textBody,
  ];

  it('never throws on arbitrary partial values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(anyValue, { minLength: 12, maxLength: 12 }),
        fc.dictionary(fc.string(), anyValue),
        fc.boolean(),
        (op, perField, noise, brackets) => {
          const model = buildFormModel(op);
          // Values for the model's own keys (any shape, any validity), plus keys it does not know.
          const values: Record<string, FormValue | undefined> = { ...noise };
          model.fields.forEach((field, index) => {
            values[field.key] = perField[index % perField.length];
          });
          const request = buildRequest(op, model, values as Record<string, FormValue>, {
            arrayFormat: brackets ? 'brackets' : 'repeat',
          });
          expect(request.method).toBe(op.method.toUpperCase());
          expect(request.path.split('/')).toHaveLength(op.path.split('/').length);
        },
      ),
    );
  });

  it('never lets a path value add a segment, a query or a fragment', () => {
    const model = buildFormModel(hostilePath);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (org, file) => {
        // "." and ".." are dot segments to every URL parser however they are encoded: validation rejects them.
        fc.pre(!/^\.{1,2}$/.test(org));
        const request = buildRequest(hostilePath, model, { path__org: org, path__file_id: file }, repeat);
        expect(request.path.split('/')).toHaveLength(5);
        expect(request.path).not.toMatch(/[?#]/);
        const url = new URL(buildUrl('https://h.example', request));
        expect(url.pathname.split('/')).toHaveLength(5);
        expect(url.search).toBe('');
      }),
    );
  });

  it('sends a raw binary body as the file itself, with the media type (a wildcard takes the file type)', () => {
    const file = new File([new Uint8Array([0, 1, 2, 255])], 'blob.bin', { type: 'image/png' });
    const exact = buildFormModel(rawBinaryBody('application/octet-stream'));
    const request = buildRequest(
      rawBinaryBody('application/octet-stream'),
      exact,
      { path__id: 'a', body: file },
      repeat,
    );
    expect(request.body).toEqual({
      kind: 'binary',
      mediaType: 'application/octet-stream',
      fileName: 'blob.bin',
      size: 4,
      file,
    });
    expect(request.headers).toEqual([['Content-Type', 'application/octet-stream']]);
    const wild = buildFormModel(rawBinaryBody('image/*'));
    const image = buildRequest(rawBinaryBody('image/*'), wild, { path__id: 'a', body: file }, repeat);
    expect(image.body).toMatchObject({ kind: 'binary', mediaType: 'image/png' });
    expect(image.headers).toEqual([['Content-Type', 'image/png']]);
    expect(
      buildRequest(rawBinaryBody('image/*'), wild, { path__id: 'a', body: null }, repeat).body,
    ).toBeUndefined();
  });

  it('drops a path template fragment from the URL (AWS-style operation keys), so the query still follows', () => {
    const op: Operation = {
      ...urlencodedBody,
      id: 'delete-share',
      method: 'delete',
      path: '/deleteresourceshare#resourceShareArn',
      parameters: [
        {
          name: 'resourceShareArn',
          in: 'query',
          required: true,
          deprecated: false,
          schema: { type: 'string' },
          style: 'form',
          explode: true,
          allowReserved: false,
        },
      ],
      requestBody: undefined,
      servers: [{ url: '/', variables: {} }],
    };
    const model = buildFormModel(op);
    const request = buildRequest(op, model, { query__resourceShareArn: 'arn:1' }, repeat, {
      documentUrl: 'https://specs.example.com/ram.json',
    });
    expect(request.path).toBe('/deleteresourceshare');
    expect(request.pathTemplate).toBe('/deleteresourceshare#resourceShareArn');
    expect(buildUrl(request.serverUrl ?? '', request)).toBe(
      'https://specs.example.com/deleteresourceshare?resourceShareArn=arn%3A1',
    );
    const root = buildRequest({ ...op, path: '/#X-Amz-Target=Svc.Op' }, model, {}, repeat);
    expect(root.path).toBe('/');
  });
});
