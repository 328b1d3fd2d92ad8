import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readSpecFile } from '../node-support/read-spec-file.ts';
import { collectMarkdownSources } from '../src/markdown/collect-markdown-sources.ts';
import type { MdNode } from '../src/markdown/markdown-tree.ts';
import { parseMarkdown } from '../src/markdown/parse-markdown.ts';
import { convertSwagger2 } from '../src/openapi/convert-swagger2.ts';
import { isSwagger2 } from '../src/openapi/is-swagger2.ts';
import type { ApiModel } from '../src/openapi/model.ts';
import { normalizeApi } from '../src/openapi/normalize-api.ts';

const API_ID = 'virtual:tryit-default-api';
const MARKDOWN_ID = 'virtual:tryit-default-markdown';
const SCHEMAS_ID = 'virtual:tryit-default-api-schemas';
const RESOLVED = {
  [API_ID]: '\0tryit-default-api',
  [MARKDOWN_ID]: '\0tryit-default-markdown',
  [SCHEMAS_ID]: '\0tryit-default-api-schemas',
} as const;
const isVirtual = (id: string): id is keyof typeof RESOLVED => Object.hasOwn(RESOLVED, id);

/**
 * `virtual:tryit-default-api`: the embedded API as a normalized `ApiModel`, built at build time so the page
 * ships neither a YAML parser nor the normalizer for it. The description is `TRYIT_SPEC` (YAML or JSON; a docs
 * site hosting its own API sets it; OpenAPI 3.x or Swagger 2.0), else the OpenAI usage description. A sibling `<name>.tryit.yaml` overlay
 * is merged into the document root as `x-tryit`.
 *
 * `virtual:tryit-default-markdown`: every Markdown text of that model parsed into a tree, in the order of
 * `collectMarkdownSources(model)`, so the page renders them without loading the Markdown parser.
 *
 * `virtual:tryit-default-api-schemas`: that model's `schemas` table (what responses' `$ref`s point to) with the
 * trees of its Markdown (`collectMarkdownSources(schemas)` order), its own chunk so the first page stays light:
 * the model ships with `schemas: {}` and `schemasPending: true` until the page has loaded it (use-api-source).
 */
export function openapiDefaultApiPlugin(): Plugin {
  const specFile = resolve(
    process.env.TRYIT_SPEC ?? fileURLToPath(new URL('../specs/openai-usage.yaml', import.meta.url)),
  );
  const overlayFile = specFile.replace(/\.(ya?ml|json)$/, '.tryit.yaml');
  let model: Promise<ApiModel> | undefined;
  const buildModel = async (): Promise<ApiModel> => {
    // YAML is a superset of JSON: one parser reads both. Swagger 2.0 is converted as the page would.
    const parsed = readSpecFile(specFile);
    const doc = (isSwagger2(parsed) ? await convertSwagger2(parsed) : parsed) as Record<string, unknown>;
    if (existsSync(overlayFile)) {
      const overlay = readSpecFile(overlayFile) as Record<string, unknown>;
      doc['x-tryit'] = { ...(doc['x-tryit'] as object | undefined), ...(overlay['x-tryit'] as object) };
    }
    return normalizeApi(doc);
  };
  /** The model as the page gets it: without its schema table, which is a chunk of its own. */
  const shipped = (api: ApiModel): ApiModel =>
    Object.keys(api.schemas).length > 0 ? { ...api, schemas: {}, schemasPending: true } : api;
  // The page finds the texts again by walking what it gets (the JSON round trip keeps the order).
  const trees = (value: unknown): MdNode[][] =>
    collectMarkdownSources(JSON.parse(JSON.stringify(value))).map((source) => parseMarkdown(source));
  return {
    name: 'tryit-default-api',
    resolveId: (id) => (isVirtual(id) ? RESOLVED[id] : null),
    // A changed description (dev server) is read again.
    watchChange: (id) => {
      if (id === specFile || id === overlayFile) model = undefined;
    },
    async load(id) {
      if (id !== RESOLVED[API_ID] && id !== RESOLVED[MARKDOWN_ID] && id !== RESOLVED[SCHEMAS_ID]) return null;
      this.addWatchFile(specFile);
      if (existsSync(overlayFile)) this.addWatchFile(overlayFile);
      model ??= buildModel();
      const api = await model;
      const value =
        id === RESOLVED[API_ID]
          ? shipped(api)
          : id === RESOLVED[MARKDOWN_ID]
            ? trees(shipped(api))
            : { schemas: api.schemas, markdown: trees(api.schemas) };
      // JSON.parse of a string literal is faster for engines than an equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
