import { escapeHtml } from './escape-html.ts';
import type { PrettyBody } from './format-response.ts';
import { loadedPrism } from './prism-instance.ts';

/** Above this many characters a body is shown unhighlighted: tokenizing megabytes would freeze the tab. */
export const HIGHLIGHT_LIMIT = 200_000;

/**
 * HTML for a response body: Prism tokens for JSON and markup below `HIGHLIGHT_LIMIT`, escaped text otherwise.
 * Prism escapes the text it tokenizes, so a body's `<script>` stays text either way. Before Prism has
 * loaded (`loadPrism`), the text is escaped and not highlighted.
 */
export function highlightBody(
  text: string,
  language: PrettyBody['language'],
  limit = HIGHLIGHT_LIMIT,
): { html: string; highlighted: boolean } {
  const prism = loadedPrism();
  const grammar = language === 'plain' ? undefined : prism?.languages[language];
  if (!prism || !grammar || text.length > limit) return { html: escapeHtml(text), highlighted: false };
  return { html: prism.highlight(text, grammar, language), highlighted: true };
}
