import { describe, expect, it } from 'vitest';
import { readOfficialSdk } from './read-official-sdk.ts';

const openai = {
  label: 'OpenAI SDK',
  package: 'openai',
  import: 'OpenAI',
  client: 'client',
  baseUrlOption: 'baseURL',
  keyEnv: 'OPENAI_ADMIN_KEY',
  methods: { 'usage-costs': 'admin.organization.usage.costs' },
};

describe('readOfficialSdk', () => {
  it('reads the names and the per-operation method paths', () => {
    const sdk = readOfficialSdk(openai);
    expect(sdk?.config).toEqual({
      label: 'OpenAI SDK',
      package: 'openai',
      importName: 'OpenAI',
      client: 'client',
      baseUrlOption: 'baseURL',
      keyEnv: 'OPENAI_ADMIN_KEY',
    });
    expect(sdk?.methodOf('usage-costs')).toBe('admin.organization.usage.costs');
    expect(sdk?.methodOf('usage-images')).toBeUndefined();
  });

  it('defaults the label, client and base URL option', () => {
    expect(readOfficialSdk({ package: '@acme/pets', import: 'Pets' })?.config).toEqual({
      label: '@acme/pets SDK',
      package: '@acme/pets',
      importName: 'Pets',
      client: 'client',
      baseUrlOption: 'baseURL',
    });
  });

  it('maps by prefix rule: the rest of the operationId camelCased; a listed method wins', () => {
    const sdk = readOfficialSdk({
      ...openai,
      methodRules: [
        { operationIdPrefix: 'usage-', path: 'admin.organization.usage.{name}' },
        { operationIdPrefix: 'list_', path: '{name}.list' },
      ],
    });
    expect(sdk?.methodOf('usage-audio-speeches')).toBe('admin.organization.usage.audioSpeeches');
    expect(sdk?.methodOf('usage-file_search_calls')).toBe('admin.organization.usage.fileSearchCalls');
    expect(sdk?.methodOf('list_vector_stores')).toBe('vectorStores.list');
    expect(sdk?.methodOf('usage-costs')).toBe('admin.organization.usage.costs');
    // Nothing after the prefix, or a rest that is no identifier: no method.
    expect(sdk?.methodOf('usage-')).toBeUndefined();
    expect(sdk?.methodOf('usage-2fa')).toBeUndefined();
    expect(sdk?.methodOf('createThing')).toBeUndefined();
  });

  it.each([
    ['no package', { import: 'X' }],
    ['a package name with a quote', { package: "x'; alert(1); '", import: 'X' }],
    ['an upper-case package name', { package: 'OpenAI', import: 'X' }],
    ['an import that is no identifier', { package: 'x', import: 'X()' }],
    ['a reserved import', { package: 'x', import: 'default' }],
    ['a client that is the import', { package: 'x', import: 'X', client: 'X' }],
    ['a base URL option with a dot', { package: 'x', import: 'X', baseUrlOption: 'a.b' }],
    ['not an object', 'openai'],
  ])('drops the whole setting for %s: no tab rather than broken or injected code', (_what, raw) => {
    expect(readOfficialSdk(raw)).toBeUndefined();
  });

  it('drops method paths and rules that could inject code, and a key variable no shell accepts', () => {
    const sdk = readOfficialSdk({
      ...openai,
      keyEnv: 'KEY; rm -rf /',
      methods: { a: 'x.y', b: 'x.y()', c: 'x["y"]', d: 'x..y', e: 42, __proto__: 'polluted' },
      methodRules: [
        { operationIdPrefix: 'p-', path: 'x.{name}();' },
        { operationIdPrefix: 'q-', path: 'no.slot' },
        'junk',
      ],
    });
    expect(sdk?.config.keyEnv).toBeUndefined();
    expect(['a', 'b', 'c', 'd', 'e'].map((id) => sdk?.methodOf(id))).toEqual([
      'x.y',
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(sdk?.methodOf('p-thing')).toBeUndefined();
    expect(sdk?.methodOf('q-thing')).toBeUndefined();
    expect(sdk?.methodOf('constructor')).toBeUndefined();
  });
});
