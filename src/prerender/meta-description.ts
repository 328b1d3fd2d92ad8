/** Longest meta description kept; search engines show about this much. */
const MAX = 160;

/**
 * A page's meta description from Markdown: the first paragraph as plain text (links keep their text, marks
 * dropped), cut at a word near 160 characters; `fallback` when there is no text.
 */
export function metaDescription(markdown: string | undefined, fallback: string): string {
  const paragraph = (markdown ?? '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find(
      (block) => block !== '' && !block.startsWith('#') && !block.startsWith('```') && !block.startsWith('|'),
    );
  const text = (paragraph ?? '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/[*_`~>#]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const chosen = text || fallback;
  if (chosen.length <= MAX) return chosen;
  const cut = chosen.slice(0, MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
