import { describe, expect, it } from 'vitest';
import { resolveServerUrl } from './resolve-server-url.ts';

describe('resolveServerUrl', () => {
  const server = {
    url: 'https://{region}.example.com/{version}/',
    variables: { region: { default: 'us', enum: ['us', 'eu'] }, version: { default: 'v1' } },
  };

  it('substitutes defaults, given values, and drops the trailing slash', () => {
    expect(resolveServerUrl(server)).toBe('https://us.example.com/v1');
    expect(resolveServerUrl(server, { region: 'eu', version: '' })).toBe('https://eu.example.com/v1');
  });

  it('leaves unknown variables visible', () => {
    expect(resolveServerUrl({ url: 'https://{tenant}.example.com', variables: {} })).toBe(
      'https://{tenant}.example.com',
    );
  });

  it('resolves a relative server against the description URL (OpenAPI), keeping absolute ones as they are', () => {
    const doc = 'https://docs.example.com/apis/pets/openapi.yaml?v=2#top';
    expect(resolveServerUrl({ url: '/api/v1', variables: {} }, {}, doc)).toBe(
      'https://docs.example.com/api/v1',
    );
    expect(resolveServerUrl({ url: 'v2/', variables: {} }, {}, doc)).toBe(
      'https://docs.example.com/apis/pets/v2',
    );
    expect(resolveServerUrl({ url: '../', variables: {} }, {}, doc)).toBe('https://docs.example.com/apis');
    expect(resolveServerUrl({ url: '//cdn.example.net/x', variables: {} }, {}, doc)).toBe(
      'https://cdn.example.net/x',
    );
    expect(resolveServerUrl(server, {}, doc)).toBe('https://us.example.com/v1');
  });

  it("reads an absent servers list ('/') as the description's origin, and variables before resolving", () => {
    const page = 'http://127.0.0.1:5173/docs/tryit/?spec=x#/operations/a';
    expect(resolveServerUrl({ url: '/', variables: {} }, {}, page)).toBe('http://127.0.0.1:5173');
    const relative = { url: '/{version}', variables: { version: { default: 'v1' } } };
    expect(resolveServerUrl(relative, {}, page)).toBe('http://127.0.0.1:5173/v1');
    expect(resolveServerUrl(relative, { version: 'v3' }, page)).toBe('http://127.0.0.1:5173/v3');
    // Without a document URL a relative server stays as written.
    expect(resolveServerUrl(relative)).toBe('/v1');
  });
});
