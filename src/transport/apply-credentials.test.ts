import { describe, expect, it } from 'vitest';
import { applyCredentials } from './apply-credentials.ts';
import type { NamedScheme } from './named-scheme.ts';

const empty = {
  headers: [] as [string, string][],
  query: [] as [string, string][],
  cookies: [] as [string, string][],
};
const bearer: NamedScheme = { name: 'Bearer', scheme: { type: 'http', scheme: 'bearer' } };

describe('applyCredentials', () => {
  it.each<[string, NamedScheme, Partial<Record<'headers' | 'query' | 'cookies', [string, string][]>>]>([
    ['http bearer', bearer, { headers: [['Authorization', 'Bearer k']] }],
    [
      'http BEARER (case-insensitive)',
      { name: 'S', scheme: { type: 'http', scheme: 'BEARER' } },
      { headers: [['Authorization', 'Bearer k']] },
    ],
    [
      'http basic',
      { name: 'S', scheme: { type: 'http', scheme: 'basic' } },
      { headers: [['Authorization', 'Basic aw==']] },
    ],
    [
      'apiKey header',
      { name: 'S', scheme: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
      { headers: [['X-Api-Key', 'k']] },
    ],
    [
      'apiKey query',
      { name: 'S', scheme: { type: 'apiKey', in: 'query', name: 'key' } },
      { query: [['key', 'k']] },
    ],
    [
      'apiKey cookie',
      { name: 'S', scheme: { type: 'apiKey', in: 'cookie', name: 'sid' } },
      { cookies: [['sid', 'k']] },
    ],
    [
      'oauth2 (pasted token)',
      { name: 'S', scheme: { type: 'oauth2' } },
      { headers: [['Authorization', 'Bearer k']] },
    ],
    [
      'openIdConnect (pasted token)',
      { name: 'S', scheme: { type: 'openIdConnect' } },
      { headers: [['Authorization', 'Bearer k']] },
    ],
  ])('%s', (_label, scheme, expected) => {
    expect(applyCredentials(empty, [scheme], { [scheme.name]: 'k' })).toEqual({
      headers: [],
      query: [],
      cookies: [],
      ...expected,
      missing: [],
      unsupported: [],
    });
  });

  it('Basic encodes the UTF-8 bytes of user:password', () => {
    const applied = applyCredentials(empty, [{ name: 'B', scheme: { type: 'http', scheme: 'basic' } }], {
      B: 'ü:pässword',
    });
    expect(applied.headers).toEqual([
      ['Authorization', `Basic ${Buffer.from('ü:pässword').toString('base64')}`],
    ]);
  });

  it('trims a pasted credential and treats an empty one as missing', () => {
    expect(applyCredentials(empty, [bearer], { Bearer: '  sk-1\n' }).headers).toEqual([
      ['Authorization', 'Bearer sk-1'],
    ]);
    expect(applyCredentials(empty, [bearer], { Bearer: '  ' })).toMatchObject({
      headers: [],
      missing: ['Bearer'],
    });
    expect(applyCredentials(empty, [bearer], {})).toMatchObject({ headers: [], missing: ['Bearer'] });
  });

  it('does not read inherited properties as credentials', () => {
    const scheme: NamedScheme = { name: 'toString', scheme: { type: 'http', scheme: 'bearer' } };
    expect(applyCredentials(empty, [scheme], {}).missing).toEqual(['toString']);
  });

  it('reports schemes a page cannot apply', () => {
    const applied = applyCredentials(
      empty,
      [
        { name: 'tls', scheme: { type: 'mutualTLS' } },
        { name: 'digest', scheme: { type: 'http', scheme: 'digest' } },
      ],
      { tls: 'x', digest: 'y' },
    );
    expect(applied).toEqual({
      headers: [],
      query: [],
      cookies: [],
      missing: [],
      unsupported: ['tls', 'digest'],
    });
  });

  it('a credential replaces a request entry of the same name (headers case-insensitively), keeping order', () => {
    const request = {
      headers: [
        ['authorization', 'Bearer old'],
        ['X-A', '1'],
      ] as [string, string][],
      query: [
        ['key', 'old'],
        ['Key', 'other'],
        ['a', '1'],
      ] as [string, string][],
      cookies: [['sid', 'old'] as [string, string]],
    };
    const applied = applyCredentials(
      request,
      [
        bearer,
        { name: 'Q', scheme: { type: 'apiKey', in: 'query', name: 'key' } },
        { name: 'C', scheme: { type: 'apiKey', in: 'cookie', name: 'sid' } },
      ],
      { Bearer: 'new', Q: 'q', C: 'c' },
    );
    expect(applied.headers).toEqual([
      ['X-A', '1'],
      ['Authorization', 'Bearer new'],
    ]);
    expect(applied.query).toEqual([
      ['Key', 'other'],
      ['a', '1'],
      ['key', 'q'],
    ]);
    expect(applied.cookies).toEqual([['sid', 'c']]);
  });

  it('with a source function, puts whatever it returns in the credential slot', () => {
    const applied = applyCredentials(
      empty,
      [{ name: 'B', scheme: { type: 'http', scheme: 'basic' } }],
      (slot) => ({
        placeholder: slot.scheme,
        prefix: slot.prefix,
        encoding: slot.encoding,
      }),
    );
    expect(applied.headers).toEqual([
      ['Authorization', { placeholder: 'B', prefix: 'Basic ', encoding: 'base64' }],
    ]);
  });
});
