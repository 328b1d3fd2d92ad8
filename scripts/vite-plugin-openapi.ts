import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readSpecFile } from '../node-support/read-spec-file.ts';
import { convertSwagger2 } from '../src/openapi/convert-swagger2.ts';
import { isSwagger2 } from '../src/openapi/is-swagger2.ts';
import { normalizeApi } from '../src/openapi/normalize-api.ts';

const VIRTUAL_ID = 'virtual:tryit-default-api';
const RESOLVED_ID = '\0tryit-default-api';

/**
 * `virtual:tryit-default-api`: the embedded API as a normalized `ApiModel`, built at build time so the page
 * ships neither a YAML parser nor the normalizer for it. The description is `TRYIT_SPEC` (YAML or JSON; a docs
 * site hosting its own API sets it; OpenAPI 3.x or Swagger 2.0), else the OpenAI usage description. A sibling `<name>.tryit.yaml` overlay
 * is merged into the document root as `x-tryit`.
 */
export function openapiDefaultApiPlugin(): Plugin {
  const specFile = resolve(
    process.env.TRYIT_SPEC ?? fileURLToPath(new URL('../specs/openai-usage.yaml', import.meta.url)),
  );
  return {
    name: 'tryit-default-api',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : null),
    async load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(specFile);
      // YAML is a superset of JSON: one parser reads both. Swagger 2.0 is converted as the page would.
      const parsed = readSpecFile(specFile);
      const doc = (isSwagger2(parsed) ? await convertSwagger2(parsed) : parsed) as Record<string, unknown>;
      const overlayFile = specFile.replace(/\.(ya?ml|json)$/, '.tryit.yaml');
      if (existsSync(overlayFile)) {
        this.addWatchFile(overlayFile);
        const overlay = readSpecFile(overlayFile) as Record<string, unknown>;
        doc['x-tryit'] = { ...(doc['x-tryit'] as object | undefined), ...(overlay['x-tryit'] as object) };
      }
      // JSON.parse of a string literal is faster for engines than an equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(normalizeApi(doc)))});`;
    },
  };
}
