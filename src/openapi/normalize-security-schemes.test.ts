import { describe, expect, it } from 'vitest';
import { normalizeSecuritySchemes } from './normalize-security-schemes.ts';

const withSchemes = (securitySchemes: unknown) => ({ components: { securitySchemes } });

describe('normalizeSecuritySchemes: OAuth 2 and OpenID Connect', () => {
  it('keeps each OAuth 2 flow with its URLs and scopes, in a fixed order', () => {
    expect(
      normalizeSecuritySchemes(
        withSchemes({
          OAuth: {
            type: 'oauth2',
            description: 'Sign in.',
            flows: {
              clientCredentials: { tokenUrl: 'https://auth.example/token', scopes: {} },
              authorizationCode: {
                authorizationUrl: 'https://auth.example/authorize',
                tokenUrl: 'https://auth.example/token',
                refreshUrl: 'https://auth.example/refresh',
                scopes: { 'read:pets': 'Read your pets', 'write:pets': 'Modify them', odd: 3 },
              },
              unknownFlow: { tokenUrl: 'https://x.example' },
            },
          },
        }),
      ),
    ).toEqual({
      OAuth: {
        type: 'oauth2',
        description: 'Sign in.',
        flows: [
          { kind: 'clientCredentials', tokenUrl: 'https://auth.example/token', scopes: {} },
          {
            kind: 'authorizationCode',
            authorizationUrl: 'https://auth.example/authorize',
            tokenUrl: 'https://auth.example/token',
            refreshUrl: 'https://auth.example/refresh',
            scopes: { 'read:pets': 'Read your pets', 'write:pets': 'Modify them', odd: '' },
          },
        ],
      },
    });
  });

  it('keeps the OpenID Connect discovery URL', () => {
    expect(
      normalizeSecuritySchemes(
        withSchemes({
          Oidc: {
            type: 'openIdConnect',
            openIdConnectUrl: 'https://id.example/.well-known/openid-configuration',
          },
        }),
      ),
    ).toEqual({
      Oidc: {
        type: 'openIdConnect',
        openIdConnectUrl: 'https://id.example/.well-known/openid-configuration',
      },
    });
  });

  it('never lets a scope named __proto__ reach an object prototype', () => {
    const schemes = normalizeSecuritySchemes(
      withSchemes(
        JSON.parse(
          '{"O": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://a.example", "scopes": {"__proto__": {"x": 1}, "ok": "fine"}}}}}',
        ),
      ),
    );
    const scheme = schemes.O;
    expect(scheme?.type === 'oauth2' && scheme.flows?.[0]?.scopes).toEqual({ ok: 'fine' });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
