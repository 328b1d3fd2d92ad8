import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiLoadError } from './api-load-error.ts';
import { normalizeApi, untaggedTagName } from './normalize-api.ts';
import { defaultSdk } from './read-tryit-config.ts';

/** A valid 3.1 document with the given paths and extra root fields. */
function docWith(paths: Record<string, unknown>, root: Record<string, unknown> = {}) {
  return { openapi: '3.1.0', info: { title: 'Pet Store', version: '1.2.3' }, paths, ...root };
}

function onlyOperation(doc: unknown) {
  const [operation, ...rest] = normalizeApi(doc).operations;
  expect(rest).toHaveLength(0);
  if (!operation) throw new Error('no operation');
  return operation;
}

function validateError(doc: unknown): ApiLoadError {
  try {
    normalizeApi(doc);
  } catch (error) {
    if (error instanceof ApiLoadError) return error;
    throw error;
  }
  throw new Error('expected normalizeApi to throw');
}

const readFixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('normalizeApi: document checks', () => {
  it('rejects Swagger 2.0 saying so', () => {
    const error = validateError(JSON.parse(readFixture('swagger-2.json')));
    expect(error.stage).toBe('validate');
    expect(error.message).toMatch(/Swagger 2\.0 detected/);
    expect(error.message).toMatch(/not supported yet/);
  });

  it('rejects non-objects, a missing `openapi`, other major versions and a missing `paths`', () => {
    expect(validateError('openapi: 3.1.0').message).toMatch(/not an object/);
    expect(validateError([]).message).toMatch(/not an object/);
    expect(validateError({ paths: {} }).message).toMatch(/no `openapi` field/);
    expect(validateError({ openapi: '4.0.0', paths: {} }).message).toMatch(/4\.0\.0 is not supported/);
    expect(validateError({ openapi: '3.0.3' }).message).toMatch(/no `paths`/);
  });

  it('accepts `openapi: 3.0` that YAML read as a number', () => {
    expect(normalizeApi({ openapi: 3.0, paths: {} }).openapiVersion).toBe('3');
    expect(normalizeApi({ openapi: 3.1, paths: {} }).openapiVersion).toBe('3.1');
  });
});

describe('normalizeApi: operations', () => {
  it('reads method, path, summary, description, deprecated, navTitle and ids', () => {
    const operation = onlyOperation(
      docWith({
        '/pets/{petId}': {
          delete: {
            operationId: 'deletePet',
            summary: 'Delete a pet',
            description: 'Gone.',
            deprecated: true,
          },
        },
      }),
    );
    expect(operation).toMatchObject({
      id: 'deletePet',
      operationId: 'deletePet',
      method: 'delete',
      path: '/pets/{petId}',
      summary: 'Delete a pet',
      navTitle: 'Delete a pet',
      description: 'Gone.',
      deprecated: true,
    });
  });

  it('prefers x-tryit-title, then x-oaiMeta.name, then summary, then METHOD path for navTitle', () => {
    const api = normalizeApi(
      docWith({
        '/a': {
          get: { 'x-tryit-title': 'Custom', 'x-oaiMeta': { name: 'Meta' }, summary: 'Summary' },
          put: { 'x-oaiMeta': { name: 'Meta' }, summary: 'Summary' },
          post: { summary: 'Summary' },
          patch: {},
        },
      }),
    );
    expect(api.operations.map((operation) => operation.navTitle)).toEqual([
      'Custom',
      'Meta',
      'Summary',
      'PATCH /a',
    ]);
  });

  it('slugs method + path when there is no operationId, and dedupes collisions', () => {
    const api = normalizeApi(
      docWith({
        '/organization/usage/costs': { get: {} },
        '/organization/usage-costs': { get: {} },
        '/pets/{pet_id}': { get: { operationId: 'get-pets-pet-id' }, post: {} },
        '/pets/{pet-id}': { get: {} },
      }),
    );
    expect(api.operations.map((operation) => operation.id)).toEqual([
      'get-organization-usage-costs',
      'get-organization-usage-costs-2',
      'get-pets-pet-id', // an operationId keeps its name: links and rules use it
      'post-pets-pet-id',
      'get-pets-pet-id-2',
    ]);
    expect(api.operations[0]?.operationId).toBeUndefined();
  });

  it('dedupes duplicate operationIds in document order and keeps the original as operationId', () => {
    const api = normalizeApi(
      docWith({ '/a': { get: { operationId: 'list' } }, '/b': { get: { operationId: 'list' } } }),
    );
    expect(api.operations.map(({ id, operationId }) => [id, operationId])).toEqual([
      ['list', 'list'],
      ['list-2', 'list'],
    ]);
  });

  it('skips non-method keys, non-object entries, extensions and webhooks; follows path item refs', () => {
    const api = normalizeApi(
      docWith(
        {
          'x-internal': { get: {} },
          '/a': {
            summary: 'path summary',
            parameters: [],
            'x-thing': {},
            get: { operationId: 'a' },
            query: {},
            head: 'not an object',
          },
          '/b': 'junk',
          '/c': { $ref: '#/components/pathItems/C' },
          '/d': { $ref: '#/components/pathItems/Missing' },
        },
        {
          webhooks: { newPet: { post: { operationId: 'hook' } } },
          components: { pathItems: { C: { post: { operationId: 'c' } } } },
        },
      ),
    );
    expect(
      api.operations.map((operation) => `${operation.method} ${operation.path} ${operation.id}`),
    ).toEqual(['get /a a', 'post /c c']);
  });
});

