import type { Plugin } from 'vite';
import { shellBootScript } from '../src/app/shell-mode.ts';

/**
 * Inlines the shell boot script (src/app/shell-mode.ts) in `<head>`: a prerendered page opened as the app
 * shell (`?spec=`, a hash route) hides its prerendered content before the first paint. A strict CSP allows it
 * by its hash, like the theme boot script.
 */
export function shellBootPlugin(): Plugin {
  return {
    name: 'tryit-shell-boot',
    transformIndexHtml: () => [{ tag: 'script', children: shellBootScript(), injectTo: 'head-prepend' }],
  };
}
