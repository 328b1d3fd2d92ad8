import { existsSync, readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { normalizeApi } from '../src/openapi/normalize-api.ts';

/**
 * Imports `*.yaml` API descriptions at build time, so the page ships neither a YAML parser nor the normalizer
 * for its default API: `x.yaml` gives the parsed document, `x.yaml?api` the normalized `ApiModel`.
 * A sibling `<name>.tryit.yaml` overlay is merged into the root as `x-tryit`.
 */
export function openapiYamlPlugin(): Plugin {
  return {
    name: 'tryit-openapi-yaml',
    enforce: 'pre',
    transform(_code, id) {
      const file = id.split('?')[0] ?? id;
      if (!file.endsWith('.yaml') || file.endsWith('.tryit.yaml')) return null;
      const doc = parse(readFileSync(file, 'utf8'), { maxAliasCount: -1 }) as Record<string, unknown>;
      const overlayFile = file.replace(/\.yaml$/, '.tryit.yaml');
      if (existsSync(overlayFile)) {
        this.addWatchFile(overlayFile);
        const overlay = parse(readFileSync(overlayFile, 'utf8')) as Record<string, unknown>;
        doc['x-tryit'] = { ...(doc['x-tryit'] as object | undefined), ...(overlay['x-tryit'] as object) };
      }
      const value = new URLSearchParams(id.split('?')[1] ?? '').has('api') ? normalizeApi(doc) : doc;
      // JSON.parse of a string literal is faster for engines than an equivalent object literal.
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`, map: null };
    },
  };
}
