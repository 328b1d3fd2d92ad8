import { describe, expect, it } from 'vitest';
import { highlightBody } from './highlight-body.ts';
import { highlightCode } from './load-prism-language.ts';

// A file of its own: Prism must not have been loaded by another test in this module graph.
describe('before Prism has loaded', () => {
  it('shows bodies and snippets as escaped plain text', () => {
    expect(highlightBody('{"a": "<b>"}', 'json')).toEqual({
      html: '{&quot;a&quot;: &quot;&lt;b&gt;&quot;}',
      highlighted: false,
    });
    expect(highlightCode('const a = "<i>";', 'typescript')).toBe('const a = &quot;&lt;i&gt;&quot;;');
  });
});
