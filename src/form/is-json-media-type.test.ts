import { describe, expect, it } from 'vitest';
import { isJsonMediaType } from './is-json-media-type.ts';

describe('isJsonMediaType', () => {
  it('accepts JSON and +json types, with parameters and any case', () => {
    for (const type of [
      'application/json',
      'Application/JSON; charset=utf-8',
      'application/merge-patch+json',
      'text/json',
    ]) {
      expect(isJsonMediaType(type)).toBe(true);
    }
  });

  it('rejects other types', () => {
    for (const type of [
      'multipart/form-data',
      'application/jsonl',
      'application/x-ndjson',
      'text/plain',
      '*/*',
      '',
    ]) {
      expect(isJsonMediaType(type)).toBe(false);
    }
  });
});