describe('normalizeApi: parameters', () => {
  it('merges path-level and operation-level parameters; the operation wins by name and location', () => {
    const operation = onlyOperation(
      docWith({
        '/pets/{id}': {
          parameters: [
            { name: 'id', in: 'path', schema: { type: 'string' } },
            { name: 'limit', in: 'query', description: 'path level', schema: { type: 'integer' } },
            { name: 'limit', in: 'header', schema: { type: 'string' } },
          ],
          get: {
            parameters: [
              { name: 'verbose', in: 'query', schema: { type: 'boolean' } },
              {
                name: 'limit',
                in: 'query',
                description: 'operation level',
                schema: { type: 'integer', maximum: 5 },
              },
            ],
          },
        },
      }),
    );
    expect(operation.parameters.map((p) => `${p.in}:${p.name}:${p.description ?? ''}`)).toEqual([
      'path:id:',
      'query:limit:operation level',
      'header:limit:',
      'query:verbose:',
    ]);
    expect(operation.parameters[1]?.schema).toEqual({ type: 'integer', maximum: 5 });
  });

  it('follows parameter refs and resolves their schemas', () => {
    const operation = onlyOperation(
      docWith(
        {
          '/a': {
            get: {
              parameters: [
                { $ref: '#/components/parameters/Limit' },
                { $ref: '#/components/parameters/Nope' },
              ],
            },
          },
        },
        {
          components: {
            parameters: {
              Limit: {
                name: 'limit',
                in: 'query',
                required: true,
                schema: { $ref: '#/components/schemas/Limit' },
              },
            },
            schemas: { Limit: { type: 'integer', default: 7 } },
          },
        },
      ),
    );
    expect(operation.parameters).toEqual([
      {
        name: 'limit',
        in: 'query',
        required: true,
        deprecated: false,
        schema: { type: 'integer', default: 7 },
        style: 'form',
        explode: true,
        allowReserved: false,
      },
    ]);
  });

  it('defaults style and explode per location and keeps explicit ones', () => {
    const operation = onlyOperation(
      docWith({
        '/a/{p}': {
          get: {
            parameters: [
              { name: 'p', in: 'path', required: false },
              { name: 'q', in: 'query' },
              { name: 'h', in: 'header' },
              { name: 'c', in: 'cookie' },
              { name: 'd', in: 'query', style: 'deepObject', explode: true },
              { name: 's', in: 'query', style: 'spaceDelimited' },
              { name: 'bad', in: 'query', style: 'fancy' },
            ],
          },
        },
      }),
    );
    expect(operation.parameters.map((p) => [p.name, p.style, p.explode, p.required])).toEqual([
      ['p', 'simple', false, true],
      ['q', 'form', true, false],
      ['h', 'simple', false, false],
      ['c', 'form', true, false],
      ['d', 'deepObject', true, false],
      ['s', 'spaceDelimited', false, false],
      ['bad', 'form', true, false],
    ]);
  });

  it('takes a content-based parameter’s schema and example from its first media type', () => {
    const operation = onlyOperation(
      docWith({
        '/a': {
          get: {
            parameters: [
              {
                name: 'filter',
                in: 'query',
                content: {
                  'application/json': {
                    schema: { type: 'object', properties: { q: { type: 'string' } } },
                    example: { q: 'x' },
                  },
                  'text/plain': { schema: { type: 'string' } },
                },
              },
            ],
          },
        },
      }),
    );
    expect(operation.parameters[0]).toMatchObject({
      schema: { type: 'object', properties: { q: { type: 'string' } } },
      example: { q: 'x' },
    });
  });

  it('drops malformed parameters and the headers OpenAPI says to ignore', () => {
    const operation = onlyOperation(
      docWith({
        '/a': {
          get: {
            parameters: [
              { in: 'query' },
              { name: 'x', in: 'body' },
              'junk',
              { name: 'Accept', in: 'header' },
              { name: 'authorization', in: 'header' },
              { name: 'OpenAI-Project', in: 'header' },
            ],
          },
        },
      }),
    );
    expect(operation.parameters.map((p) => p.name)).toEqual(['OpenAI-Project']);
    expect(operation.parameters[0]?.schema).toEqual({});
  });

  it('keeps 3.0 nullable and 3.1 type arrays as written', () => {
    const operation = onlyOperation(
      docWith({
        '/a': {
          get: {
            parameters: [
              {
                name: 'old',
                in: 'query',
                schema: { type: 'integer', nullable: true, exclusiveMinimum: true, minimum: 0 },
              },
              { name: 'new', in: 'query', schema: { type: ['integer', 'null'], exclusiveMinimum: 0 } },
            ],
          },
        },
      }),
    );
    expect(operation.parameters.map((p) => p.schema)).toEqual([
      { type: 'integer', nullable: true, exclusiveMinimum: true, minimum: 0 },
      { type: ['integer', 'null'], exclusiveMinimum: 0 },
    ]);
  });
});

