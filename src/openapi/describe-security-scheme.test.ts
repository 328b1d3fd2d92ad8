import { describe, expect, it } from 'vitest';
import { describeSecurityScheme, oauthFlowName, type SchemeHowTo } from './describe-security-scheme.ts';
import type { SecurityScheme } from './model.ts';

describe('describeSecurityScheme', () => {
  it.each([
    [
      { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
      {
        label: 'HTTP Bearer token (JWT)',
        how: 'Send the token in the Authorization header.',
        example: 'Authorization: Bearer <token>',
      },
    ],
    [
      { type: 'http', scheme: 'basic' },
      { label: 'HTTP Basic', example: 'Authorization: Basic <base64 of user:password>' },
    ],
    [
      { type: 'http', scheme: 'digest' },
      { label: 'HTTP Digest', example: 'Authorization: Digest <credentials>' },
    ],
    [
      { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
      { label: 'API key', how: 'Send the key in the X-Api-Key header.', example: 'X-Api-Key: <key>' },
    ],
    [
      { type: 'apiKey', in: 'query', name: 'api_key' },
      { how: 'Send the key in the query parameter api_key.', example: '?api_key=<key>' },
    ],
    [{ type: 'apiKey', in: 'cookie', name: 'sid' }, { example: 'Cookie: sid=<key>' }],
    [
      { type: 'oauth2', flows: [{ kind: 'clientCredentials', tokenUrl: 'https://a.example/t', scopes: {} }] },
      { label: 'OAuth 2.0', example: 'Authorization: Bearer <access token>' },
    ],
    [
      { type: 'openIdConnect', openIdConnectUrl: 'https://id.example/.well-known/openid-configuration' },
      { label: 'OpenID Connect' },
    ],
    [{ type: 'mutualTLS' }, { label: 'Mutual TLS' }],
  ] as [SecurityScheme, Partial<SchemeHowTo>][])('%o', (scheme, expected) => {
    expect(describeSecurityScheme(scheme)).toMatchObject(expected);
  });

  it('gives no header example for a client certificate', () => {
    expect(describeSecurityScheme({ type: 'mutualTLS' }).example).toBeUndefined();
  });

  it('names OAuth flows as readers say them', () => {
    expect(oauthFlowName('authorizationCode')).toBe('Authorization code');
    expect(oauthFlowName('clientCredentials')).toBe('Client credentials');
  });
});
