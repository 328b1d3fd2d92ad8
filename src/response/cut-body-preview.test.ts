import { describe, expect, it } from 'vitest';
import { CUT_PREVIEW_CHARS, cutBodyPreview } from './cut-body-preview.ts';
import { reformatJsonPrefix } from './reformat-json-prefix.ts';

describe('cutBodyPreview', () => {
  it('shows the first part of cut JSON re-indented, not as one line', () => {
    const item = JSON.stringify({ id: 'pet', name: 'x'.repeat(90) });
    const cut = `[${Array(1000).fill(item).join(',')}`.slice(0, 50_000);
    const preview = cutBodyPreview(cut, 'application/json', reformatJsonPrefix, 10_000);
    expect(preview.language).toBe('json');
    expect(preview.shownChars).toBe(10_000);
    expect(preview.text.startsWith('[\n  {\n    "id": "pet",\n    "name": "xxx')).toBe(true);
    expect(Math.max(...preview.text.split('\n').map((line) => line.length))).toBeLessThan(120);
  });

  it('recognizes JSON by its first character when the content type does not say', () => {
    expect(cutBodyPreview('{"a":1', 'text/plain', reformatJsonPrefix).text).toBe('{\n  "a": 1');
  });

  it('keeps text and markup as they came, only shorter', () => {
    expect(cutBodyPreview('abcdef', 'text/plain', reformatJsonPrefix, 3)).toEqual({
      text: 'abc',
      language: 'plain',
      shownChars: 3,
    });
    expect(cutBodyPreview('<p>x</p>', 'text/html', reformatJsonPrefix).language).toBe('markup');
  });

  it('a big whole body shows its first CUT_PREVIEW_CHARS, changed only in whitespace', () => {
    const bucket = JSON.stringify({
      object: 'bucket',
      start_time: 1,
      results: [{ characters: 12, model: 'tts-1' }],
    });
    const body = `{"object":"page","data":[${Array(20_000).fill(bucket).join(',')}],"has_more":false}`;
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const preview = cutBodyPreview(body, 'application/json', reformatJsonPrefix);
    expect(preview.shownChars).toBe(CUT_PREVIEW_CHARS);
    expect(preview.text.replace(/\s/g, '')).toBe(body.slice(0, CUT_PREVIEW_CHARS).replace(/\s/g, ''));
    expect(preview.text.startsWith('{\n  "object": "page",\n  "data": [\n    {')).toBe(true);
  });
});
