import { describe, expect, it } from 'vitest';
import { buildFormModel } from './build-form-model.ts';
import { effectiveBounds } from './effective-bounds.ts';
import { everyKind } from './fixtures/every-kind.ts';
import { usageAudioSpeeches } from './fixtures/usage-audio-speeches.ts';

describe('effectiveBounds', () => {
  const model = buildFormModel(usageAudioSpeeches);
  const limit = model.fields.find((f) => f.name === 'limit')!;

  it('follows the depends rule for the current bucket_width', () => {
    expect(effectiveBounds(limit, { query__bucket_width: '1h' }, model.rules, model.fields)).toEqual({
      default: 24,
      minimum: 1,
      maximum: 168,
      condition: 'when bucket_width is 1h',
      hint: '1 to 168, default 24 when bucket_width is 1h',
    });
    expect(effectiveBounds(limit, { query__bucket_width: '1m' }, model.rules, model.fields).maximum).toBe(
      1440,
    );
  });

  it("falls back to bucket_width's schema default when it is unset", () => {
    expect(effectiveBounds(limit, { query__bucket_width: '' }, model.rules, model.fields)).toMatchObject({
      default: 7,
      minimum: 1,
      maximum: 31,
      condition: 'when bucket_width is 1d',
    });
  });

  it('finds the rule input by its conventional key when the fields are not given', () => {
    expect(effectiveBounds(limit, { query__bucket_width: '1h' }, model.rules).maximum).toBe(168);
  });

  it('applies bounds rules, and keeps schema bounds when no rule matches', () => {
    expect(
      effectiveBounds(limit, {}, [{ kind: 'bounds', target: 'limit', default: 7, minimum: 1, maximum: 180 }]),
    ).toEqual({ default: 7, minimum: 1, maximum: 180, hint: '1 to 180, default 7' });
    expect(effectiveBounds(limit, { query__bucket_width: '1w' }, model.rules, model.fields)).toEqual({});
    const everyLimit = buildFormModel(everyKind).fields.find((f) => f.name === 'limit')!;
    expect(effectiveBounds(everyLimit, {}, [])).toEqual({
      default: 20,
      minimum: 1,
      maximum: 100,
      hint: '1 to 100, default 20',
    });
  });
});
