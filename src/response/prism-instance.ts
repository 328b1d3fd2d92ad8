import Prism from 'prismjs';
import 'prismjs/components/prism-json';

// Prism highlights every `code[class*=language-]` of the page on its own unless `manual` is set. Its
// automatic pass is deferred (DOMContentLoaded / requestAnimationFrame) and re-checks `Prism.manual` when it
// runs, so setting it here — synchronously, right after the import evaluated — always wins. That spares
// the app a `window.Prism = { manual: true }` script that would have to run before any import.
Prism.manual = true;

/** The app's one Prism: core + its default grammars (markup, css, clike, javascript) + json, no auto-highlight. */
export const prism = Prism;