describe('normalizeApi: request bodies', () => {
  it('follows the body ref, resolves each media type schema and keeps document order', () => {
    const operation = onlyOperation(
      docWith(
        { '/a': { post: { requestBody: { $ref: '#/components/requestBodies/Pet' } } } },
        {
          components: {
            requestBodies: {
              Pet: {
                required: true,
                description: 'The pet.',
                content: {
                  'multipart/form-data': { schema: { $ref: '#/components/schemas/Pet' } },
                  'application/json': {
                    schema: { $ref: '#/components/schemas/Pet' },
                    example: { name: 'Rex' },
                  },
                },
              },
            },
            schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } },
          },
        },
      ),
    );
    // `schema` resolved for the form; `schemaRef` keeps the ref for the reference column.
    const schemaRef = { $ref: '#/components/schemas/Pet' };
    expect(operation.requestBody).toEqual({
      required: true,
      description: 'The pet.',
      content: {
        'multipart/form-data': {
          schema: { type: 'object', properties: { name: { type: 'string' } } },
          schemaRef,
        },
        'application/json': {
          schema: { type: 'object', properties: { name: { type: 'string' } } },
          schemaRef,
          example: { name: 'Rex' },
        },
      },
    });
    expect(Object.keys(operation.requestBody?.content ?? {})).toEqual([
      'multipart/form-data',
      'application/json',
    ]);
  });

  it('omits a body whose ref cannot be followed', () => {
    const operation = onlyOperation(
      docWith({ '/a': { post: { requestBody: { $ref: 'other.yaml#/Body' } } } }),
    );
    expect(operation.requestBody).toBeUndefined();
  });
});

describe('normalizeApi: security', () => {
  const schemes = {
    components: {
      securitySchemes: {
        Bearer: { type: 'http', scheme: 'Bearer', bearerFormat: 'JWT' },
        Key: { type: 'apiKey', in: 'query', name: 'api_key', description: 'Query key' },
        Shared: { $ref: '#/components/securitySchemes/Key' },
        OAuth: { type: 'oauth2', flows: {} },
        Broken: { type: 'apiKey', in: 'body', name: 'x' },
        Unknown: { type: 'magic' },
      },
    },
  };

  it('normalizes security schemes into the union', () => {
    expect(normalizeApi(docWith({}, schemes)).securitySchemes).toEqual({
      Bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      Key: { type: 'apiKey', in: 'query', name: 'api_key', description: 'Query key' },
      Shared: { type: 'apiKey', in: 'query', name: 'api_key', description: 'Query key' },
      OAuth: { type: 'oauth2' },
    });
  });

  it('inherits root security, lets an operation override it, and reads [] and {}', () => {
    const api = normalizeApi(
      docWith(
        {
          '/inherit': { get: {} },
          '/override': { get: { security: [{ Key: [] }, { Bearer: [], Key: [] }] } },
          '/none': { get: { security: [] } },
          '/optional': { get: { security: [{}, { Bearer: ['read'] }] } },
        },
        { ...schemes, security: [{ Bearer: [] }] },
      ),
    );
    expect(api.operations.map((operation) => operation.security)).toEqual([
      [['Bearer']],
      [['Key'], ['Bearer', 'Key']],
      [],
      [[], ['Bearer']],
    ]);
  });

  it('means no auth when neither the operation nor the root says anything', () => {
    expect(onlyOperation(docWith({ '/a': { get: {} } })).security).toEqual([]);
  });
});

