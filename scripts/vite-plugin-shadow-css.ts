import path from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = '\0tryit-shadow-css:';

/**
 * For the embed build only: every CSS import (the app's, Prism's theme, uPlot's, jsondiffpatch's) becomes a
 * module that hands its compiled text (Vite's `?inline`, so Lightning CSS still runs) to
 * `src/embed/embed-styles.ts`, which adopts it into each element's shadow root. No stylesheet is emitted and
 * none is added to the host document's <head>, so nothing of ours can restyle the host page.
 */
export function shadowCssPlugin(registry: string): Plugin {
  return {
    name: 'tryit-shadow-css',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !/\.css$/.test(source) || importer.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      // Not ending in .css: Vite's own CSS plugins must leave this module alone.
      return `${PREFIX}${resolved.id}.js`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -'.js'.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `import { addEmbedStyle } from ${JSON.stringify(path.resolve(registry))};`,
        'addEmbedStyle(css);',
      ].join('\n');
    },
  };
}
