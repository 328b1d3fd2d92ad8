import { describe, expect, it } from 'vitest';
import { credentialEnvName } from './credential-env-name.ts';

describe('credentialEnvName', () => {
  it('uses the configured name', () => {
    expect(
      credentialEnvName({ credentialEnv: { AdminApiKeyAuth: 'OPENAI_ADMIN_KEY' } }, 'AdminApiKeyAuth'),
    ).toBe('OPENAI_ADMIN_KEY');
  });

  it.each([
    ['ApiKeyAuth', 'API_KEY'],
    ['AdminApiKeyAuth', 'ADMIN_API_KEY'],
    ['bearer-auth', 'BEARER'],
    ['petstore_auth', 'PETSTORE'],
    ['OAuth2', 'O_AUTH2'],
    ['HTTPBasic', 'HTTP_BASIC'],
    ['auth', 'API_KEY'],
    ['2fa', '_2FA'],
    ['é', 'API_KEY'],
    ['toString', 'TO_STRING'],
  ])('derives %j → %s', (scheme, name) => {
    expect(credentialEnvName({ credentialEnv: {} }, scheme)).toBe(name);
  });

  it('ignores a configured name a shell would expand or reject', () => {
    for (const unsafe of ['$(rm -rf /)', 'A B', 'KEY;id', '', '1KEY', 'KEY`id`']) {
      expect(credentialEnvName({ credentialEnv: { ApiKeyAuth: unsafe } }, 'ApiKeyAuth')).toBe('API_KEY');
    }
  });
});
