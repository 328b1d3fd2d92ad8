import { describe, expect, it } from 'vitest';
import { parseMarkdown } from './parse-markdown.ts';

describe('parseMarkdown', () => {
  it('parses the usage API limit description into a paragraph and a tight list', () => {
    expect(
      parseMarkdown(
        'Specifies the number of buckets to return.\n- `bucket_width=1d`: default: 7, max: 31\n- `bucket_width=1h`: default: 24, max: 168\n',
      ),
    ).toEqual([
      ['p', null, 'Specifies the number of buckets to return.'],
      [
        'ul',
        null,
        ['li', null, ['code', null, 'bucket_width=1d'], ': default: 7, max: 31'],
        ['li', null, ['code', null, 'bucket_width=1h'], ': default: 24, max: 168'],
      ],
    ]);
  });

  it('parses a GFM table with its column alignment', () => {
    expect(parseMarkdown('| Name | Limit |\n| :--- | ---: |\n| `gpt-4o` | 10 |\n| *mini* | 20 |')).toEqual([
      [
        'table',
        null,
        ['thead', null, ['tr', null, ['th', { align: 'left' }, 'Name'], ['th', { align: 'right' }, 'Limit']]],
        [
          'tbody',
          null,
          ['tr', null, ['td', { align: 'left' }, ['code', null, 'gpt-4o']], ['td', { align: 'right' }, '10']],
          ['tr', null, ['td', { align: 'left' }, ['em', null, 'mini']], ['td', { align: 'right' }, '20']],
        ],
      ],
    ]);
  });

  it('parses strikethrough, task lists and nested lists', () => {
    expect(parseMarkdown('~~old~~ new\n\n- [x] done\n- [ ] todo\n  1. first\n  2. second')).toEqual([
      ['p', null, ['del', null, 'old'], ' new'],
      [
        'ul',
        null,
        ['li', null, ['task', { checked: true }], 'done'],
        [
          'li',
          null,
          ['task', { checked: false }],
          'todo',
          ['ol', null, ['li', null, 'first'], ['li', null, 'second']],
        ],
      ],
    ]);
  });

  it('links bare URLs, www. hosts and e-mail addresses (GFM autolinks)', () => {
    expect(
      parseMarkdown('See https://platform.openai.com/docs, www.example.com or help@example.com.'),
    ).toEqual([
      [
        'p',
        null,
        'See ',
        ['a', { href: 'https://platform.openai.com/docs' }, 'https://platform.openai.com/docs'],
        ', ',
        ['a', { href: 'http://www.example.com' }, 'www.example.com'],
        ' or ',
        ['a', { href: 'mailto:help@example.com' }, 'help@example.com'],
        '.',
      ],
    ]);
  });

  it('gives headings unique anchors and keeps blockquotes, rules and ordered list starts', () => {
    expect(
      parseMarkdown('# Rate limits!\n\n## Rate limits\n\n> **Note:** quoted\n\n---\n\n3. three\n4. four'),
    ).toEqual([
      ['h1', { id: 'rate-limits' }, 'Rate limits!'],
      ['h2', { id: 'rate-limits-1' }, 'Rate limits'],
      ['blockquote', null, ['p', null, ['strong', null, 'Note:'], ' quoted']],
      ['hr', null],
      ['ol', { start: 3 }, ['li', null, 'three'], ['li', null, 'four']],
    ]);
  });

  it('keeps fenced code verbatim with its language, and indented code too', () => {
    expect(parseMarkdown('```json title="x"\n{"a": "<b>"}\n```\n\n    indented & raw')).toEqual([
      ['pre', { lang: 'json' }, '{"a": "<b>"}'],
      ['pre', null, 'indented & raw'],
    ]);
  });

  it('keeps https images (lazily loaded by the renderer) and shows others as their alt text', () => {
    expect(
      parseMarkdown('![Flow](https://example.com/flow.png "The flow") ![Pixel](http://t.example/p.gif)'),
    ).toEqual([
      ['p', null, ['img', { src: 'https://example.com/flow.png', alt: 'Flow', title: 'The flow' }], ' Pixel'],
    ]);
  });

  it('decodes character references in text, link URLs and titles, not in code', () => {
    expect(
      parseMarkdown('a &amp; b &copy; &#65; &#x42; &bogus; `&amp;` [l](https://x.example/?a=1&amp;b=2)'),
    ).toEqual([
      [
        'p',
        null,
        'a & b © A B &bogus; ',
        ['code', null, '&amp;'],
        ' ',
        ['a', { href: 'https://x.example/?a=1&b=2' }, 'l'],
      ],
    ]);
  });

  it('reads reference-style links and hard line breaks', () => {
    expect(
      parseMarkdown('See [the guide][g].\nnext  \nline\n\n[g]: https://example.com/guide "Guide"'),
    ).toEqual([
      [
        'p',
        null,
        'See ',
        ['a', { href: 'https://example.com/guide', title: 'Guide' }, 'the guide'],
        '.\nnext',
        ['br', null],
        'line',
      ],
    ]);
  });

  it('shows raw HTML as its text, inline and as a block', () => {
    expect(
      parseMarkdown('Hello <span class="x">there</span>\n\n<details>\n<summary>More</summary>\n</details>'),
    ).toEqual([
      ['p', null, 'Hello <span class="x">there</span>'],
      ['p', null, '<details>\n<summary>More</summary>\n</details>'],
    ]);
  });

  it('survives nesting deeper than the stack, as text', () => {
    const tree = parseMarkdown(`${'>'.repeat(5_000)} deep`);
    expect(tree.length).toBeGreaterThan(0);
    expect(JSON.stringify(tree)).toContain('deep');
  });

  it('stops nesting at a bounded depth, keeping the rest as text', () => {
    const depth = (nodes: unknown[]): number =>
      Math.max(0, ...nodes.filter(Array.isArray).map((n) => 1 + depth((n as unknown[]).slice(2))));
    const tree = parseMarkdown(`${'> '.repeat(60)}deep`);
    expect(depth(tree)).toBeLessThanOrEqual(30);
    expect(JSON.stringify(tree)).toContain('deep');
  });
});