describe('normalizeApi: servers', () => {
  it('uses operation servers, else path servers, else root servers, with variables', () => {
    const api = normalizeApi(
      docWith(
        {
          '/root': { get: {} },
          '/path': {
            servers: [{ url: 'https://path.example.com' }],
            get: {},
            post: { servers: [{ url: 'https://op.example.com', description: 'Operation' }] },
            put: { servers: [] },
          },
        },
        {
          servers: [
            {
              url: 'https://{region}.example.com:{port}/v1',
              variables: {
                region: { default: 'eu', enum: ['eu', 'us'], description: 'Region' },
                port: { default: 443 },
                broken: { enum: ['x'] },
              },
            },
          ],
        },
      ),
    );
    expect(api.servers).toEqual([
      {
        url: 'https://{region}.example.com:{port}/v1',
        variables: {
          region: { default: 'eu', enum: ['eu', 'us'], description: 'Region' },
          port: { default: '443' },
        },
      },
    ]);
    expect(api.operations.map((operation) => operation.servers.map((server) => server.url))).toEqual([
      ['https://{region}.example.com:{port}/v1'],
      ['https://path.example.com'],
      ['https://op.example.com'],
      ['https://path.example.com'],
    ]);
  });

  it('defaults to `/` when the document lists no servers', () => {
    const api = normalizeApi(docWith({ '/a': { get: {} } }));
    expect(api.servers).toEqual([{ url: '/', variables: {} }]);
    expect(api.operations[0]?.servers).toEqual([{ url: '/', variables: {} }]);
  });
});

describe('normalizeApi: tags', () => {
  it('orders declared tags first, then by first use; untagged operations go to a fallback tag', () => {
    const api = normalizeApi(
      docWith(
        {
          '/a': { get: { tags: ['Zebra'] } },
          '/b': { get: {} },
          '/c': { get: { tags: ['Apple', 'Zebra', 'Apple'] } },
          '/d': { get: { tags: ['Mango'] } },
        },
        { tags: [{ name: 'Mango', description: 'Fruit' }, { name: 'Unused' }, { name: 'Apple' }] },
      ),
    );
    expect(api.tags).toEqual([
      { name: 'Mango', description: 'Fruit' },
      { name: 'Apple' },
      { name: 'Zebra' },
      { name: untaggedTagName },
    ]);
    expect(api.operations.map((operation) => operation.tags)).toEqual([
      ['Zebra'],
      [untaggedTagName],
      ['Apple', 'Zebra'],
      ['Mango'],
    ]);
  });
});

