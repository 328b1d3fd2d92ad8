import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './fixtures/memory-storage.ts';
import { themeKey } from './storage-keys.ts';
import { themeBootScript } from './theme-boot-script.ts';
import { decodeTheme, encodeTheme, THEME_PREFERENCES } from './theme-codec.ts';

/** Runs the boot script against a storage holding `raw` and returns the theme attribute it set, if any. */
function boot(raw: string | null, storage = new MemoryStorage()): string | undefined {
  if (raw !== null) storage.setItem(themeKey(), raw);
  const documentElement = { dataset: {} as Record<string, string> };
  new Function('localStorage', 'document', themeBootScript())(storage, { documentElement });
  return documentElement.dataset.theme;
}

/** What the app's codec makes of the same text: the attribute it would set (none for "system"). */
function decoded(raw: string | null): string | undefined {
  const { theme } = decodeTheme(raw);
  return theme === 'system' ? undefined : theme;
}

describe('the theme boot script', () => {
  it('applies what encodeTheme wrote', () => {
    for (const theme of THEME_PREFERENCES) expect(boot(encodeTheme(theme))).toBe(decoded(encodeTheme(theme)));
    expect(boot(encodeTheme('dark'))).toBe('dark');
  });

  it('sets nothing, and never throws, for nothing stored, garbage or blocked storage', () => {
    for (const raw of [
      null,
      '',
      '{',
      'null',
      '5',
      '[]',
      '"dark"',
      '{"theme":"dark"}',
      '{"version":1,"theme":"DARK"}',
    ]) {
      expect(boot(raw)).toBeUndefined();
    }
    const blocked = new MemoryStorage();
    blocked.failAll = new DOMException('denied', 'SecurityError');
    expect(boot(null, blocked)).toBeUndefined();
  });

  it('agrees with the zod codec on every stored text', () => {
    const value = fc.oneof(
      fc.constantFrom<unknown>(1, 2, '1', null, 'light', 'dark', 'system', 'blue'),
      fc.jsonValue(),
    );
    const stored = fc.oneof(
      fc.record({ version: value, theme: value }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(stored, (raw) => {
        expect(boot(raw)).toBe(decoded(raw));
      }),
      { numRuns: 500 },
    );
  });
});
