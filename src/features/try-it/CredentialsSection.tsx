import { useState } from 'react';
import type { ApiModel } from '../../openapi/model.ts';
import type { NamedScheme } from '../../transport/named-scheme.ts';
import { credentialLabel } from './credential-label.ts';
import type { SettingsState } from './use-settings.ts';

/**
 * A credential field per security scheme the operation uses, or a note when the gateway holds the key; and the
 * gateway access token field when the gateway says it checks its callers (`callerCheck`).
 */
export function CredentialsSection({
  api,
  schemes,
  settings,
  serverHoldsCredential,
  callerCheck,
}: {
  api: ApiModel;
  schemes: NamedScheme[];
  settings: SettingsState;
  serverHoldsCredential: boolean;
  callerCheck?: 'token' | 'jwt' | undefined;
}) {
  const [shown, setShown] = useState(false);
  return (
    <section className="panel-section" aria-labelledby="auth-heading">
      <h3 id="auth-heading">Authentication</h3>
      <p className="muted">Configure credentials for {api.config.apiName}</p>
      {serverHoldsCredential && (
        <p className="notice" role="status">
          The gateway holds the credential server-side: no key is needed in this browser.
        </p>
      )}
      {schemes.length === 0 && <p className="muted">This operation needs no credentials.</p>}
      {schemes.map((named) => {
        const id = `credential-${named.name}`;
        return (
          <div className="field" key={named.name}>
            <label htmlFor={id}>{credentialLabel(named, api.config)}</label>
            <div className="inline-controls">
              <input
                id={id}
                type={shown ? 'text' : 'password'}
                autoComplete="off"
                spellCheck={false}
                value={settings.value.credentials[named.name] ?? ''}
                placeholder={serverHoldsCredential ? 'Not needed: held by the gateway' : undefined}
                onChange={(event) => settings.setCredential(named.name, event.target.value)}
              />
              <button type="button" onClick={() => setShown(!shown)} aria-pressed={shown}>
                {shown ? 'Hide key' : 'Show key'}
              </button>
            </div>
          </div>
        );
      })}
      {callerCheck && (
        <div className="field">
          <label htmlFor="gateway-access-token">Gateway access token</label>
          <div className="inline-controls">
            <input
              id="gateway-access-token"
              type={shown ? 'text' : 'password'}
              autoComplete="off"
              spellCheck={false}
              value={settings.value.gatewayToken ?? ''}
              onChange={(event) => settings.setGatewayToken(event.target.value)}
              aria-describedby="gateway-access-token-hint"
            />
          </div>
          <p id="gateway-access-token-hint" className="hint">
            {callerCheck === 'jwt'
              ? 'This gateway serves only callers with a signed token (JWT) from its sign-in provider.'
              : 'This gateway serves only callers with a token its operator gave them.'}{' '}
            Sent to the gateway as X-Gateway-Token, never to the API.
          </p>
        </div>
      )}
    </section>
  );
}
