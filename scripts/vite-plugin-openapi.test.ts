import { afterEach, describe, expect, it } from 'vitest';
import { collectMarkdownSources } from '../src/markdown/collect-markdown-sources.ts';
import type { MdNode } from '../src/markdown/markdown-tree.ts';
import { parseMarkdown } from '../src/markdown/parse-markdown.ts';
import type { ApiModel } from '../src/openapi/model.ts';
import { openapiDefaultApiPlugin } from './vite-plugin-openapi.ts';

/** Runs the plugin's resolve + load of one virtual module as Vite would, and evaluates the module it emits. */
async function loadVirtual(
  name: string,
  plugin = openapiDefaultApiPlugin(),
): Promise<{ value: unknown; watched: string[] }> {
  const watched: string[] = [];
  const resolveId = plugin.resolveId as (id: string) => string | null;
  const load = plugin.load as (
    this: { addWatchFile(file: string): void },
    id: string,
  ) => Promise<string | null>;
  const id = resolveId(name);
  expect(id).not.toBeNull();
  const code = await load.call({ addWatchFile: (file) => watched.push(file) }, id ?? '');
  const literal = /^export default JSON\.parse\((.*)\);$/s.exec(code ?? '')?.[1];
  expect(literal).toBeDefined();
  return { value: JSON.parse(JSON.parse(literal ?? '""')), watched };
}

async function loadDefaultApi(): Promise<{ api: ApiModel; watched: string[] }> {
  const { value, watched } = await loadVirtual('virtual:tryit-default-api');
  return { api: value as ApiModel, watched };
}

describe('virtual:tryit-default-api', () => {
  const saved = process.env.TRYIT_SPEC;
  afterEach(() => {
    if (saved === undefined) delete process.env.TRYIT_SPEC;
    else process.env.TRYIT_SPEC = saved;
  });

  it('is the OpenAI usage API with its overlay by default', async () => {
    delete process.env.TRYIT_SPEC;
    const { api, watched } = await loadDefaultApi();
    expect(api.operations).toHaveLength(11);
    expect(api.config.sdk).toEqual({ package: '@utdk/openai', client: 'openai' });
    expect(api.operations.find((op) => op.id === 'usage-audio-speeches')?.rules.map((r) => r.kind)).toEqual([
      'depends',
      'compare',
    ]);
    expect(watched.some((file) => file.endsWith('openai-usage.tryit.yaml'))).toBe(true);
  });

  it('ships the responses but not their schemas, which are their own module', async () => {
    delete process.env.TRYIT_SPEC;
    const { api } = await loadDefaultApi();
    expect(api.schemasPending).toBe(true);
    expect(api.schemas).toEqual({});
    const speeches = api.operations.find((op) => op.id === 'usage-audio-speeches');
    expect(speeches?.responses.map((r) => r.status)).toEqual(['200', '429']);
    expect(speeches?.responses[0]?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/UsageResponse',
    });
    const { value } = await loadVirtual('virtual:tryit-default-api-schemas');
    const { schemas, markdown } = value as { schemas: ApiModel['schemas']; markdown: unknown[] };
    expect(Object.keys(schemas)).toContain('#/components/schemas/UsageResponse');
    expect(Object.keys(schemas)).toContain('#/components/schemas/UsageTimeBucket');
    // The schemas' Markdown comes prebuilt with them, lined up with what the page will collect.
    expect(markdown).toHaveLength(collectMarkdownSources(schemas).length);
    expect(collectMarkdownSources(schemas)).toContain('The number of characters processed.');
  });

  it('is the description TRYIT_SPEC names, for docs sites that host their own API', async () => {
    process.env.TRYIT_SPEC = 'e2e/fixtures/shapes-api.yaml';
    const { api } = await loadDefaultApi();
    expect(api.title).toBe('Pet Store (shapes)');
    expect(api.operations.map((op) => op.id)).toEqual([
      'createPet',
      'listPets',
      'getOwner',
      'getPet',
      'getPetPhoto',
      'putPetPhoto',
      'putPetRecord',
      'uploadPetPhoto',
    ]);
  });

  it('converts a Swagger 2.0 TRYIT_SPEC as the page would', async () => {
    process.env.TRYIT_SPEC = 'src/openapi/fixtures/swagger2/body-parameter.yaml';
    const { api } = await loadDefaultApi();
    expect(api.openapiVersion).toMatch(/^3\./);
    expect(api.operations.length).toBeGreaterThan(0);
  });

  it('parses every Markdown text of the embedded API at build time', async () => {
    delete process.env.TRYIT_SPEC;
    const plugin = openapiDefaultApiPlugin();
    const { value: api } = await loadVirtual('virtual:tryit-default-api', plugin);
    const { value } = await loadVirtual('virtual:tryit-default-markdown', plugin);
    const trees = value as MdNode[][];
    const sources = collectMarkdownSources(api);
    expect(trees).toHaveLength(sources.length);
    const limit = (api as ApiModel).operations
      .find((op) => op.id === 'usage-audio-speeches')
      ?.parameters.find((p) => p.name === 'limit')?.description;
    expect(limit).toBeDefined();
    const tree = trees[sources.indexOf(limit ?? '')];
    expect(tree).toEqual(parseMarkdown(limit ?? ''));
    expect(tree?.[1]?.[0]).toBe('ul');
    sources.forEach((source, i) => {
      expect(trees[i]).toEqual(parseMarkdown(source));
    });
  });
});
