import { describe, expect, it } from 'vitest';
import { pickColorScheme } from './color-scheme-choice.ts';

describe('pickColorScheme', () => {
  it("uses the element's theme over the host document's and the system's", () => {
    expect(pickColorScheme('dark', 'light', false)).toBe('dark');
    expect(pickColorScheme('light', 'dark', true)).toBe('light');
  });

  it("on auto, follows the system and ignores the host document's data-theme", () => {
    expect(pickColorScheme('auto', 'dark', false)).toBe('light');
    expect(pickColorScheme('auto', 'light', true)).toBe('dark');
  });

  it("in the page, follows the toggle's data-theme, else the system", () => {
    expect(pickColorScheme(undefined, 'dark', false)).toBe('dark');
    expect(pickColorScheme(undefined, undefined, true)).toBe('dark');
    expect(pickColorScheme(undefined, 'sepia', false)).toBe('light');
  });
});
