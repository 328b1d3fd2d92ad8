import { beforeAll, describe, expect, it } from 'vitest';
import { HIGHLIGHT_LIMIT, highlightBody } from './highlight-body.ts';
import { loadPrism } from './prism-instance.ts';

beforeAll(async () => {
  await loadPrism();
});

const hostile = '{"html": "<img src=x onerror=alert(1)>", "close": "</code><script>alert(1)</script>"}';

describe('highlightBody', () => {
  it('highlights JSON into Prism tokens', () => {
    expect(highlightBody('{"a": 1}', 'json')).toEqual({
      html:
        '<span class="token punctuation">{</span><span class="token property">"a"</span>' +
        '<span class="token operator">:</span> <span class="token number">1</span>' +
        '<span class="token punctuation">}</span>',
      highlighted: true,
    });
  });

  it('never lets a body inject tags (highlighted JSON)', () => {
    const { html, highlighted } = highlightBody(hostile, 'json');
    expect(highlighted).toBe(true);
    expect(html).not.toMatch(/<img|<script|<\/code/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it('never lets a body inject tags (markup grammar, plain text, over the limit)', () => {
    const markup = highlightBody('<img src=x onerror=alert(1)></code><script>x</script>', 'markup');
    expect(markup.highlighted).toBe(true);
    expect(markup.html).not.toMatch(/<img|<script|<\/code/i);
    for (const [language, limit] of [
      ['plain', HIGHLIGHT_LIMIT],
      ['json', 10],
    ] as const) {
      const { html, highlighted } = highlightBody(hostile, language, limit);
      expect(highlighted).toBe(false);
      expect(html).toBe(
        '{&quot;html&quot;: &quot;&lt;img src=x onerror=alert(1)&gt;&quot;, &quot;close&quot;: ' +
          '&quot;&lt;/code&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;}',
      );
    }
  });

  it('skips highlighting above the limit (200 000 characters by default)', () => {
    const big = `[${'1,'.repeat(HIGHLIGHT_LIMIT / 2)}1]`;
    expect(big.length).toBeGreaterThan(HIGHLIGHT_LIMIT);
    expect(highlightBody(big, 'json').highlighted).toBe(false);
    expect(highlightBody('[1]', 'json', 3).highlighted).toBe(true);
    expect(highlightBody('[1]', 'json', 2).highlighted).toBe(false);
  });
});
