import { lazy, Suspense } from 'react';
import type { GatewayHealthState, GatewayHealthView } from './use-gateway-health.ts';
import type { SettingsState } from './use-settings.ts';

const GatewayHealthProbe = lazy(() => import('./GatewayHealthProbe.tsx'));

/** What the gateway does with credentials, in the words of what its health route reports. */
function gatewayRole(health: GatewayHealthState): string {
  const credential = health.state === 'ok' ? health.health.credential : undefined;
  if (credential === 'server') {
    return 'This gateway holds the API credential: it adds it to each request it forwards, so this browser sends none.';
  }
  if (credential === 'browser') {
    return 'This gateway holds no credential: it forwards the one typed under Authentication to the API.';
  }
  return 'Requests go through a gateway: a server that forwards them to the API, and may hold its credential.';
}

/** The health line: changes only when the state does, so the live region is not re-announced every check. */
function healthText(health: GatewayHealthState): string {
  switch (health.state) {
    case 'ok':
      return `Gateway reachable${health.health.upstream ? `, forwarding to ${health.health.upstream}` : ''}.`;
    case 'error':
      return `Gateway: ${health.message}`;
    case 'checking':
      return 'Checking the gateway…';
    case 'idle':
      return '';
  }
}

/** The gateway URL, its live health, and what is saved on this device. */
export function GatewaySection({ settings, health }: { settings: SettingsState; health: GatewayHealthView }) {
  const checked = health.state === 'ok' || health.state === 'error' ? health.checkedAt : undefined;
  return (
    <section className="panel-section" aria-labelledby="gateway-heading">
      <h3 id="gateway-heading">Gateway</h3>
      {health.probeUrl && (
        <Suspense fallback={null}>
          <GatewayHealthProbe url={health.probeUrl} />
        </Suspense>
      )}
      <p className="muted">{gatewayRole(health)}</p>
      <div className="field">
        <label htmlFor="gateway-url">Gateway URL</label>
        <div className="inline-controls">
          <input
            id="gateway-url"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="http://127.0.0.1:8787"
            value={settings.value.gatewayUrl}
            onChange={(event) => settings.update({ gatewayUrl: event.target.value })}
            aria-describedby="gateway-health"
          />
          {settings.value.gatewayUrl !== '' && (
            <button
              type="button"
              aria-label="Clear gateway URL"
              onClick={() => settings.update({ gatewayUrl: '' })}
            >
              Clear
            </button>
          )}
        </div>
        <p className="hint gateway-health">
          <span id="gateway-health" aria-live="polite">
            {healthText(health)}
          </span>
          {checked !== undefined && (
            <>
              {' '}
              <span>Checked at {new Date(checked).toLocaleTimeString()}.</span>{' '}
              <button type="button" className="link-button" onClick={health.recheck}>
                Check again
              </button>
            </>
          )}
        </p>
      </div>
      <div className="saved-note">
        <span>Saved automatically to browser storage.</span>{' '}
        <span className="muted">
          The gateway URL, credentials and typed form values stay on this device only.
        </span>{' '}
        <button type="button" className="link-button" onClick={settings.forgetCredentials}>
          Forget saved credentials
        </button>
      </div>
      {settings.saveError && (
        <p className="field-error" role="alert">
          Could not save to browser storage: {settings.saveError}. Your input is kept for this page only.
        </p>
      )}
      {settings.recovered && (
        <p className="notice" role="status">
          {settings.recovered}
        </p>
      )}
    </section>
  );
}
