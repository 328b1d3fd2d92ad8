import { describe, expect, it } from 'vitest';
import { samplePatternStrings } from './sample-pattern-string.ts';

describe('samplePatternStrings', () => {
  it.each([
    '^IS[0-9a-fA-F]{32}$',
    'arn:.+',
    '(0x[A-Fa-f0-9]{64}|[A-Fa-f0-9]{64})',
    'arn:aws[-a-z]*:wellarchitected:[a-z]{2}(-gov)?-[a-z]+-\\d:\\d{12}:profile/[a-z0-9]+',
    '^([1-9][0-9]*)$',
  ])('makes strings that match %s, the same ones every time', (pattern) => {
    const samples = samplePatternStrings({ pattern });
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) expect(sample).toMatch(new RegExp(pattern, 'u'));
    expect(samplePatternStrings({ pattern })).toEqual(samples);
  });

  it('keeps to the length bounds and gives nothing for a pattern it cannot read or satisfy', () => {
    for (const sample of samplePatternStrings({ pattern: '^[a-z]+$', minLength: 3, maxLength: 5 })) {
      expect(sample.length).toBeGreaterThanOrEqual(3);
      expect(sample.length).toBeLessThanOrEqual(5);
    }
    expect(samplePatternStrings({ pattern: '(' })).toEqual([]);
    expect(samplePatternStrings({ pattern: '^\\p{L}+$' })).toEqual([]);
    expect(samplePatternStrings({})).toEqual([]);
  });
});
