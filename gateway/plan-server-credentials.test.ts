import { describe, expect, it } from 'vitest';
import type { Operation } from './extract-operations.ts';
import { planServerCredentials, schemeEnvSuffix } from './plan-server-credentials.ts';

const schemes = {
  'session-cookie': { type: 'apiKey', in: 'cookie', name: 'sid' },
  TeamCookie: { type: 'apiKey', in: 'cookie', name: 'team' },
  Oidc: { type: 'openIdConnect' },
  Digest: { type: 'http', scheme: 'digest' },
  Basic: { type: 'http', scheme: 'basic' },
};
const op = (security: string[][]): Operation => ({ method: 'GET', template: '/x', security });

describe('planServerCredentials', () => {
  it('names variables after the scheme, upper case, other characters as _', () => {
    expect(schemeEnvSuffix('session-cookie')).toBe('SESSION_COOKIE');
    expect(schemeEnvSuffix('ApiKeyAuth')).toBe('APIKEYAUTH');
  });

  it('applies cookie schemes as one Cookie header, OpenID Connect as a Bearer token', () => {
    const cookies = op([['session-cookie', 'TeamCookie']]);
    const oidc = op([['Oidc']]);
    const plan = planServerCredentials([cookies, oidc], schemes, {
      SESSION_COOKIE: 's1',
      TEAMCOOKIE: 't1',
      OIDC: 'id-token',
    });
    expect(plan.get(cookies)).toEqual({ headers: [['cookie', 'sid=s1; team=t1']], query: [] });
    expect(plan.get(oidc)).toEqual({ headers: [['authorization', 'Bearer id-token']], query: [] });
  });

  it('leaves an operation alone when none of its alternatives is held whole', () => {
    const partly = op([['session-cookie', 'Oidc']]);
    expect(planServerCredentials([partly], schemes, { SESSION_COOKIE: 's1' }).has(partly)).toBe(false);
  });

  it.each([
    [{ DIGEST: 'held-digest-value-1' }, /cannot apply a http digest scheme/],
    [{ BASIC: 'held-no-colon-value' }, /must be user:password/],
    [{ NOPE: 'held-nope-value-1' }, /GATEWAY_CREDENTIAL_NOPE names no security scheme/],
  ])('refuses %o, never echoing the value', (held, message) => {
    expect(() => planServerCredentials([], schemes, held)).toThrow(message);
    try {
      planServerCredentials([], schemes, held);
    } catch (error) {
      expect((error as Error).message).not.toContain(Object.values(held)[0]);
    }
  });

  it('refuses a variable two schemes map to', () => {
    expect(() =>
      planServerCredentials([], { 'a-b': { type: 'oauth2' }, a_b: { type: 'oauth2' } }, { A_B: 'x' }),
    ).toThrow(/ambiguous/);
  });
});
