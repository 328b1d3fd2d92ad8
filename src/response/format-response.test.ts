import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDuration, formatSize, prettyBody, statusText } from './format-response.ts';

describe('formatSize', () => {
  it.each([
    [0, '0 B'],
    [512, '512 B'],
    [1023, '1023 B'],
    [1024, '1.0 KB'],
    [1229, '1.2 KB'],
    [10 * 1024, '10 KB'],
    [1024 * 1024 - 1, '1.0 MB'],
    [5 * 1024 * 1024, '5.0 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
    [-5, '0 B'],
    [Number.NaN, '0 B'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 ms'],
    [142.4, '142 ms'],
    [999.4, '999 ms'],
    [1240, '1.24 s'],
    [59_999, '1 min 0 s'],
    [125_000, '2 min 5 s'],
    [-1, '0 ms'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('prettyBody', () => {
  it('pretty-prints JSON with 2 spaces and returns the parsed value', () => {
    expect(prettyBody('{"a":[1,{"b":null}]}', 'application/json; charset=utf-8')).toEqual({
      text: '{\n  "a": [\n    1,\n    {\n      "b": null\n    }\n  ]\n}',
      language: 'json',
      parsed: { a: [1, { b: null }] },
    });
  });

  it('recognizes JSON without a JSON content type when it looks like JSON', () => {
    expect(prettyBody(' [1]', 'text/plain')).toEqual({ text: '[\n  1\n]', language: 'json', parsed: [1] });
    expect(prettyBody('{"x":1}', '')).toMatchObject({ language: 'json' });
  });

  it('accepts +json media types, including scalars', () => {
    expect(prettyBody('"hi"', 'application/problem+json')).toEqual({
      text: '"hi"',
      language: 'json',
      parsed: 'hi',
    });
  });

  it('keeps malformed or truncated JSON as plain text', () => {
    expect(prettyBody('{"a":', 'application/json')).toEqual({ text: '{"a":', language: 'plain' });
  });

  it('marks HTML/XML as markup and the rest as plain, never evaluating anything', () => {
    expect(prettyBody('<p>x</p>', 'text/html')).toEqual({ text: '<p>x</p>', language: 'markup' });
    expect(prettyBody('<a/>', 'application/xml')).toEqual({ text: '<a/>', language: 'markup' });
    expect(prettyBody('alert(1)', 'application/javascript')).toEqual({ text: 'alert(1)', language: 'plain' });
  });

  it('property: never throws', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (body, type) => void prettyBody(body, type)));
  });
});

describe('statusText', () => {
  it.each([
    [200, 'OK'],
    [400, 'Bad Request'],
    [429, 'Too Many Requests'],
    [499, 'Client Error'],
    [599, 'Server Error'],
    [0, ''],
    [999, ''],
  ])('%d → %j', (status, text) => {
    expect(statusText(status)).toBe(text);
  });
});
