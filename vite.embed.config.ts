import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { openapiDefaultApiPlugin } from './scripts/vite-plugin-openapi.ts';
import { shadowCssPlugin } from './scripts/vite-plugin-shadow-css.ts';

/**
 * The embed: `dist/embed/try-it.js`, one ES module a host page loads with one script tag, plus the chunks it
 * imports lazily, next to it (found relative to the script's own URL, so the folder can be hosted anywhere).
 * An app build with a script entry rather than a library build: workers and lazy chunks get files of their own
 * exactly as in the page. Every stylesheet goes into the elements' shadow roots (vite-plugin-shadow-css.ts).
 * Run by `npm run build` after the page's build (which empties dist/ first).
 */
export default defineConfig({
  base: './',
  // React inside the embed is Preact's React-compatible layer (preact/compat), in this build only: the embed
  // renders into its own shadow roots, so the host's React (if any) never meets it, and react-dom's client
  // alone is over half the budget of one embedded operation (≈ 55 KB gzip against ≈ 5 KB). The page keeps React.
  resolve: {
    alias: [
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  // The page's favicons are the page's: the embed folder holds scripts only.
  publicDir: false,
  plugins: [openapiDefaultApiPlugin(), shadowCssPlugin('src/embed/embed-styles.ts'), react()],
  build: {
    outDir: 'dist/embed',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    manifest: true,
    rollupOptions: {
      input: { 'try-it': 'src/embed/try-it.ts' },
      // The entry's exports (TryIt) are its API: keep them.
      preserveEntrySignatures: 'strict',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: 'chunks/[name]-[hash][extname]',
      },
    },
  },
  worker: { format: 'es' },
});
