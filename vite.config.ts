import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { openapiDefaultApiPlugin } from './scripts/vite-plugin-openapi.ts';
import { shellBootPlugin } from './scripts/vite-plugin-shell-boot.ts';
import { themeBootPlugin } from './scripts/vite-plugin-theme-boot.ts';

export default defineConfig({
  // Relative asset URLs: the built page works from any sub-path of any static host.
  base: './',
  plugins: [openapiDefaultApiPlugin(), themeBootPlugin(), shellBootPlugin(), react()],
  // Every browser this targets supports modulepreload: the polyfill would only add weight. The manifest
  // (dist/.vite/manifest.json) tells scripts/size.mjs which chunks each page state loads.
  build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false }, manifest: true },
  worker: { format: 'es' },
  test: {
    environment: 'node',
    include: [
      'src/**/*.test.{ts,tsx}',
      'contract/**/*.test.ts',
      'gateway/**/*.test.ts',
      'demo-upstream/**/*.test.ts',
      'test-support/**/*.test.ts',
      'node-support/**/*.test.ts',
      'scripts/**/*.test.ts',
    ],
    testTimeout: 20_000,
    reporters: ['default', './scripts/vitest-summary-reporter.ts'],
  },
});
