import { describe, expect, it } from 'vitest';
import { parseJsonBody } from './parse-json-body.ts';

describe('parseJsonBody', () => {
  it('parses a body its content type calls JSON, or whose text looks like JSON', () => {
    expect(parseJsonBody('[1]', 'application/json; charset=utf-8')).toEqual({ ok: true, value: [1] });
    expect(parseJsonBody('"text"', 'application/problem+json')).toEqual({ ok: true, value: 'text' });
    expect(parseJsonBody(' {"a":1}', 'text/plain')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('leaves alone what is not JSON, is cut short or malformed', () => {
    expect(parseJsonBody('42', 'text/plain')).toEqual({ ok: false });
    expect(parseJsonBody('{"data": [', 'application/json')).toEqual({ ok: false });
    expect(parseJsonBody('', 'application/json')).toEqual({ ok: false });
  });
});
