import { describe, expect, it } from 'vitest';
import { parseCrossFieldRule } from './parse-cross-field-rule.ts';

describe('parseCrossFieldRule', () => {
  it('reads the three rule kinds', () => {
    expect(parseCrossFieldRule({ kind: 'compare', left: 'b', op: '>=', right: 'a', message: 'm' })).toEqual({
      kind: 'compare',
      left: 'b',
      op: '>=',
      right: 'a',
      message: 'm',
    });
    expect(
      parseCrossFieldRule({
        kind: 'depends',
        target: 'limit',
        on: 'w',
        cases: { '1d': { default: 7, label: 'x' }, bad: 'x' },
      }),
    ).toEqual({
      kind: 'depends',
      target: 'limit',
      on: 'w',
      cases: { '1d': { default: 7 } },
    });
    expect(parseCrossFieldRule({ kind: 'bounds', target: 'limit', minimum: 1, maximum: '9' })).toEqual({
      kind: 'bounds',
      target: 'limit',
      minimum: 1,
    });
  });

  it('drops malformed rules instead of throwing', () => {
    for (const raw of [
      null,
      'compare',
      { kind: 'compare', left: 'b', op: '==', right: 'a' },
      { kind: 'compare', left: '', op: '>', right: 'a' },
      { kind: 'depends', target: 'limit', on: 'w', cases: {} },
      { kind: 'depends', target: 'limit', cases: { '1d': { default: 1 } } },
      { kind: 'bounds', target: 'limit' },
      { kind: 'bounds', target: 'limit', maximum: Number.NaN },
      { kind: 'unknown', target: 'limit' },
    ]) {
      expect(parseCrossFieldRule(raw), JSON.stringify(raw)).toBeUndefined();
    }
  });
});
