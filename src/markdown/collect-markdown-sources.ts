/** Keys whose string values the page renders as Markdown, wherever they sit in the model. */
const MARKDOWN_KEYS = new Set(['description', 'summary']);

/**
 * Every distinct Markdown text of a model (any `description` or `summary` string, at any depth: the API's,
 * tags', operations', parameters', schemas', responses'...), for parsing them all at build time.
 */
export function collectMarkdownSources(model: unknown): string[] {
  const found = new Set<string>();
  const seen = new Set<object>();
  const walk = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string') {
        if (MARKDOWN_KEYS.has(key) && item.trim() !== '') found.add(item);
      } else walk(item);
    }
  };
  walk(model);
  return [...found];
}
