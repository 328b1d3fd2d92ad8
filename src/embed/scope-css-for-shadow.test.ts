import { describe, expect, it } from 'vitest';
import { scopeCssForShadow } from './scope-css-for-shadow.ts';

describe('scopeCssForShadow', () => {
  it('moves :root rules to the embed root and lets --tryit-<name> override each palette variable', () => {
    const css =
      ':root{--lightningcss-light:initial;--lightningcss-dark: ;color-scheme:light dark;--fg:var(--lightningcss-light,#1a1d21)var(--lightningcss-dark,#e6e8eb);color:var(--fg)}';
    expect(scopeCssForShadow(css)).toBe(
      '.tryit-root{--lightningcss-light:initial;--lightningcss-dark: ;color-scheme:light dark;--fg:var(--tryit-fg,var(--lightningcss-light,#1a1d21)var(--lightningcss-dark,#e6e8eb));color:var(--fg)}',
    );
  });

  it('keeps the theme attribute selectors and media queries, and leaves other rules alone', () => {
    const css =
      '@media (prefers-color-scheme:dark){:root{--lightningcss-dark:initial}}:root[data-theme=dark]{color-scheme:dark}.a{color:red}';
    expect(scopeCssForShadow(css)).toBe(
      '@media (prefers-color-scheme:dark){.tryit-root{--lightningcss-dark:initial}}.tryit-root[data-theme=dark]{color-scheme:dark}.a{color:red}',
    );
  });
});
