import { describe, expect, it } from 'vitest';
import { firstServerUrl } from './first-server-url.ts';

describe('firstServerUrl', () => {
  it('takes the first absolute server, without a trailing slash', () => {
    expect(firstServerUrl({ openapi: '3.0.0', servers: [{ url: 'https://api.openai.com/v1/' }] })).toBe(
      'https://api.openai.com/v1',
    );
  });

  it('skips relative servers and fills server variables with their defaults', () => {
    const doc = {
      openapi: '3.1.0',
      servers: [
        { url: '/api/v1' },
        {
          url: 'https://{region}.example.com:{port}/base',
          variables: { region: { default: 'eu' }, port: { default: '8443' } },
        },
      ],
    };
    expect(firstServerUrl(doc)).toBe('https://eu.example.com:8443/base');
  });

  it('names none when there is none usable', () => {
    expect(firstServerUrl({ openapi: '3.0.0' })).toBeUndefined();
    expect(firstServerUrl({ openapi: '3.0.0', servers: [{ url: '/relative' }] })).toBeUndefined();
    // A variable without a default cannot be filled.
    expect(
      firstServerUrl({ openapi: '3.0.0', servers: [{ url: 'https://{tenant}.example.com' }] }),
    ).toBeUndefined();
    expect(firstServerUrl('not a document')).toBeUndefined();
  });

  it('reads Swagger 2.0 host, basePath and schemes (https preferred)', () => {
    expect(
      firstServerUrl({
        swagger: '2.0',
        host: 'petstore.example',
        basePath: '/v2',
        schemes: ['http', 'https'],
      }),
    ).toBe('https://petstore.example/v2');
    expect(firstServerUrl({ swagger: '2.0', host: 'local:8080', schemes: ['http'] })).toBe(
      'http://local:8080',
    );
    expect(firstServerUrl({ swagger: '2.0', basePath: '/v2' })).toBeUndefined();
  });
});
