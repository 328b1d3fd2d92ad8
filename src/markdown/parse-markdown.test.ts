import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, safeHref } from './parse-markdown.ts';

describe('parseMarkdown', () => {
  it('parses the usage API limit description into a paragraph and a list', () => {
    const blocks = parseMarkdown(
      'Specifies the number of buckets to return.\n- `bucket_width=1d`: default: 7, max: 31\n- `bucket_width=1h`: default: 24, max: 168\n',
    );
    expect(blocks).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Specifies the number of buckets to return.' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [
            { type: 'code', text: 'bucket_width=1d' },
            { type: 'text', text: ': default: 7, max: 31' },
          ],
          [
            { type: 'code', text: 'bucket_width=1h' },
            { type: 'text', text: ': default: 24, max: 168' },
          ],
        ],
      },
    ]);
  });

  it('keeps fenced code verbatim and headings with levels', () => {
    expect(parseMarkdown('## Title\n```json\n{"a": 1}\n```')).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Title' }] },
      { type: 'code', lang: 'json', text: '{"a": 1}' },
    ]);
  });

  it('leaves raw HTML as text', () => {
    expect(parseMarkdown('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: '<img src=x onerror=alert(1)>' }] },
    ]);
  });

  it('joins list continuation lines and separates ordered lists', () => {
    const blocks = parseMarkdown('1. one\n   more\n2. two\n- bullet');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatchObject({ type: 'list', ordered: true });
    expect(blocks[0]?.type === 'list' && blocks[0].items[0]).toEqual([{ type: 'text', text: 'one more' }]);
  });
});

describe('parseInline', () => {
  it('keeps safe links and drops javascript: links to their text', () => {
    expect(parseInline('see [docs](https://example.com/a) or [x](javascript:alert(1))')).toEqual([
      { type: 'text', text: 'see ' },
      { type: 'link', href: 'https://example.com/a', children: [{ type: 'text', text: 'docs' }] },
      { type: 'text', text: ' or ' },
      { type: 'text', text: 'x' },
      { type: 'text', text: ')' },
    ]);
  });

  it('parses bold, italics and autolinks', () => {
    expect(parseInline('**bold** and *it* at https://platform.openai.com/docs.')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ' at ' },
      {
        type: 'link',
        href: 'https://platform.openai.com/docs',
        children: [{ type: 'text', text: 'https://platform.openai.com/docs' }],
      },
      { type: 'text', text: '.' },
    ]);
  });

  it('does not treat snake_case underscores as emphasis', () => {
    expect(parseInline('start_time and end_time')).toEqual([
      { type: 'text', text: 'start_time and end_time' },
    ]);
  });
});

describe('safeHref', () => {
  it.each([
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['//evil.example/x', undefined],
    ['https://example.com', 'https://example.com'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['#/operations/x', '#/operations/x'],
    ['/docs', '/docs'],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});
