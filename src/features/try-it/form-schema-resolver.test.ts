import { describe, expect, it } from 'vitest';
import { buildFormModel } from '../../form/build-form-model.ts';
import { buildFormSchema } from '../../form/build-form-schema.ts';
import { usageAudioSpeeches } from '../../form/fixtures/usage-audio-speeches.ts';
import { formSchemaResolver } from './form-schema-resolver.ts';

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('formSchemaResolver', () => {
  const model = buildFormModel(usageAudioSpeeches);
  const resolver = formSchemaResolver(buildFormSchema(model));

  it('puts each message on its field, array item messages on the item', async () => {
    const bad = await resolver(
      { ...model.defaults, query__limit: '40', query__group_by: ['model', 'nope'] },
      undefined,
      options,
    );
    expect(bad.values).toEqual({});
    expect(bad.errors.query__start_time).toEqual({ type: 'custom', message: 'Required' });
    expect(bad.errors.query__limit?.message).toBe('Must be at most 31 when bucket_width is 1d');
    const items = bad.errors.query__group_by as unknown as ({ message?: string } | undefined)[];
    expect(items[0]).toBeUndefined();
    expect(items[1]?.message).toMatch(/^Must be one of/);
  });

  it('passes valid values through untouched', async () => {
    const values = { ...model.defaults, query__start_time: '1730419200' };
    expect(await resolver(values, undefined, options)).toEqual({ values, errors: {} });
  });
});
