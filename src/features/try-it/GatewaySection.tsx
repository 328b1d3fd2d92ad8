import type { GatewayHealthState } from './use-gateway-health.ts';
import type { SettingsState } from './use-settings.ts';

/** The gateway URL, its live health, and what is saved on this device. */
export function GatewaySection({
  settings,
  health,
}: {
  settings: SettingsState;
  health: GatewayHealthState;
}) {
  return (
    <section className="panel-section" aria-labelledby="gateway-heading">
      <h3 id="gateway-heading">Gateway</h3>
      <p className="muted">The gateway proxies requests and injects credentials server-side.</p>
      <div className="field">
        <label htmlFor="gateway-url">Gateway URL</label>
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
        <p id="gateway-health" className="hint" aria-live="polite">
          {health.state === 'ok'
            ? `Gateway reachable${health.health.upstream ? `, forwarding to ${health.health.upstream}` : ''}.`
            : health.state === 'error'
              ? `Gateway: ${health.message}`
              : ''}
        </p>
      </div>
      <div className="saved-note">
        <span>Saved automatically to browser storage.</span>{' '}
        <span className="muted">
          The gateway URL, credentials and typed form values stay on this device only.
        </span>{' '}
        <button type="button" className="link-button" onClick={settings.forget}>
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
