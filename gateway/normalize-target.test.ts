import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTarget } from './normalize-target.ts';

describe('normalizeTarget', () => {
  it('keeps a plain operation path and its raw query unchanged', () => {
    expect(normalizeTarget('/organization/costs?start_time=1&project_ids=a%20b&x=%0A')).toEqual({
      ok: true,
      path: '/organization/costs',
      query: 'start_time=1&project_ids=a%20b&x=%0A',
    });
  });

  it('keeps percent-encoded characters that cannot change the path (space, @, unicode)', () => {
    const result = normalizeTarget('/items/a%20b%40c%C3%A9');
    expect(result).toEqual({ ok: true, path: '/items/a%20b%40c%C3%A9', query: '' });
  });

  it('leaves a trailing slash to operation matching', () => {
    expect(normalizeTarget('/organization/costs/').ok).toBe(true);
  });

  const refused: [string, string][] = [
    ['dot-dot segment', '/organization/../admin'],
    ['dot segment', '/organization/./costs'],
    ['trailing dot-dot', '/organization/costs/..'],
    ['encoded dot-dot lower', '/organization/%2e%2e/admin'],
    ['encoded dot-dot upper', '/organization/%2E%2E/admin'],
    ['mixed encoded dot-dot', '/organization/%2E./admin'],
    ['mixed encoded dot-dot 2', '/organization/.%2e/admin'],
    ['encoded single dot', '/organization/%2e/costs'],
    ['double-encoded dot-dot', '/organization/%252e%252e/admin'],
    ['triple-encoded dot-dot', '/organization/%25252e%25252e/admin'],
    ['encoded slash', '/organization%2fadmin'],
    ['encoded slash upper', '/organization%2Fadmin'],
    ['double-encoded slash', '/organization%252fadmin'],
    ['encoded backslash', '/organization%5cadmin'],
    ['encoded backslash upper', '/organization%5C..%5Cadmin'],
    ['raw backslash', '/organization\\..\\admin'],
    ['absolute-form', 'http://evil.example/organization/costs'],
    ['absolute-form https', 'https://api.openai.com/v1/organization/costs'],
    ['scheme-relative', '//evil.example/organization/costs'],
    ['triple slash', '///evil.example/x'],
    ['empty middle segment', '/organization//costs'],
    ['userinfo', '/@evil.example/organization/costs'],
    ['userinfo later', '/organization/costs@evil.example'],
    ['asterisk-form', '*'],
    ['empty', ''],
    ['NUL', '/organization/costs\u0000'],
    ['encoded NUL', '/organization/costs%00'],
    ['raw CR LF', '/organization/costs\r\nX-Injected: 1'],
    ['encoded CR LF in path', '/organization/costs%0d%0aX: 1'],
    ['DEL', '/organization/cos\u007fts'],
    ['tab', '/organization/\tcosts'],
    ['fragment', '/organization/costs#x'],
    ['malformed percent', '/organization/%zz'],
    ['truncated percent', '/organization/costs%'],
  ];
  it.each(refused)('refuses %s', (_name, target) => {
    expect(normalizeTarget(target).ok).toBe(false);
  });

  it('accepts any path of percent-encoded segments that hold no slash, backslash, % or control character', () => {
    // Those characters are exactly what the rule exists to refuse, even encoded; everything else passes intact.
    const segment = fc
      .string({ minLength: 1, maxLength: 12, unit: 'grapheme' })
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are among the excluded.
      .filter((s) => s !== '.' && s !== '..' && !/[/\\%\u0000-\u001f\u007f-\u009f]/.test(s));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (segments) => {
        const path = `/${segments.map((s) => encodeURIComponent(s)).join('/')}`;
        expect(normalizeTarget(`${path}?a=1`)).toEqual({ ok: true, path, query: 'a=1' });
      }),
    );
  });

  it('refuses any path once a traversal token is inserted as a segment', () => {
    const token = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E%2E',
      '%2e.',
      '.%2E',
      '%2e',
      '%252e%252e',
      'a%2fb',
      'a%2Fb',
      'a%5cb',
      'a\\b',
      '',
    );
    const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 4 }),
        token,
        fc.array(segment, { minLength: 1, maxLength: 2 }),
        (before, t, after) => {
          const target = `/${[...before, t, ...after].join('/')}`;
          expect(normalizeTarget(target).ok).toBe(false);
        },
      ),
    );
  });

  it('refuses any target that contains a control character', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z/]{0,10}$/),
        fc.integer({ min: 0, max: 0x1f }),
        fc.stringMatching(/^[a-z/?=&]{0,10}$/),
        (a, code, b) => {
          expect(normalizeTarget(`/${a}${String.fromCharCode(code)}${b}`).ok).toBe(false);
        },
      ),
    );
  });
});
