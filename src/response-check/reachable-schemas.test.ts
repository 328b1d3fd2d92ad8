import { describe, expect, it } from 'vitest';
import { usageResponses, usageSchemas } from './fixtures/usage-responses.ts';
import { reachableSchemas } from './reachable-schemas.ts';

describe('reachableSchemas', () => {
  it('follows $refs through the table, and leaves out what nothing reaches', () => {
    const table = { ...usageSchemas, '#/components/schemas/Unrelated': { type: 'string' } };
    const [ok] = usageResponses.responses;
    expect(Object.keys(reachableSchemas([ok], table)).sort()).toEqual([
      '#/components/schemas/UsageAudioSpeechesResult',
      '#/components/schemas/UsageCompletionsResult',
      '#/components/schemas/UsageResponse',
      '#/components/schemas/UsageTimeBucket',
    ]);
  });

  it('survives cycles and dangling refs', () => {
    const table = { '#/a': { properties: { next: { $ref: '#/a' }, gone: { $ref: '#/missing' } } } };
    expect(Object.keys(reachableSchemas([{ $ref: '#/a' }], table))).toEqual(['#/a']);
  });
});
