import { describe, expect, it } from 'vitest';
import { compileOperationGlobs } from './compile-operation-globs.ts';

describe('compileOperationGlobs', () => {
  const allowed = compileOperationGlobs(['usage-*', 'list-models', '*-costs']);

  it('matches exact ids and star globs', () => {
    expect(allowed('usage-audio-speeches')).toBe(true);
    expect(allowed('usage-')).toBe(true);
    expect(allowed('list-models')).toBe(true);
    expect(allowed('usage-costs')).toBe(true);
    expect(allowed('organization-costs')).toBe(true);
  });

  it('refuses everything else, and operations without an id', () => {
    expect(allowed('list-models-extra')).toBe(false);
    expect(allowed('delete-project')).toBe(false);
    expect(allowed('xusage-a')).toBe(false);
    expect(allowed(undefined)).toBe(false);
  });

  it('takes regular-expression characters literally', () => {
    const dotted = compileOperationGlobs(['get.item', 'a+*']);
    expect(dotted('get.item')).toBe(true);
    expect(dotted('getXitem')).toBe(false);
    expect(dotted('a+b')).toBe(true);
    expect(dotted('aab')).toBe(false);
  });

  it('a lone star allows every operation that has an id', () => {
    expect(compileOperationGlobs(['*'])('anything\nat all')).toBe(true);
  });
});
