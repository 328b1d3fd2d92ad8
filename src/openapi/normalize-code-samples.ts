import type { CodeSample } from './model.ts';
import { ownValue } from './own-value.ts';

// Enough for every language a docs team writes by hand; a hostile description cannot flood the tab bar.
const MAX_SAMPLES = 20;
const MAX_LABEL = 40;

/**
 * An operation's hand-written samples: `x-codeSamples` (Redocly's name) and the older `x-code-samples`,
 * in document order. Entries without a text `lang` and `source` are skipped; labels are cut to a tab's width.
 */
export function normalizeCodeSamples(operation: unknown): CodeSample[] {
  const samples: CodeSample[] = [];
  for (const key of ['x-codeSamples', 'x-code-samples']) {
    const list = ownValue(operation, key);
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      if (samples.length >= MAX_SAMPLES) return samples;
      const lang = ownValue(entry, 'lang');
      const source = ownValue(entry, 'source');
      const label = ownValue(entry, 'label');
      if (typeof lang !== 'string' || lang.trim() === '' || typeof source !== 'string') continue;
      const shown = (typeof label === 'string' && label.trim() !== '' ? label : lang).trim();
      samples.push({ lang: lang.trim(), label: shown.slice(0, MAX_LABEL), source });
    }
  }
  return samples;
}
