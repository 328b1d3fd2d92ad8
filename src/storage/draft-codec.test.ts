import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDraft, encodeDraft } from './draft-codec.ts';

describe('draft codec', () => {
  it('keeps text and text lists, drops files, nulls and other values', () => {
    const file = new Blob(['x']);
    const raw = encodeDraft({
      'query.a': '1',
      'query.ids': ['x', 'y'],
      'body.file': file,
      'query.b': null,
      n: 3,
    });
    expect(raw).toBe('{"version":1,"values":{"query.a":"1","query.ids":["x","y"]}}');
    expect(decodeDraft(raw)).toEqual({ values: { 'query.a': '1', 'query.ids': ['x', 'y'] } });
  });

  it('drops every field that contains a current credential', () => {
    const raw = encodeDraft(
      {
        'header.Authorization': 'Bearer sk-admin-123',
        'query.note': 'ok',
        'query.list': ['a', 'sk-admin-123'],
      },
      ['sk-admin-123 ', ''],
    );
    expect(decodeDraft(raw).values).toEqual({ 'query.note': 'ok' });
    expect(raw).not.toContain('sk-admin');
  });

  it('ignores secrets too short to be told from ordinary text', () => {
    expect(decodeDraft(encodeDraft({ a: 'abc' }, ['ab'])).values).toEqual({ a: 'abc' });
  });

  it('nothing stored → no values; wrong shape → no values plus the raw', () => {
    expect(decodeDraft(null)).toEqual({ values: {} });
    expect(decodeDraft('{"version":1,"values":{"a":1}}')).toEqual({
      values: {},
      corrupt: {
        raw: '{"version":1,"values":{"a":1}}',
        reason: 'values.a: matches none of the allowed shapes',
      },
    });
  });

  it('property: decode(encode(x)) is x for text drafts without secrets', () => {
    const key = fc.string().filter((k) => k !== '__proto__');
    fc.assert(
      fc.property(fc.dictionary(key, fc.oneof(fc.string(), fc.array(fc.string()))), (values) => {
        expect(decodeDraft(encodeDraft(values))).toEqual({ values });
      }),
    );
  });

  it('property: a secret never survives encoding, wherever it is typed', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 6 }).filter((s) => s.trim().length >= 6),
        fc.string(),
        fc.string(),
        (secret, before, after) => {
          const raw = encodeDraft({ a: `${before}${secret}${after}`, b: [before, `${secret}`] }, [secret]);
          expect(decodeDraft(raw).values).toEqual({});
        },
      ),
    );
  });

  it('property: decoding any string never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (raw) => void decodeDraft(raw)));
  });
});
