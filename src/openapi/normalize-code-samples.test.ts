import { describe, expect, it } from 'vitest';
import { normalizeCodeSamples } from './normalize-code-samples.ts';

describe('normalizeCodeSamples', () => {
  it('reads x-codeSamples then x-code-samples, in document order, label falling back to lang', () => {
    expect(
      normalizeCodeSamples({
        'x-codeSamples': [
          { lang: 'JavaScript', label: 'Node SDK', source: 'await client.pets.list();' },
          { lang: ' curl ', source: 'curl https://api.example.com/pets' },
        ],
        'x-code-samples': [{ lang: 'Python', source: 'client.pets.list()' }],
      }),
    ).toEqual([
      { lang: 'JavaScript', label: 'Node SDK', source: 'await client.pets.list();' },
      { lang: 'curl', label: 'curl', source: 'curl https://api.example.com/pets' },
      { lang: 'Python', label: 'Python', source: 'client.pets.list()' },
    ]);
  });

  it('skips entries without a text lang and source, and non-lists', () => {
    expect(
      normalizeCodeSamples({
        'x-codeSamples': [
          { lang: 'Go' },
          { source: 'x' },
          { lang: '', source: 'x' },
          { lang: 'Go', source: 42 },
          null,
          'curl …',
          { lang: 'Go', label: 7, source: 'fmt.Println()' },
        ],
        'x-code-samples': { lang: 'Go', source: 'x' },
      }),
    ).toEqual([{ lang: 'Go', label: 'Go', source: 'fmt.Println()' }]);
    expect(normalizeCodeSamples(undefined)).toEqual([]);
  });

  it('keeps a hostile source as text (it is never run) and bounds the tab bar', () => {
    const script = '<script>alert(1)</script>';
    const many = Array.from({ length: 30 }, (_, i) => ({
      lang: 'sh',
      label: 'x'.repeat(100),
      source: `${i}`,
    }));
    const samples = normalizeCodeSamples({ 'x-codeSamples': [{ lang: 'html', source: script }, ...many] });
    expect(samples[0]?.source).toBe(script);
    expect(samples).toHaveLength(20);
    expect(samples[1]?.label).toHaveLength(40);
  });
});
