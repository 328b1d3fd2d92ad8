import { collectMarkdownSources } from '../markdown/collect-markdown-sources.ts';
import { loadMarkdownParser, seedMarkdownTrees } from '../markdown/markdown-trees.ts';
import type { ApiModel } from '../openapi/model.ts';

/**
 * The description an embedded element shows. With `specUrl`: fetched and normalized by the app's loader in a
 * worker (the description is parsed, never executed; its Markdown is parsed by the app's sanitizing parser,
 * which loads meanwhile). Without: the API built into the script, whose model, Markdown trees and schemas are
 * chunks of their own so an element given a `spec-url` never downloads them.
 */
export async function loadEmbedApi(specUrl: string | undefined, baseUrl: string): Promise<ApiModel> {
  if (specUrl === undefined) return loadBuiltInApi();
  const url = new URL(specUrl, baseUrl).href;
  const parser = loadMarkdownParser();
  const { startSpecLoad } = await import('../app/load-api-in-worker.ts');
  const api = await startSpecLoad(url);
  // Without the parser the Markdown still shows, as plain text: a failed chunk is no reason to fail the element.
  await parser.catch(() => undefined);
  // Relative server URLs of a loaded description are relative to where it was loaded from.
  return { ...api, documentUrl: url };
}

async function loadBuiltInApi(): Promise<ApiModel> {
  const [{ default: model }, { default: markdown }, { default: table }] = await Promise.all([
    import('virtual:tryit-default-api'),
    import('virtual:tryit-default-markdown'),
    import('virtual:tryit-default-api-schemas'),
  ]);
  seedMarkdownTrees(collectMarkdownSources(model), markdown);
  seedMarkdownTrees(collectMarkdownSources(table.schemas), table.markdown);
  const { schemasPending: _pending, ...api } = model;
  return { ...api, schemas: table.schemas };
}

/** The operation `id` names: its operationId, or the app's slug (what `#/operations/<id>` links use). */
export function findEmbedOperation(api: ApiModel, id: string | undefined) {
  if (id === undefined) return undefined;
  return api.operations.find((op) => op.operationId === id) ?? api.operations.find((op) => op.id === id);
}
