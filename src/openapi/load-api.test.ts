import { describe, expect, it } from 'vitest';
import { ApiLoadError } from './api-load-error.ts';
import { loadApi } from './load-api.ts';

async function loadFailure(text: string, sourceName?: string): Promise<ApiLoadError> {
  const error = await loadApi(text, sourceName).catch((caught: unknown) => caught);
  if (!(error instanceof ApiLoadError)) throw new Error(`expected an ApiLoadError, got ${String(error)}`);
  return error;
}

describe('loadApi', () => {
  it('parses and normalizes YAML', async () => {
    const api = await loadApi(
      'openapi: 3.0.3\ninfo: {title: T, version: "1"}\npaths:\n  /a:\n    get: {operationId: a}\n',
    );
    expect(api.operations.map((op) => op.id)).toEqual(['a']);
  });

  it('reports parse failures at the parse stage', async () => {
    const error = await loadFailure('{"openapi": ', 'api.json');
    expect(error.stage).toBe('parse');
    expect(error.sourceName).toBe('api.json');
  });

  it('reports validation failures with the source name', async () => {
    const error = await loadFailure('openapi: "2.5"\npaths: {}\n', 'petstore.yaml');
    expect(error.stage).toBe('validate');
    expect(error.sourceName).toBe('petstore.yaml');
    expect(error.message).toMatch(/^petstore\.yaml: OpenAPI version 2\.5 is not supported/);
  });
});
