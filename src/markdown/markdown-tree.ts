/**
 * Pre-parsed Markdown: the compact, JSON-safe form `parseMarkdown` produces and `MarkdownTree` renders. It is
 * built at build time for the embedded API and at run time for other documents. Only the tags and attributes
 * below exist, so a tree can say nothing a browser would execute; the renderer checks them again anyway.
 */

/** The element names a tree may hold. `task` is a task-list marker (rendered as a symbol with a label). */
export type MdTag =
  | 'p'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'h4'
  | 'h5'
  | 'h6'
  | 'ul'
  | 'ol'
  | 'li'
  | 'blockquote'
  | 'pre'
  | 'code'
  | 'em'
  | 'strong'
  | 'del'
  | 'a'
  | 'img'
  | 'table'
  | 'thead'
  | 'tbody'
  | 'tr'
  | 'th'
  | 'td'
  | 'hr'
  | 'br'
  | 'task';

/** The attributes a tree may hold (all plain data; URLs already checked by the parser). */
export interface MdAttrs {
  /** `a`: a safe URL (see safeHref). */
  href?: string;
  /** `img`: an `https:` URL. */
  src?: string;
  alt?: string;
  title?: string;
  /** Headings: the slug of their text, unique within one document. */
  id?: string;
  /** `ol`: the first item's number when it is not 1. */
  start?: number;
  /** `th`/`td`: column alignment. */
  align?: 'left' | 'center' | 'right';
  /** `task`: ticked or not. */
  checked?: boolean;
  /** `pre`: the fenced code block's language. */
  lang?: string;
}

/** An element: tag, attributes (or null), then children. */
export type MdElement = [tag: MdTag, attrs: MdAttrs | null, ...children: MdNode[]];

/** Text, or an element. */
export type MdNode = string | MdElement;

/** The text a reader sees in some nodes (an image counts as its alt text): for heading anchors and labels. */
export function plainText(nodes: readonly MdNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (typeof node === 'string') text += node;
    else if (node[0] === 'img') text += node[1]?.alt ?? '';
    else text += plainText(node.slice(2) as MdNode[]);
  }
  return text;
}
