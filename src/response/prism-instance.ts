import type PrismType from 'prismjs';

/** The Prism namespace type. */
export type Prism = typeof PrismType;

let loaded: Prism | undefined;
let loading: Promise<Prism> | undefined;

/**
 * Loads the app's one Prism (core + markup, css, clike, javascript + json) on first use, so the first paint
 * does not wait for it; until then bodies and snippets show as plain escaped text.
 */
export function loadPrism(): Promise<Prism> {
  loading ??= import('prismjs').then(async ({ default: Prism }) => {
    // Prism highlights every `code[class*=language-]` of the page on its own unless `manual` is set. Its
    // automatic pass is deferred (DOMContentLoaded / requestAnimationFrame) and re-checks `Prism.manual` when
    // it runs, so setting it right after the import evaluated always wins.
    Prism.manual = true;
    // Grammar components register themselves on the global Prism that the core just installed.
    // The token colours come with Prism: nothing is highlighted before it is here.
    await Promise.all([import('prismjs/components/prism-json'), import('./prism-theme.css')]);
    loaded = Prism;
    return Prism;
  });
  return loading;
}

/** Prism if it has loaded, else undefined (callers fall back to escaped text). */
export function loadedPrism(): Prism | undefined {
  return loaded;
}
