import { themeKey } from './storage-keys.ts';

/**
 * The tiny script the build inlines at the top of `<head>` (scripts/vite-plugin-theme-boot.ts): it applies a
 * stored light or dark choice before the first paint, so a page whose user chose "dark" on a light system
 * never flashes white. It reads what `encodeTheme` writes and accepts exactly what `decodeTheme` accepts
 * as light or dark (theme-boot-script.test.ts checks the two agree); anything else means "system", which
 * needs no attribute. It never writes: the app's theme store (zod codec) owns the value, keeps a corrupt
 * one aside, and corrects the attribute once it runs.
 */
export function themeBootScript(): string {
  return (
    `try{var v=JSON.parse(localStorage.getItem(${JSON.stringify(themeKey())}));` +
    `if(v.version===1&&(v.theme==="light"||v.theme==="dark"))document.documentElement.dataset.theme=v.theme}` +
    'catch{}'
  );
}
