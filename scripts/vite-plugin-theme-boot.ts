import type { Plugin } from 'vite';
import { themeBootScript } from '../src/storage/theme-boot-script.ts';

/**
 * Inlines the theme boot script (src/storage/theme-boot-script.ts) first in `<head>`, before the styles:
 * a stored light or dark choice applies before the first paint, with no request and no flash. A site with a
 * strict Content-Security-Policy allows it by its hash (`'sha256-…'` of the script text).
 */
export function themeBootPlugin(): Plugin {
  return {
    name: 'tryit-theme-boot',
    transformIndexHtml: () => [{ tag: 'script', children: themeBootScript(), injectTo: 'head-prepend' }],
  };
}
