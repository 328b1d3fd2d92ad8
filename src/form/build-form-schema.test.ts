import { describe, expect, it } from 'vitest';
import { buildFormModel } from './build-form-model.ts';
import { buildFormSchema } from './build-form-schema.ts';
import { usageAudioSpeeches } from './fixtures/usage-audio-speeches.ts';
import type { FormModel, FormValues } from './form-model.ts';

function issuesOf(model: FormModel, values: FormValues) {
  const result = buildFormSchema(model).safeParse(values);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('buildFormSchema on the audio speeches operation', () => {
  const model = buildFormModel(usageAudioSpeeches);
  const valid = { ...model.defaults, query__start_time: '1730419200' };

  it('accepts the defaults plus a start time', () => {
    expect(issuesOf(model, valid)).toEqual([]);
  });

  it('says Required when start_time is missing', () => {
    expect(issuesOf(model, model.defaults)).toEqual([{ path: ['query__start_time'], message: 'Required' }]);
  });

  it('caps limit at 31 when bucket_width is 1d', () => {
    expect(issuesOf(model, { ...valid, query__limit: '40' })).toEqual([
      { path: ['query__limit'], message: 'Must be at most 31 when bucket_width is 1d' },
    ]);
  });

  it('accepts limit 40 when bucket_width is 1h', () => {
    expect(issuesOf(model, { ...valid, query__limit: '40', query__bucket_width: '1h' })).toEqual([]);
  });

  it('uses the bucket_width default when it is cleared', () => {
    expect(issuesOf(model, { ...valid, query__limit: '32', query__bucket_width: '' })).toEqual([
      { path: ['query__limit'], message: 'Must be at most 31 when bucket_width is 1d' },
    ]);
  });

  it('puts the end_time <= start_time message on end_time', () => {
    for (const end of ['1730419200', '1730419199']) {
      expect(issuesOf(model, { ...valid, query__end_time: end })).toEqual([
        { path: ['query__end_time'], message: 'end_time must be after start_time' },
      ]);
    }
    expect(issuesOf(model, { ...valid, query__end_time: '1730419201' })).toEqual([]);
  });

  it('rejects fractions and words in integers, and values outside the enum', () => {
    expect(issuesOf(model, { ...valid, query__limit: '1.5', query__bucket_width: '2d' })).toEqual([
      { path: ['query__bucket_width'], message: 'Must be one of: 1m, 1h, 1d' },
      { path: ['query__limit'], message: 'Must be a whole number' },
    ]);
    expect(issuesOf(model, { ...valid, query__limit: 'ten' })[0]?.message).toBe('Must be a whole number');
  });

  it('validates array items with the item path', () => {
    expect(issuesOf(model, { ...valid, query__group_by: ['model', 'colour'] })).toEqual([
      { path: ['query__group_by', 1], message: 'Must be one of: project_id, user_id, api_key_id, model' },
    ]);
  });
});
