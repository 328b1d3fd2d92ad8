import { describe, expect, it } from 'vitest';
import { BIG_BODY_CHARS, chooseBodyView } from './choose-body-view.ts';

describe('chooseBodyView', () => {
  it('shows a body up to the limit whole, and a longer one by its first part', () => {
    const atLimit = 'x'.repeat(BIG_BODY_CHARS);
    expect(chooseBodyView({ bodyText: atLimit, truncated: false })).toBe('whole');
    expect(chooseBodyView({ bodyText: `${atLimit}x`, truncated: false })).toBe('first-part');
    expect(chooseBodyView({ bodyText: 'abcd', truncated: false }, 3)).toBe('first-part');
  });

  it('shows a body cut at the size limit by its first part, however short the text', () => {
    expect(chooseBodyView({ bodyText: '{"a":', truncated: true })).toBe('first-part');
  });

  it('shows binary bytes as a file, cut or not', () => {
    const bodyBlob = new Blob([new Uint8Array(4)]);
    expect(chooseBodyView({ bodyText: '', truncated: false, bodyBlob })).toBe('binary');
    expect(chooseBodyView({ bodyText: '', truncated: true, bodyBlob })).toBe('binary');
  });

  it('an empty body is shown whole', () => {
    expect(chooseBodyView({ bodyText: '', truncated: false })).toBe('whole');
  });
});
