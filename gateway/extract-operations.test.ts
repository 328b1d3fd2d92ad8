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
    });
  });

  it('rejects a document without paths', () => {
    expect(() => extractOperations({ openapi: '3.1.0' })).toThrow(/paths/);
  });
});
