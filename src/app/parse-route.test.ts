import { describe, expect, it } from 'vitest';
import { operationHref, parseRoute } from './parse-route.ts';

describe('parseRoute', () => {
  it('reads an operation id', () => {
    expect(parseRoute('#/operations/usage-audio-speeches')).toEqual({ operationId: 'usage-audio-speeches' });
  });
  it('round-trips ids with reserved characters', () => {
    for (const id of ['a/b', 'x y', 'ü?#%', 'createChat.completion']) {
      expect(parseRoute(operationHref(id))).toEqual({ operationId: id });
    }
  });
  it('ignores other hashes and malformed escapes', () => {
    expect(parseRoute('')).toEqual({});
    expect(parseRoute('#/other/x')).toEqual({});
    expect(parseRoute('#/operations/%E0%A4%A')).toEqual({});
  });
});

describe('share links', () => {
  it('carry form values after the operation id', () => {
    const href = operationHref('usage-costs', 'query__start_time=1&query__ids=a&query__ids=b');
    expect(href).toBe('#/operations/usage-costs?query__start_time=1&query__ids=a&query__ids=b');
    expect(parseRoute(href)).toEqual({
      operationId: 'usage-costs',
      query: 'query__start_time=1&query__ids=a&query__ids=b',
    });
  });
});
