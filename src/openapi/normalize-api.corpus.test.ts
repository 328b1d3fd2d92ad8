import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ApiModel } from './model.ts';
import { normalizeApi } from './normalize-api.ts';
import { parseApiText } from './parse-api-text.ts';

const specText = (name: string) => readFileSync(new URL(`../../specs/${name}`, import.meta.url), 'utf8');

describe('the default API (usage + costs) with its overlay', () => {
  let api: ApiModel;
  beforeAll(async () => {
    // As scripts/vite-plugin-openapi.ts does at build time: the overlay's `x-tryit` lands on the root.
    const doc = (await parseApiText(specText('openai-usage.yaml'))) as Record<string, unknown>;
    const overlay = (await parseApiText(specText('openai-usage.tryit.yaml'))) as Record<string, unknown>;
    doc['x-tryit'] = overlay['x-tryit'];
    api = normalizeApi(doc);
  });

  const operation = (id: string) => {
    const found = api.operations.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no operation ${id}`);
    return found;
  };

  it('has 11 operations, all tagged Usage, all behind the admin key', () => {
    expect(api.operations).toHaveLength(11);
    expect(api.tags).toEqual([{ name: 'Usage' }]);
    expect(api.operations.every((op) => op.tags.join() === 'Usage' && op.method === 'get')).toBe(true);
    expect(api.operations.every((op) => JSON.stringify(op.security) === '[["AdminApiKeyAuth"]]')).toBe(true);
    expect(api.securitySchemes).toEqual({ AdminApiKeyAuth: { type: 'http', scheme: 'bearer' } });
    expect(api.servers).toEqual([{ url: 'https://api.openai.com/v1', variables: {} }]);
  });

  it('reads the overlay configuration', () => {
    expect(api.config).toEqual({
      apiId: 'openai-usage',
      apiName: 'OpenAI API',
      sdk: { package: '@utdk/openai', client: 'openai' },
      arrayFormat: 'repeat',
      credentialEnv: { AdminApiKeyAuth: 'OPENAI_ADMIN_KEY' },
      credentialLabel: { AdminApiKeyAuth: 'Admin API key' },
      officialSdk: {
        label: 'OpenAI SDK',
        package: 'openai',
        importName: 'OpenAI',
        client: 'client',
        baseUrlOption: 'baseURL',
        keyEnv: 'OPENAI_ADMIN_KEY',
      },
    });
  });

  it('maps every usage and costs operation to its method in the official SDK', () => {
    expect(Object.fromEntries(api.operations.map((op) => [op.id, op.sdkMethod]))).toEqual({
      'usage-costs': 'admin.organization.usage.costs',
      'usage-audio-speeches': 'admin.organization.usage.audioSpeeches',
      'usage-audio-transcriptions': 'admin.organization.usage.audioTranscriptions',
      'usage-code-interpreter-sessions': 'admin.organization.usage.codeInterpreterSessions',
      'usage-completions': 'admin.organization.usage.completions',
      'usage-embeddings': 'admin.organization.usage.embeddings',
      'usage-file-search-calls': 'admin.organization.usage.fileSearchCalls',
      'usage-images': 'admin.organization.usage.images',
      'usage-moderations': 'admin.organization.usage.moderations',
      'usage-vector-stores': 'admin.organization.usage.vectorStores',
      'usage-web-search-calls': 'admin.organization.usage.webSearchCalls',
    });
  });

  it('lists audio speeches parameters in document order with form/explode query defaults', () => {
    const speeches = operation('usage-audio-speeches');
    expect(speeches.navTitle).toBe('Audio speeches');
    expect(speeches.parameters.map((p) => p.name)).toEqual([
      'start_time',
      'end_time',
      'bucket_width',
      'project_ids',
      'user_ids',
      'api_key_ids',
      'models',
      'group_by',
      'limit',
      'page',
    ]);
    expect(speeches.parameters.every((p) => p.in === 'query' && p.style === 'form' && p.explode)).toBe(true);
    expect(speeches.parameters.find((p) => p.name === 'start_time')?.required).toBe(true);
    expect(speeches.parameters.find((p) => p.name === 'project_ids')?.schema).toEqual({
      type: 'array',
      items: { type: 'string' },
    });
  });

  it('gives audio speeches the bucket-dependent limit rule and the end-after-start rule', () => {
    expect(operation('usage-audio-speeches').rules).toEqual([
      {
        kind: 'depends',
        target: 'limit',
        on: 'bucket_width',
        cases: {
          '1d': { default: 7, minimum: 1, maximum: 31 },
          '1h': { default: 24, minimum: 1, maximum: 168 },
          '1m': { default: 60, minimum: 1, maximum: 1440 },
        },
      },
      {
        kind: 'compare',
        left: 'end_time',
        op: '>',
        right: 'start_time',
        message: 'end_time must be after start_time',
      },
    ]);
  });

  it('gives costs the fixed bounds rule and the end-after-start rule', () => {
    expect(operation('usage-costs').rules).toEqual([
      { kind: 'bounds', target: 'limit', default: 7, minimum: 1, maximum: 180 },
      {
        kind: 'compare',
        left: 'end_time',
        op: '>',
        right: 'start_time',
        message: 'end_time must be after start_time',
      },
    ]);
  });

  it('gives every usage operation the depends rule, and nothing else gets it', () => {
    const withDepends = api.operations.filter((op) => op.rules.some((rule) => rule.kind === 'depends'));
    expect(withDepends.map((op) => op.id).sort()).toEqual(
      api.operations
        .map((op) => op.id)
        .filter((id) => id !== 'usage-costs')
        .sort(),
    );
  });
});

describe('the full OpenAI description', () => {
  let api: ApiModel;
  beforeAll(async () => {
    api = normalizeApi(await parseApiText(specText('openai-openapi.yaml'), 'openai-openapi.yaml'));
  });

  it('has exactly 288 operations with unique ids', () => {
    expect(api.operations).toHaveLength(288);
    expect(new Set(api.operations.map((op) => op.id)).size).toBe(288);
  });

  it('resolves every parameter schema and request-body schema to JSON without refs', () => {
    let schemas = 0;
    for (const op of api.operations) {
      const bodySchemas = Object.values(op.requestBody?.content ?? {}).map((media) => media.schema);
      for (const schema of [...op.parameters.map((p) => p.schema), ...bodySchemas]) {
        if (schema === undefined) continue;
        const text = JSON.stringify(schema);
        expect(text, op.id).not.toContain('"$ref"');
        expect(text, op.id).not.toContain('"x-unresolved"');
        expect(text, op.id).not.toContain('"x-truncated"');
        schemas++;
      }
    }
    expect(schemas).toBeGreaterThan(400);
  });

  it('gives each operation a title, a tag, security and a server', () => {
    for (const op of api.operations) {
      expect(op.navTitle, op.id).not.toBe('');
      expect(op.tags.length, op.id).toBeGreaterThan(0);
      expect(op.servers, op.id).toEqual([{ url: 'https://api.openai.com/v1', variables: {} }]);
    }
    expect(api.operations.find((op) => op.id === 'createChatCompletion')?.security).toEqual([['ApiKeyAuth']]);
    expect(api.operations.find((op) => op.id === 'usage-costs')?.security).toEqual([['AdminApiKeyAuth']]);
  });

  it('survives the structured clone a worker reply goes through', () => {
    expect(structuredClone(api).operations).toHaveLength(288);
  });
});
