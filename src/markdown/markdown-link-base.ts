import { createContext } from 'react';

/**
 * The route a Markdown fragment link (`#pagination`) and a heading anchor belong to, e.g.
 * `#/operations/listUsers`: the page routes by hash, so a bare `#pagination` would leave the page's route.
 * Empty (the default): fragments stay as written.
 */
export const MarkdownLinkBase = createContext('');

/** The id a heading with `slug` gets in the page (prefixed: no clash with the page's own ids); links name it. */
export function headingElementId(slug: string): string {
  return `md-${slug}`;
}
