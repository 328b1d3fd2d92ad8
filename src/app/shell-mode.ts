/** How a page of the built site runs, decided from its URL before anything renders. */
export type ShellMode = 'hydrate' | 'spa' | 'redirect';

/**
 * `spa` when the URL asks for the app shell (`?spec=`, or a hash route on the overview's page, i.e. the SPA's
 * links as they always were: `index.html#/operations/<id>`); `redirect` for an old hash route on another
 * prerendered page (it goes to that route's own page); else `hydrate` the prerendered page as it is.
 */
export function shellMode(location: { search: string; hash: string }, isOverviewFile: boolean): ShellMode {
  if (new URLSearchParams(location.search).has('spec')) return 'spa';
  if (!location.hash.startsWith('#/')) return 'hydrate';
  return isOverviewFile ? 'spa' : 'redirect';
}

/**
 * The inline script at the top of `<head>` (vite-plugin-shell-boot): when the page will not show its own
 * prerendered content (app shell, redirect), it hides it before the first paint, so it never flashes.
 * Mirrors `shellMode` (shell-mode.test.ts runs both on the same URLs).
 */
export function shellBootScript(): string {
  return (
    'try{var l=location;if(/[?&]spec=/.test(l.search)||l.hash.indexOf("#/")===0)' +
    'document.documentElement.setAttribute("data-tryit-shell","")}catch{}'
  );
}
