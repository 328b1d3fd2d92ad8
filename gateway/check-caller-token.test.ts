import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createTokenCheck, tokensFromHashFile, tokensFromList } from './check-caller-token.ts';

const TOKEN = 'caller-token-for-unit-tests-1';
const OTHER = 'caller-token-for-unit-tests-2';
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('createTokenCheck', () => {
  const check = createTokenCheck([
    ...tokensFromList([TOKEN]),
    ...tokensFromHashFile(`${sha(OTHER)} ops-team\n`),
  ]);

  it('accepts a known token from X-Gateway-Token, with an id that is not the token', () => {
    const verdict = check.check({ 'x-gateway-token': TOKEN });
    expect(verdict).toEqual({ ok: true, id: `token:${sha(TOKEN).slice(0, 12)}` });
    expect(JSON.stringify(verdict)).not.toContain(TOKEN);
    expect(check.check({ 'x-gateway-token': ` ${OTHER} ` })).toEqual({ ok: true, id: 'token:ops-team' });
  });

  it.each([
    ['no header', {}],
    ['an empty header', { 'x-gateway-token': '  ' }],
    ['a wrong token', { 'x-gateway-token': `${TOKEN}x` }],
    ['a prefix of a token', { 'x-gateway-token': TOKEN.slice(0, 10) }],
    ['the token sent twice', { 'x-gateway-token': [TOKEN, TOKEN] }],
    ['the token in Authorization instead', { authorization: `Bearer ${TOKEN}` }],
    ['the token in Authorization as a bare value', { authorization: TOKEN }],
  ])('refuses %s with caller_unauthenticated', (_name, headers) => {
    const verdict = check.check(headers);
    expect(verdict).toMatchObject({ ok: false, code: 'caller_unauthenticated' });
    expect(JSON.stringify(verdict)).not.toContain(TOKEN);
  });
});

describe('tokensFromHashFile', () => {
  it('skips comments and blank lines, takes labels and either hex case', () => {
    const known = tokensFromHashFile(`# ops\n\n${sha(TOKEN).toUpperCase()}\n  ${sha(OTHER)}   bob.smith  \n`);
    expect(known.map((token) => token.id)).toEqual([`token:${sha(TOKEN).slice(0, 12)}`, 'token:bob.smith']);
  });

  it.each([
    ['a raw token instead of its hash', `${TOKEN}\n`],
    ['a short hash', `${sha(TOKEN).slice(0, 40)}\n`],
    ['a label with spaces', `${sha(TOKEN)} bob smith\n`],
  ])('refuses %s, naming the line but never echoing it', (_name, text) => {
    expect(() => tokensFromHashFile(`# header\n${text}`)).toThrow(/line 2/);
    try {
      tokensFromHashFile(text);
    } catch (error) {
      expect((error as Error).message).not.toContain(TOKEN);
      expect((error as Error).message).not.toContain(sha(TOKEN).slice(0, 40));
    }
  });

  it('refuses a file without hashes', () => {
    expect(() => tokensFromHashFile('# nothing yet\n')).toThrow(/no token hashes/);
  });
});
