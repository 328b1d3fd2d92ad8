import hostCss from './embed-host.css?inline';
import { scopeCssForShadow } from './scope-css-for-shadow.ts';

// Every stylesheet of the embed build arrives here instead of the document's <head> (see
// scripts/vite-plugin-shadow-css.ts): the host page never gets a rule of ours, and each shadow root adopts them
// all, the ones lazy chunks bring later included.
const sheets: CSSStyleSheet[] = [];
const roots = new Set<ShadowRoot>();
// The embed's own reset comes first, whatever order the modules run in.
addEmbedStyle(hostCss);

/** Registers one stylesheet's text (a module's CSS import) with every present and future shadow root. */
export function addEmbedStyle(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(scopeCssForShadow(css));
  sheets.push(sheet);
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Gives `root` every registered stylesheet, now and as more load; returns the function that stops that. */
export function adoptEmbedStyles(root: ShadowRoot): () => void {
  root.adoptedStyleSheets = [...sheets];
  roots.add(root);
  return () => {
    roots.delete(root);
  };
}
