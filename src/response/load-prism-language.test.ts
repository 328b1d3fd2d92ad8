import { describe, expect, it } from 'vitest';
import { highlightCode, loadPrismLanguage } from './load-prism-language.ts';
import { loadedPrism, loadPrism } from './prism-instance.ts';

describe('loadPrismLanguage', () => {
  it('loads Prism once, in manual mode (no automatic highlighting of the page), with json', async () => {
    const prism = await loadPrism();
    expect(await loadPrism()).toBe(prism);
    expect(loadedPrism()).toBe(prism);
    expect(prism.manual).toBe(true);
    expect(prism.languages.json).toBeDefined();
  });

  it.each(['typescript', 'bash', 'python'] as const)(
    'loads %s on demand, then highlights with it',
    async (language) => {
      await loadPrismLanguage(language);
      expect(loadedPrism()?.languages[language]).toBeDefined();
      expect(highlightCode('import os', language)).toContain('<span class="token');
      await loadPrismLanguage(language);
    },
  );

  it('falls back to escaped text for a grammar that is not loaded', () => {
    expect(highlightCode('<b>x</b>', 'cobol')).toBe('&lt;b&gt;x&lt;/b&gt;');
  });
});
