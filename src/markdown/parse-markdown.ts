/**
 * A small Markdown subset parsed into data (never HTML): paragraphs, headings, lists, fenced code,
 * inline code, emphasis and links. Descriptions come from untrusted documents, so the output is rendered
 * by React as text and links keep only safe schemes.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'heading'; level: number; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'code'; text: string; lang?: string };

const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/)|\.\.?\/)/i;

/** The href if it is safe to follow (http(s), mailto, fragment or relative), else undefined. */
export function safeHref(raw: string): string | undefined {
  // Browsers ignore control characters and whitespace inside schemes (`java\tscript:`); so do we.
  const href = raw.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const probe = href.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!SAFE_URL.test(probe)) return undefined;
  return href;
}

/** Parses block structure; inline content via parseInline. Bounded: input is cut at 200 000 characters. */
export function parseMarkdown(source: string): Block[] {
  const lines = source.slice(0, 200_000).replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | undefined;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: 'paragraph', children: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list)
      blocks.push({ type: 'list', ordered: list.ordered, items: list.items.map((i) => parseInline(i)) });
    list = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = /^\s*(```|~~~)\s*([\w-]*)/.exec(line);
    if (fence) {
      flushParagraph();
      flushList();
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(fence[1] ?? '```')) {
        code.push(lines[i] ?? '');
        i++;
      }
      blocks.push({ type: 'code', text: code.join('\n'), ...(fence[2] ? { lang: fence[2] } : {}) });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({
        type: 'heading',
        level: heading[1]?.length ?? 1,
        children: parseInline(heading[2] ?? ''),
      });
      continue;
    }
    const item = /^\s*([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flushParagraph();
      const ordered = /\d/.test(item[1] ?? '');
      if (!list || list.ordered !== ordered) {
        flushList();
        list = { ordered, items: [] };
      }
      list.items.push(item[2] ?? '');
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      // A continuation line of the last list item.
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line.trim());
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** Parses inline code, links, bold and italics; everything else stays text. */
export function parseInline(text: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const pushText = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const code = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
    if (code) {
      pushText();
      out.push({ type: 'code', text: (code[2] ?? '').trim() });
      i += code[0].length;
      continue;
    }
    const link = depth < 4 ? /^\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/.exec(rest) : null;
    if (link) {
      pushText();
      const children = parseInline(link[1] ?? '', depth + 1);
      const href = safeHref(link[2] ?? '');
      if (href) out.push({ type: 'link', href, children });
      else out.push(...children);
      i += link[0].length;
      continue;
    }
    const strong = depth < 4 ? /^(\*\*|__)(?=\S)([\s\S]*?\S)\1/.exec(rest) : null;
    if (strong) {
      pushText();
      out.push({ type: 'strong', children: parseInline(strong[2] ?? '', depth + 1) });
      i += strong[0].length;
      continue;
    }
    const em =
      depth < 4 && /^[*_]/.test(rest) && !/\w/.test(text[i - 1] ?? '')
        ? /^([*_])(?=\S)([\s\S]*?\S)\1(?!\w)/.exec(rest)
        : null;
    if (em) {
      pushText();
      out.push({ type: 'em', children: parseInline(em[2] ?? '', depth + 1) });
      i += em[0].length;
      continue;
    }
    const autolink = /^https?:\/\/[^\s<>()]+[^\s<>().,;:!?'"]/.exec(rest);
    if (autolink && !/\w/.test(text[i - 1] ?? '')) {
      pushText();
      out.push({ type: 'link', href: autolink[0], children: [{ type: 'text', text: autolink[0] }] });
      i += autolink[0].length;
      continue;
    }
    buffer += text[i];
    i++;
  }
  pushText();
  return out;
}
