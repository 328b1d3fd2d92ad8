import { describe, expect, it } from 'vitest';
import { normalizeApi } from './normalize-api.ts';

const payload = {
  description: 'The event.',
  required: true,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Event' } } },
};
const ack = { '200': { description: 'Acknowledge with 200.' } };

describe('normalizeApi: webhooks (3.1)', () => {
  it('reads each webhook and method as a read-only operation named after the webhook', () => {
    const api = normalizeApi({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths: {},
      webhooks: {
        batch_done: {
          post: { description: 'Sent when a batch is done.', requestBody: payload, responses: ack },
        },
        pet: {
          $ref: '#/components/pathItems/PetHook',
        },
        broken: { $ref: '#/components/pathItems/Missing' },
      },
      components: {
        schemas: { Event: { type: 'object', properties: { id: { type: 'string' } } } },
        pathItems: {
          PetHook: {
            post: { summary: 'Pet created', responses: ack },
            delete: { summary: 'Pet gone', 'x-oaiMeta': { name: 'Pet deleted' }, responses: ack },
          },
        },
      },
    });
    expect(api.operations).toEqual([]);
    expect(api.webhooks?.map(({ id, method, path, navTitle }) => ({ id, method, path, navTitle }))).toEqual([
      { id: 'batch-done', method: 'post', path: 'batch_done', navTitle: 'batch_done' },
      { id: 'pet-post', method: 'post', path: 'pet', navTitle: 'Pet created' },
      { id: 'pet-delete', method: 'delete', path: 'pet', navTitle: 'Pet deleted' },
    ]);
    const [batch] = api.webhooks ?? [];
    expect(batch?.description).toBe('Sent when a batch is done.');
    expect(batch?.responses).toEqual([
      { status: '200', description: 'Acknowledge with 200.', headers: [], content: {} },
    ]);
    expect(batch?.requestBody?.content['application/json']?.schemaRef).toEqual({
      $ref: '#/components/schemas/Event',
    });
    // Never tried: no servers, security or rules of the API apply to the reader's receiver.
    expect(batch).toMatchObject({ servers: [], security: [], rules: [] });
    expect(api.schemas['#/components/schemas/Event']).toBeDefined();
  });

  it('leaves `webhooks` out when the document has none', () => {
    const api = normalizeApi({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: {} });
    expect(api.webhooks).toBeUndefined();
  });
});

describe('normalizeApi: callbacks', () => {
  it('reads named callbacks (refs followed) with their expressions as paths, one level deep', () => {
    const api = normalizeApi({
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {
        '/subscribe': {
          post: {
            operationId: 'subscribe',
            responses: { '201': { description: 'Subscribed' } },
            callbacks: {
              onEvent: {
                '{$request.body#/callbackUrl}': {
                  post: {
                    requestBody: payload,
                    responses: ack,
                    // Not read: callbacks inside callbacks.
                    callbacks: { again: { '{$url}': { get: { responses: ack } } } },
                  },
                },
                'x-note': 'an extension, not an expression',
              },
              shared: { $ref: '#/components/callbacks/Shared' },
            },
          },
        },
      },
      components: {
        schemas: { Event: { type: 'object' } },
        callbacks: { Shared: { '{$request.query.url}': { get: { summary: 'Ping', responses: ack } } } },
      },
    });
    const [subscribe] = api.operations;
    expect(
      subscribe?.callbacks?.map((c) => [c.name, c.operations.map((o) => [o.method, o.path, o.id])]),
    ).toEqual([
      ['onEvent', [['post', '{$request.body#/callbackUrl}', 'subscribe-onevent']]],
      ['shared', [['get', '{$request.query.url}', 'subscribe-shared']]],
    ]);
    expect(subscribe?.callbacks?.[0]?.operations[0]?.callbacks).toBeUndefined();
    expect(api.operations[0]?.responses.map((r) => r.status)).toEqual(['201']);
  });

  it('leaves `callbacks` out when an operation has none', () => {
    const api = normalizeApi({
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: { '/a': { get: { callbacks: { empty: {} } } } },
    });
    expect(api.operations[0]?.callbacks).toBeUndefined();
  });
});
