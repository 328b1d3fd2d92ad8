import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiLoadError } from './api-load-error.ts';
import { loadApi } from './load-api.ts';
import type { Operation } from './model.ts';

// Swagger 2.0 documents go through the whole pipeline: parse, convert to OpenAPI 3, normalize.

const readFixture = (name: string) =>
  readFileSync(new URL(`./fixtures/swagger2/${name}`, import.meta.url), 'utf8');

const loadFixture = (name: string) => loadApi(readFixture(name), name);

function operation(operations: Operation[], id: string): Operation {
  const found = operations.find((op) => op.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
}

describe('loadApi: Swagger 2.0', () => {
  it('turns a body parameter into a required JSON request body', async () => {
    const api = await loadFixture('body-parameter.yaml');
    expect(api.title).toBe('Pet Store');
    expect(api.openapiVersion).toMatch(/^3\.0\./);
    const addPet = operation(api.operations, 'addPet');
    expect(addPet.parameters).toEqual([]);
    expect(addPet.tags).toEqual(['pets']);
    expect(addPet.requestBody).toEqual({
      required: true,
      description: 'The pet to add',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', example: 'Rex' }, age: { type: 'integer', minimum: 0 } },
          },
          // The same schema as the reference column reads it: inline here, so copied as it is.
          schemaRef: {
            type: 'object',
            required: ['name'],
            properties: { name: { type: 'string', example: 'Rex' }, age: { type: 'integer', minimum: 0 } },
          },
        },
      },
    });
  });

  it('turns formData parameters with a file into a multipart body with a binary field', async () => {
    const api = await loadFixture('form-data-file.json');
    const upload = operation(api.operations, 'uploadPhoto');
    expect(upload.parameters.map((p) => [p.in, p.name, p.schema])).toEqual([
      ['path', 'petId', { type: 'integer', format: 'int64' }],
    ]);
    expect(Object.keys(upload.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
    const schema = upload.requestBody?.content['multipart/form-data']?.schema;
    expect(schema?.type).toBe('object');
    expect(schema?.required).toEqual(['file']);
    expect(schema?.properties?.file).toMatchObject({
      type: 'string',
      format: 'binary',
      description: 'The photo',
    });
    expect(schema?.properties?.caption).toMatchObject({ type: 'string' });
  });

  it('resolves refs to `definitions` and `parameters`, cutting cycles', async () => {
    const api = await loadFixture('definitions-refs.yaml');
    expect(operation(api.operations, 'listPets').parameters).toMatchObject([
      { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100, default: 20 } },
    ]);
    expect(operation(api.operations, 'replacePet').requestBody?.content['application/json']?.schema).toEqual({
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        owner: { type: 'object', properties: { id: { type: 'integer' } } },
      },
    });
    const category = operation(api.operations, 'addCategory').requestBody?.content['application/json']
      ?.schema;
    expect(category?.properties?.children?.items).toMatchObject({ 'x-circular': 'Category' });
  });

  it('turns securityDefinitions (basic, apiKey) into security schemes and keeps requirements', async () => {
    const api = await loadFixture('security-definitions.yaml');
    expect(api.securitySchemes).toEqual({
      basicAuth: { type: 'http', scheme: 'basic' },
      headerKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'Your key' },
      queryKey: { type: 'apiKey', in: 'query', name: 'api_key' },
    });
    expect(operation(api.operations, 'getMe').security).toEqual([['headerKey']]);
    expect(operation(api.operations, 'login').security).toEqual([['basicAuth'], ['queryKey']]);
    expect(operation(api.operations, 'health').security).toEqual([]);
  });

  it('turns host, basePath and schemes into one server per scheme', async () => {
    const api = await loadFixture('host-base-path-schemes.json');
    expect(api.servers).toEqual([
      { url: 'https://api.example.com:8443/v2', variables: {} },
      { url: 'http://api.example.com:8443/v2', variables: {} },
    ]);
    expect(operation(api.operations, 'ping').servers).toEqual(api.servers);
  });

  it('uses basePath alone as a relative server, and the page origin when there is neither', async () => {
    const doc = (root: string) =>
      `swagger: "2.0"\ninfo: {title: T, version: "1"}\n${root}paths:\n  /a:\n    get: {responses: {}}\n`;
    expect((await loadApi(doc('basePath: /api\n'))).servers).toEqual([{ url: '/api', variables: {} }]);
    expect((await loadApi(doc(''))).servers).toEqual([{ url: '/', variables: {} }]);
  });

  it('turns collectionFormat into style and explode', async () => {
    const api = await loadFixture('collection-format.yaml');
    const styles = operation(api.operations, 'getItems').parameters.map((p) => [
      p.in,
      p.name,
      p.style,
      p.explode,
      p.schema.items?.type,
    ]);
    expect(styles).toEqual([
      ['path', 'ids', 'simple', false, 'integer'],
      ['query', 'tag', 'form', true, 'string'], // multi: tag=a&tag=b
      ['query', 'fields', 'form', false, 'string'], // csv: fields=a,b
      ['query', 'sort', 'form', false, 'string'], // no collectionFormat: csv is the default
      ['header', 'X-Flags', 'simple', false, 'string'],
    ]);
  });

  it('reads an unquoted `swagger: 2.0` (a YAML number) as Swagger 2.0', async () => {
    const api = await loadApi(
      'swagger: 2.0\ninfo: {title: T, version: "1"}\npaths:\n  /a:\n    get: {operationId: a}\n',
    );
    expect(api.operations.map((op) => op.id)).toEqual(['a']);
  });

  it('reports a document the converter rejects at the validate stage, with the source name', async () => {
    const error = await loadFixture('parameter-without-in.yaml').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiLoadError);
    if (!(error instanceof ApiLoadError)) return;
    expect(error.stage).toBe('validate');
    expect(error.sourceName).toBe('parameter-without-in.yaml');
    expect(error.message).toBe(
      'parameter-without-in.yaml: This Swagger 2.0 document could not be converted to OpenAPI 3: ' +
        'Parameter object must have an "in" property.',
    );
  });

  it('reports a converter crash on a malformed operation at the validate stage too', async () => {
    const text = '{"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": null}}}';
    const error = await loadApi(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiLoadError);
    expect(error).toMatchObject({ stage: 'validate' });
    expect((error as Error).message).toMatch(
      /^This Swagger 2\.0 document could not be converted to OpenAPI 3: /,
    );
  });

  it('reports a document too deeply nested to convert at the validate stage', async () => {
    const depth = 20_000;
    const deep = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const text = `{"swagger": "2.0", "paths": {"/a": {"get": {}}}, "definitions": {"D": ${deep}}}`;
    const error = await loadApi(text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiLoadError);
    expect(error).toMatchObject({
      stage: 'validate',
      message:
        'This Swagger 2.0 document could not be converted to OpenAPI 3: the document is too deeply nested.',
    });
  });

  it('does not pollute Object.prototype through a `__proto__` key', async () => {
    const text =
      '{"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {"/a": {"get": {"operationId": "a"}}},' +
      ' "definitions": {"__proto__": {"polluted": true}}}';
    const api = await loadApi(text);
    expect(api.operations.map((op) => op.id)).toEqual(['a']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
