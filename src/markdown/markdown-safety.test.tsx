import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadPrism } from '../response/prism-instance.ts';
import { collectMarkdownSources } from './collect-markdown-sources.ts';
import { xssVectors } from './fixtures/xss-vectors.ts';
import { MarkdownTree } from './MarkdownTree.tsx';
import { parseMarkdown } from './parse-markdown.ts';

const ALLOWED_TAGS = new Set(
  'p ul ol li blockquote pre code em strong del a img table thead tbody tr th td hr br span div h1 h2 h3 h4 h5 h6'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set(
  'href src alt title id start style class tabindex rel target loading decoding referrerpolicy role aria-label'.split(
    ' ',
  ),
);

function unescapeAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What makes rendered markup unsafe: each problem found, as text (empty when safe). */
function problems(html: string): string[] {
  const found: string[] = [];
  const tag = /<\/?([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g;
  let tags = 0;
  for (const match of html.matchAll(tag)) {
    tags++;
    const name = (match[1] ?? '').toLowerCase();
    if (!ALLOWED_TAGS.has(name)) found.push(`element <${name}>`);
    for (const attr of (match[2] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) {
      const attrName = (attr[1] ?? '').toLowerCase();
      const value = unescapeAttribute(attr[2] ?? '');
      if (!ALLOWED_ATTRIBUTES.has(attrName)) found.push(`attribute ${attrName} on <${name}>`);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers ignore them inside a scheme
      const probe = value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
      if (attrName === 'href' && !/^(https?:|mailto:|#|\/(?!\/)|\.\.?\/)/i.test(probe))
        found.push(`href ${value}`);
      if (attrName === 'src' && !/^https:\/\//i.test(probe)) found.push(`src ${value}`);
      if (attrName === 'style' && !/^text-align:(left|center|right)$/.test(value))
        found.push(`style ${value}`);
    }
  }
  // Every `<` React writes starts a tag the pattern above read; text `<` is always written `&lt;`.
  const openers = (html.match(/</g) ?? []).length;
  if (openers !== tags) found.push(`${openers - tags} unread markup`);
  return found;
}

function render(source: string): string {
  return renderToStaticMarkup(<MarkdownTree nodes={parseMarkdown(source)} headingLevel={3} />);
}

const hostileDescriptions = collectMarkdownSources(
  parseYaml(readFileSync(new URL('../../e2e/fixtures/hostile-api.yaml', import.meta.url), 'utf8')),
);

describe('Markdown safety: no vector yields an executable element', () => {
  it('checks a real page of hostile descriptions (the e2e fixture)', () => {
    expect(hostileDescriptions.length).toBeGreaterThanOrEqual(3);
  });

  it.each([...xssVectors, ...hostileDescriptions])('%s', (vector) => {
    const html = render(vector);
    expect(problems(html)).toEqual([]);
  });

  it('renders the markup in a vector as visible text', () => {
    expect(render('<img src=x onerror=alert(1)>')).toBe('<p>&lt;img src=x onerror=alert(1)&gt;</p>');
  });

  it('the checker itself catches unsafe markup', () => {
    expect(problems('<p><img src="x" onerror="alert(1)"></p>')).toEqual([
      'src x',
      'attribute onerror on <img>',
    ]);
    expect(problems('<a href="java&#x27;script:x">x</a><script>')).toEqual([
      "href java'script:x",
      'element <script>',
    ]);
  });

  describe('with Prism loaded (fenced code highlighted)', () => {
    beforeAll(async () => {
      await loadPrism();
    });

    it.each([
      '```html\n<script>window.__pwned=1</script><img src=x onerror=alert(1)>\n```',
      '```json\n{"a": "</code><script>alert(1)</script>"}\n```',
      '```js\ndocument.write("<iframe src=javascript:alert(1)>")\n```',
    ])('%s', (vector) => {
      const html = render(vector);
      expect(html).toContain('class="token');
      expect(problems(html.replace(/ class="[^"]*"/g, ''))).toEqual([]);
    });
  });
});
