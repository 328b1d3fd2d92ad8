import { describe, expect, it } from 'vitest';
import { decodeTheme, encodeTheme, THEME_PREFERENCES } from './theme-codec.ts';

describe('theme codec', () => {
  it('round-trips every choice', () => {
    for (const theme of THEME_PREFERENCES) expect(decodeTheme(encodeTheme(theme))).toEqual({ theme });
  });

  it('falls back to system for nothing stored, and keeps a corrupt value to set aside', () => {
    expect(decodeTheme(null)).toEqual({ theme: 'system' });
    expect(decodeTheme('{"version":1,"theme":"blue"}')).toEqual({
      theme: 'system',
      corrupt: {
        raw: '{"version":1,"theme":"blue"}',
        reason: 'theme: expected "system" or "light" or "dark"',
      },
    });
    expect(decodeTheme('nope').corrupt?.reason).toBe('not valid JSON');
  });
});
