import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSnippetPrefs, encodeSnippetPrefs } from './snippet-prefs-codec.ts';

describe('snippet prefs codec', () => {
  it('encodes with the version inside', () => {
    expect(encodeSnippetPrefs({ language: 'official-sdk', viaGateway: true })).toBe(
      '{"version":1,"language":"official-sdk","viaGateway":true}',
    );
  });

  it('nothing stored → the first tab, direct calls', () => {
    expect(decodeSnippetPrefs(null)).toEqual({ prefs: { language: 'typescript', viaGateway: false } });
  });

  it.each([
    ['not JSON', '{"version":1,', 'not valid JSON'],
    ['another version', '{"version":2,"language":"curl","viaGateway":true}', 'version: expected 1'],
    [
      'a text flag',
      '{"version":1,"language":"curl","viaGateway":"yes"}',
      'viaGateway: expected true or false',
    ],
    ['a missing language', '{"version":1,"viaGateway":true}', 'language: expected string'],
  ])('%s → defaults plus the raw value and why', (_what, raw, reason) => {
    expect(decodeSnippetPrefs(raw)).toEqual({
      prefs: { language: 'typescript', viaGateway: false },
      corrupt: { raw, reason },
    });
  });

  it('property: decode(encode(x)) is x', () => {
    fc.assert(
      fc.property(fc.record({ language: fc.string(), viaGateway: fc.boolean() }), (prefs) => {
        expect(decodeSnippetPrefs(encodeSnippetPrefs(prefs))).toEqual({ prefs });
      }),
    );
  });

  it('property: any stored text decodes without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        expect(() => decodeSnippetPrefs(raw)).not.toThrow();
      }),
    );
  });
});
