import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpecFile } from '../node-support/read-spec-file.ts';
import { extractOperations } from './extract-operations.ts';

describe('extractOperations', () => {
  it('reads the 11 GET operations of the default usage API', () => {
    const surface = extractOperations(readSpecFile(path.resolve(__dirname, '../specs/openai-usage.yaml')));
    expect(surface.operations).toHaveLength(11);
    expect(surface.operations.every((op) => op.method === 'GET')).toBe(true);
    expect(surface.operations.map((op) => op.template)).toContain('/organization/usage/completions');
    expect(surface.operations.find((op) => op.template === '/organization/costs')?.operationId).toBe(
      'usage-costs',
    );
    expect(surface.headerParams).toEqual([]);
  });

  it('collects header parameters from path items, operations and local $refs, lower-cased', () => {
    const doc = {
      components: { parameters: { Trace: { name: 'X-Trace', in: 'header' } } },
      paths: {
        '/a/{id}': {
          parameters: [{ name: 'OpenAI-Beta', in: 'header' }],
          get: { parameters: [{ $ref: '#/components/parameters/Trace' }, { name: 'q', in: 'query' }] },
          post: {},
        },
        'not-a-path': { get: {} },
      },
    };
    expect(extractOperations(doc)).toEqual({
      operations: [
        { method: 'GET', template: '/a/{id}' },
        { method: 'POST', template: '/a/{id}' },
      ],
      headerParams: ['openai-beta', 'x-trace'],
      api: { title: '', version: '' },
    });
  });

  it('adds the headers apiKey schemes name; notes credential query names; reads security and info', () => {
    const doc = {
      info: { title: 'Keys', version: '2.1' },
      security: [{ Bearer: [] }],
      components: {
        securitySchemes: {
          HeaderKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
          QueryKey: { type: 'apiKey', in: 'query', name: 'code' },
          Bearer: { type: 'http', scheme: 'Bearer' },
          Ref: { $ref: '#/components/securitySchemes/HeaderKey' },
        },
      },
      paths: {
        '/a': { get: { operationId: 'a', security: [{ HeaderKey: [] }, { QueryKey: [], Bearer: [] }] } },
        '/b': { get: {}, delete: { security: [] } },
      },
    };
    const surface = extractOperations(doc);
    expect(surface.headerParams).toEqual(['x-api-key']);
    expect(surface.secretQueryParams).toEqual(['code']);
    expect(surface.api).toEqual({ title: 'Keys', version: '2.1' });
    expect(surface.securitySchemes).toEqual({
      HeaderKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
      QueryKey: { type: 'apiKey', in: 'query', name: 'code' },
      Bearer: { type: 'http', scheme: 'bearer' },
      Ref: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
    });
    expect(surface.operations).toEqual([
      { method: 'GET', template: '/a', operationId: 'a', security: [['HeaderKey'], ['QueryKey', 'Bearer']] },
      { method: 'GET', template: '/b', security: [['Bearer']] },
      { method: 'DELETE', template: '/b', security: [] },
    ]);
  });

  it('reads Swagger 2 securityDefinitions (basic becomes http basic)', () => {
    const surface = extractOperations({
      swagger: '2.0',
      securityDefinitions: {
        key: { type: 'apiKey', in: 'header', name: 'api_key' },
        auth: { type: 'basic' },
      },
      paths: { '/pets': { get: { security: [{ auth: [] }] } } },
    });
    expect(surface.headerParams).toEqual(['api_key']);
    expect(surface.securitySchemes?.auth).toEqual({ type: 'http', scheme: 'basic' });
  });

  it('rejects a document without paths', () => {
    expect(() => extractOperations({ openapi: '3.1.0' })).toThrow(/paths/);
  });
});
