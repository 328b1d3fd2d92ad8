import { escapeHtml } from './escape-html.ts';
import { loadedPrism, loadPrism } from './prism-instance.ts';

/** Snippet languages whose grammars load on demand (json and markup ship with `prism-instance`). */
export type LazyPrismLanguage = 'typescript' | 'bash' | 'python';

// The main `prismjs` entry already holds clike and javascript, which typescript extends.
const loaders: Record<LazyPrismLanguage, () => Promise<unknown>> = {
  typescript: () => import('prismjs/components/prism-typescript'),
  bash: () => import('prismjs/components/prism-bash'),
  python: () => import('prismjs/components/prism-python'),
};

/** Loads a snippet language's grammar into the app's Prism once; later calls resolve at once. */
export async function loadPrismLanguage(language: LazyPrismLanguage): Promise<void> {
  const prism = await loadPrism();
  if (prism.languages[language]) return;
  await loaders[language]();
}

/** HTML of `code` highlighted in `language`, or escaped plain text while its grammar is not loaded. */
export function highlightCode(code: string, language: string): string {
  const prism = loadedPrism();
  const grammar = prism?.languages[language];
  return prism && grammar ? prism.highlight(code, grammar, language) : escapeHtml(code);
}
