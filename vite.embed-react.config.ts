import { defineConfig } from 'vite';

/**
 * The React components for React hosts (`dist/embed/react.js`, src/embed/react.ts): a library build with
 * `react` left to the host (a peer) and the elements imported from `./try-it.js` beside it, at run time, so
 * the embed's own React stays inside its shadow roots. Run by `npm run build` after vite.embed.config.ts.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist/embed',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    lib: { entry: 'src/embed/react.ts', formats: ['es'], fileName: () => 'react.js' },
    rollupOptions: { external: ['react', 'react/jsx-runtime', './try-it.js'] },
  },
  plugins: [
    {
      name: 'tryit-embed-elements-external',
      enforce: 'pre',
      // The wrapper's `import './try-it.ts'` is the built embed next to it, never a second copy of the app.
      resolveId: (source, importer) =>
        source === './try-it.ts' && importer?.endsWith('/src/embed/react.ts')
          ? { id: './try-it.js', external: true }
          : null,
    },
  ],
});
