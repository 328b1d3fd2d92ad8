import { describe, expect, it } from 'vitest';
import { highlightCode, loadPrismLanguage } from './load-prism-language.ts';
import { prism } from './prism-instance.ts';

describe('loadPrismLanguage', () => {
  it('is in manual mode (no automatic highlighting of the page) with json preloaded', () => {
    expect(prism.manual).toBe(true);
    expect(prism.languages.json).toBeDefined();
  });

  it.each(['typescript', 'bash', 'python'] as const)(
    'loads %s on demand, then highlights with it',
    async (language) => {
      await loadPrismLanguage(language);
      expect(prism.languages[language]).toBeDefined();
      expect(highlightCode('import os', language)).toContain('<span class="token');
      await loadPrismLanguage(language);
    },
  );

  it('falls back to escaped text for a grammar that is not loaded', () => {
    expect(highlightCode('<b>x</b>', 'cobol')).toBe('&lt;b&gt;x&lt;/b&gt;');
  });
});
