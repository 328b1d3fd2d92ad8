import { Lexer, type Token, type Tokens } from 'marked';
import { decodeCharacterReferences } from './decode-character-references.ts';
import { headingSlug } from './heading-slug.ts';
import { type MdAttrs, type MdElement, type MdNode, type MdTag, plainText } from './markdown-tree.ts';
import { safeHref, safeImageSrc } from './safe-href.ts';

/** Longer sources are cut: no API description needs more, and hostile ones should not cost seconds. */
const MAX_SOURCE = 200_000;
/** Deeper nesting (quotes in quotes in lists…) is kept as text, so rendering never recurses without end. */
const MAX_DEPTH = 24;

interface State {
  /** Heading slugs taken in this document, for unique anchors. */
  slugs: Map<string, number>;
}

/**
 * CommonMark + GFM (tables, strikethrough, task lists, autolinks) parsed by `marked`'s lexer into the compact
 * tree form. Untrusted input: raw HTML stays text, link URLs keep only safe schemes (safeHref), images only
 * `https:` sources, character references are decoded to text. Never throws: a document the lexer cannot handle
 * (e.g. nesting deeper than the stack) comes back as plain paragraphs.
 */
export function parseMarkdown(source: string): MdNode[] {
  const text = source.length > MAX_SOURCE ? source.slice(0, MAX_SOURCE) : source;
  try {
    const tokens = new Lexer({ gfm: true }).lex(text);
    return blocks(tokens, { slugs: new Map() }, 0);
  } catch {
    return text
      .split(/\n\s*\n/)
      .filter((part) => part.trim() !== '')
      .map((part): MdElement => ['p', null, part.trim()]);
  }
}

function blocks(tokens: Token[], state: State, depth: number): MdNode[] {
  const out: MdNode[] = [];
  for (const token of tokens) {
    const node = block(token, state, depth);
    if (node !== undefined) out.push(node);
  }
  return out;
}

