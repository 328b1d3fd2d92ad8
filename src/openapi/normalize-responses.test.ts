import { describe, expect, it } from 'vitest';
import type { ApiModel } from './model.ts';
import { normalizeApi } from './normalize-api.ts';
import { resolveModelRef } from './resolve-model-ref.ts';

/** A 3.1 document with one `GET /a` whose `responses` are given, plus extra components. */
function apiWith(responses: unknown, components: Record<string, unknown> = {}): ApiModel {
  return normalizeApi({
    openapi: '3.1.0',
    info: { title: 'T', version: '1' },
    paths: { '/a': { get: { operationId: 'getA', responses } } },
    components,
  });
}

function responsesOf(api: ApiModel) {
  const [operation] = api.operations;
  if (!operation) throw new Error('no operation');
  return operation.responses;
}

describe('normalizeApi: responses', () => {
  it('keeps every status as written, ranges and default included, sorted by class with default last', () => {
    const api = apiWith({
      '200': { description: 'OK' },
      '4XX': { description: 'Client error' },
      '5xx': { description: 'Server error (lower case, still a range)' },
      default: { description: 'Anything else' },
      '2XX': { description: 'Other success' },
      '201': { description: 'Created' },
    });
    expect(responsesOf(api).map((r) => r.status)).toEqual(['200', '201', '2XX', '4XX', '5xx', 'default']);
  });

  it('skips extensions, junk keys and entries that are not objects', () => {
    const api = apiWith({
      'x-internal': { description: 'no' },
      '2000': { description: 'no' },
      '6XX': { description: 'no' },
      ok: { description: 'no' },
      '204': 'not an object',
      '404': { description: 'Not found' },
    });
    expect(responsesOf(api).map((r) => r.status)).toEqual(['404']);
  });

  it('follows response refs and keeps the Markdown description; a missing one is empty', () => {
    const api = apiWith(
      { '429': { $ref: '#/components/responses/TooMany' }, '500': {} },
      { responses: { TooMany: { description: 'Slow **down**.' } } },
    );
    expect(responsesOf(api)).toEqual([
      { status: '429', description: 'Slow **down**.', headers: [], content: {} },
      { status: '500', description: '', headers: [], content: {} },
    ]);
  });

  it('reads headers (refs followed, schema or content), without Content-Type', () => {
    const api = apiWith(
      {
        '200': {
          description: 'OK',
          headers: {
            'Content-Type': { schema: { type: 'string' } },
            'X-Rate-Limit': { $ref: '#/components/headers/RateLimit' },
            'Retry-After': {
              description: 'Seconds to wait.',
              required: true,
              deprecated: true,
              content: { 'text/plain': { schema: { type: 'integer', minimum: 1 } } },
            },
            Bare: {},
          },
        },
      },
      {
        headers: {
          RateLimit: { description: 'Requests left.', schema: { $ref: '#/components/schemas/Count' } },
        },
        schemas: { Count: { type: 'integer' } },
      },
    );
    const [ok] = responsesOf(api);
    expect(ok?.headers).toEqual([
      {
        name: 'X-Rate-Limit',
        required: false,
        deprecated: false,
        description: 'Requests left.',
        schema: { $ref: '#/components/schemas/Count' },
      },
      {
        name: 'Retry-After',
        required: true,
        deprecated: true,
        description: 'Seconds to wait.',
        schema: { type: 'integer', minimum: 1 },
      },
      { name: 'Bare', required: false, deprecated: false },
    ]);
    expect(resolveModelRef(api, ok?.headers[0]?.schema ?? {})).toEqual({ type: 'integer' });
  });

  it('keeps media types in document order with their schema by ref, example and named examples', () => {
    const api = apiWith(
      {
        '200': {
          description: 'OK',
          content: {
            'application/json': {
              schema: { $ref: '#/components/schemas/Pet' },
              examples: {
                rex: { summary: 'A dog', value: { name: 'Rex' } },
                shared: { $ref: '#/components/examples/Tom' },
                far: { externalValue: 'https://example.com/pet.json', description: 'Stored elsewhere' },
                broken: { $ref: '#/components/examples/Missing' },
              },
            },
            'text/plain': { schema: { type: 'string' }, example: 'Rex' },
            'application/octet-stream': {},
          },
        },
      },
      {
        schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } },
        examples: { Tom: { summary: 'A cat', value: { name: 'Tom' } } },
      },
    );
    const [ok] = responsesOf(api);
    expect(Object.keys(ok?.content ?? {})).toEqual([
      'application/json',
      'text/plain',
      'application/octet-stream',
    ]);
    expect(ok?.content['application/json']).toEqual({
      schema: { $ref: '#/components/schemas/Pet' },
      examples: {
        rex: { summary: 'A dog', value: { name: 'Rex' } },
        shared: { summary: 'A cat', value: { name: 'Tom' } },
        far: { description: 'Stored elsewhere', externalValue: 'https://example.com/pet.json' },
      },
    });
    expect(ok?.content['text/plain']).toEqual({ schema: { type: 'string' }, example: 'Rex' });
    expect(ok?.content['application/octet-stream']).toEqual({});
    expect(api.schemas['#/components/schemas/Pet']).toEqual({
      type: 'object',
      properties: { name: { type: 'string' } },
    });
  });

  it('stores each schema once, shared between operations, responses and the schemas they point to', () => {
    const api = normalizeApi({
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {
        '/a': {
          get: {
            responses: {
              '200': {
                description: 'OK',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Page' } } },
              },
            },
          },
        },
        '/b': {
          get: {
            responses: {
              '200': {
                description: 'OK',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Page' } } },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Page: {
            type: 'object',
            properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Item' } } },
          },
          Item: { type: 'object', 'x-internal-note': 'dropped', properties: { id: { type: 'string' } } },
          Unused: { type: 'string' },
        },
      },
    });
    expect(Object.keys(api.schemas).sort()).toEqual([
      '#/components/schemas/Item',
      '#/components/schemas/Page',
    ]);
    // Vendor extensions are weight the reference column never shows.
    expect(api.schemas['#/components/schemas/Item']).toEqual({
      type: 'object',
      properties: { id: { type: 'string' } },
    });
  });

  it('gives an operation without `responses` an empty list', () => {
    expect(responsesOf(apiWith(undefined))).toEqual([]);
  });
});