describe('normalizeApi: x-tryit configuration and rules', () => {
  it('defaults the configuration when the document has none', () => {
    const api = normalizeApi(docWith({}));
    expect(api.title).toBe('Pet Store');
    expect(api.version).toBe('1.2.3');
    expect(api.config).toEqual({
      apiId: 'pet-store',
      apiName: 'Pet Store',
      sdk: defaultSdk,
      arrayFormat: 'repeat',
      credentialEnv: {},
      credentialLabel: {},
    });
  });

  it('reads the configuration, ignoring malformed values', () => {
    const api = normalizeApi(
      docWith(
        {},
        {
          'x-tryit': {
            apiId: 'pets',
            apiName: 'Pets',
            sdk: { package: '@acme/pets', client: 42 },
            arrayFormat: 'brackets',
            credentialEnv: { Bearer: 'PETS_TOKEN', Bad: 1 },
            credentialLabel: 'nope',
          },
        },
      ),
    );
    expect(api.config).toEqual({
      apiId: 'pets',
      apiName: 'Pets',
      sdk: { package: '@acme/pets', client: defaultSdk.client },
      arrayFormat: 'brackets',
      credentialEnv: { Bearer: 'PETS_TOKEN' },
      credentialLabel: {},
    });
  });

  it('makes the SDK client a legal module binding: camelCased, a reserved word prefixed', () => {
    const client = (name: string) =>
      normalizeApi(docWith({}, { 'x-tryit': { sdk: { package: 'p', client: name } } })).config.sdk.client;
    expect(client('default')).toBe('_default');
    expect(client('my-client')).toBe('myClient');
    expect(client('x; alert(1)')).toBe('xAlert1');
  });

  it('selects rules by operation id or `*`, drops rules about missing parameters, appends the operation’s own', () => {
    const params = (...names: string[]) =>
      names.map((name) => ({ name, in: 'query', schema: { type: 'integer' } }));
    const api = normalizeApi(
      docWith(
        {
          '/a': {
            get: {
              operationId: 'a',
              parameters: params('start', 'end', 'limit'),
              'x-tryit-rules': [
                { kind: 'bounds', target: 'limit', maximum: 9 },
                { kind: 'bounds', target: 'nope', maximum: 1 },
                'junk',
              ],
            },
          },
          '/b': { get: { operationId: 'b', parameters: params('limit') } },
          '/c': { get: { parameters: params('limit') } },
        },
        {
          'x-tryit': {
            rules: [
              { operations: ['a', 'b'], rule: { kind: 'bounds', target: 'limit', default: 7 } },
              { operations: ['*'], rule: { kind: 'compare', left: 'end', op: '>', right: 'start' } },
              { operations: 'get-c', rule: { kind: 'bounds', target: 'limit', minimum: 2 } },
              { operations: ['a'], rule: { kind: 'compare', left: 'end', op: '!=', right: 'start' } },
              { operations: ['a'] },
              'junk',
            ],
          },
        },
      ),
    );
    expect(api.operations.map((operation) => operation.rules)).toEqual([
      [
        { kind: 'bounds', target: 'limit', default: 7 },
        { kind: 'compare', left: 'end', op: '>', right: 'start' },
        { kind: 'bounds', target: 'limit', maximum: 9 },
      ],
      [{ kind: 'bounds', target: 'limit', default: 7 }],
      [{ kind: 'bounds', target: 'limit', minimum: 2 }],
    ]);
  });
});

describe('normalizeApi: hostile documents', () => {
  it('does not let `__proto__` keys pollute prototypes or reach the model', () => {
    const api = normalizeApi(JSON.parse(readFixture('prototype-pollution.json')));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(api.securitySchemes)).toEqual(['constructor']);
    expect(Object.getPrototypeOf(api.securitySchemes)).toBe(Object.prototype);
    expect(api.config.credentialEnv).toEqual({ constructor: 'CONSTRUCTOR_ENV', Key: 'KEY_ENV' });
    expect(Object.getPrototypeOf(api.config.credentialEnv)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(api.config.credentialLabel)).toBe(Object.prototype);
    const [operation] = api.operations;
    expect(api.operations).toHaveLength(1);
    expect(operation?.id).toBe('__proto__');
    expect(operation?.parameters[0]?.schema).toMatchObject({
      'x-unresolved': '#/components/schemas/__proto__',
    });
    expect(Object.keys(operation?.requestBody?.content ?? {})).toEqual(['application/json']);
    expect(operation?.requestBody?.content['application/json']?.schema).toEqual({
      type: 'object',
      properties: {},
    });
  });

  it('bounds the total expansion of many operations sharing an explosive schema', () => {
    const schemas: Record<string, unknown> = { L30: { type: 'string' } };
    for (let i = 29; i >= 0; i--) {
      schemas[`L${i}`] = {
        type: 'object',
        properties: {
          a: { $ref: `#/components/schemas/L${i + 1}` },
          b: { $ref: `#/components/schemas/L${i + 1}` },
        },
      };
    }
    const paths: Record<string, unknown> = {};
    const body = { content: { 'application/json': { schema: { $ref: '#/components/schemas/L0' } } } };
    for (let i = 0; i < 200; i++) paths[`/op${i}`] = { post: { requestBody: body } };
    const start = performance.now();
    const api = normalizeApi(docWith(paths, { components: { schemas } }));
    const elapsed = performance.now() - start;
    expect(api.operations).toHaveLength(200);
    expect(elapsed).toBeLessThan(5000);
    expect(api.operations.at(-1)?.requestBody?.content['application/json']?.schema).toMatchObject({
      'x-truncated': true,
    });
  });

  it('survives a parameter schema nested thousands of levels deep', () => {
    let deep: Record<string, unknown> = { type: 'string' };
    for (let i = 0; i < 10_000; i++) deep = { type: 'array', items: deep };
    const start = performance.now();
    const operation = onlyOperation(
      docWith({ '/a': { get: { parameters: [{ name: 'x', in: 'query', schema: deep }] } } }),
    );
    expect(performance.now() - start).toBeLessThan(1000);
    expect(JSON.stringify(operation)).toContain('"x-truncated":true');
  });
});