function block(token: Token, state: State, depth: number): MdNode | undefined {
  if (depth > MAX_DEPTH) return el('p', null, token.raw);
  switch (token.type) {
    case 'space':
    case 'def':
      return undefined;
    case 'paragraph':
      return el('p', null, ...inline((token as Tokens.Paragraph).tokens, depth));
    case 'text': {
      // Block-level text outside a tight list item: a paragraph.
      const t = token as Tokens.Text;
      return el('p', null, ...(t.tokens ? inline(t.tokens, depth) : [decodeCharacterReferences(t.text)]));
    }
    case 'heading': {
      const t = token as Tokens.Heading;
      const children = inline(t.tokens, depth);
      const tag = `h${Math.min(6, Math.max(1, t.depth))}` as MdTag;
      return el(tag, { id: uniqueSlug(plainText(children), state) }, ...children);
    }
    case 'code': {
      const t = token as Tokens.Code;
      const lang = /^[\w+#.-]{1,32}/.exec(t.lang ?? '')?.[0];
      return el('pre', lang ? { lang } : null, t.text);
    }
    case 'blockquote':
      return el('blockquote', null, ...blocks((token as Tokens.Blockquote).tokens, state, depth + 1));
    case 'list':
      return list(token as Tokens.List, state, depth);
    case 'table':
      return table(token as Tokens.Table, depth);
    case 'hr':
      return el('hr', null);
    case 'html':
      // Raw HTML is shown as the text it is, never parsed as markup.
      return el('p', null, (token as Tokens.HTML).text.trim());
    default:
      return 'raw' in token && typeof token.raw === 'string' && token.raw.trim() !== ''
        ? el('p', null, token.raw.trim())
        : undefined;
  }
}

function list(token: Tokens.List, state: State, depth: number): MdElement {
  const start = typeof token.start === 'number' && token.start !== 1 ? { start: token.start } : null;
  const items = token.items.map((item) => {
    const children: MdNode[] = [];
    if (item.task && !item.tokens.some((t) => t.type === 'checkbox')) {
      children.push(el('task', { checked: item.checked === true }));
    }
    for (const child of item.tokens) {
      if (child.type === 'checkbox')
        children.push(el('task', { checked: (child as Tokens.Checkbox).checked }));
      else if (child.type === 'text' && !item.loose) {
        // A tight item's text is inline content, with no paragraph around it.
        const t = child as Tokens.Text;
        children.push(...(t.tokens ? inline(t.tokens, depth + 1) : [decodeCharacterReferences(t.text)]));
      } else {
        const node = block(child, state, depth + 1);
        if (node !== undefined) children.push(node);
      }
    }
    return el('li', null, ...merge(children));
  });
  return el(token.ordered ? 'ol' : 'ul', start, ...items);
}

function table(token: Tokens.Table, depth: number): MdElement {
  const cell = (tag: 'th' | 'td', c: Tokens.TableCell) =>
    el(tag, c.align ? { align: c.align } : null, ...inline(c.tokens, depth + 1));
  return el(
    'table',
    null,
    el('thead', null, el('tr', null, ...token.header.map((c) => cell('th', c)))),
    el('tbody', null, ...token.rows.map((row) => el('tr', null, ...row.map((c) => cell('td', c))))),
  );
}

function inline(tokens: Token[], depth: number): MdNode[] {
  const out: MdNode[] = [];
  for (const token of tokens) out.push(...inlineNode(token, depth));
  return merge(out);
}

function inlineNode(token: Token, depth: number): MdNode[] {
  if (depth > MAX_DEPTH) return [token.raw];
  switch (token.type) {
    case 'text': {
      const t = token as Tokens.Text;
      return t.tokens ? inline(t.tokens, depth + 1) : [decodeCharacterReferences(t.text)];
    }
    case 'escape':
      return [(token as Tokens.Escape).text];
    case 'codespan':
      return [el('code', null, (token as Tokens.Codespan).text)];
    case 'strong':
    case 'em':
    case 'del':
      return [el(token.type, null, ...inline((token as Tokens.Strong).tokens, depth + 1))];
    case 'br':
      return [el('br', null)];
    case 'checkbox':
      return [el('task', { checked: (token as Tokens.Checkbox).checked })];
    case 'link': {
      const t = token as Tokens.Link;
      const children = inline(t.tokens, depth + 1);
      const href = safeHref(decodeCharacterReferences(t.href));
      if (href === undefined) return children;
      return [el('a', withTitle({ href }, t.title), ...children)];
    }
    case 'image': {
      const t = token as Tokens.Image;
      const alt = decodeCharacterReferences(t.text);
      const src = safeImageSrc(decodeCharacterReferences(t.href));
      return src === undefined ? (alt ? [alt] : []) : [el('img', withTitle({ src, alt }, t.title))];
    }
    case 'html':
      return [(token as Tokens.Tag).text];
    default:
      return 'raw' in token && typeof token.raw === 'string' ? [token.raw] : [];
  }
}

function el(tag: MdTag, attrs: MdAttrs | null, ...children: MdNode[]): MdElement {
  return [tag, attrs, ...children];
}

function withTitle<T extends MdAttrs>(attrs: T, title: string | null | undefined): T {
  return title ? { ...attrs, title: decodeCharacterReferences(title) } : attrs;
}

/** Adjacent strings joined, so trees stay small. */
function merge(nodes: MdNode[]): MdNode[] {
  const out: MdNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if (typeof node === 'string' && typeof last === 'string') out[out.length - 1] = last + node;
    else if (node !== '') out.push(node);
  }
  return out;
}

function uniqueSlug(text: string, state: State): string {
  const base = headingSlug(text) || 'section';
  const seen = state.slugs.get(base) ?? 0;
  state.slugs.set(base, seen + 1);
  return seen === 0 ? base : `${base}-${seen}`;
}
