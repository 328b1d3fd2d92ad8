import { lazy, Suspense } from 'react';
import type { GatewayHealthView } from './use-gateway-health.ts';
import type { SettingsState } from './use-settings.ts';

// The health probe and what it says load after the first paint (the probe only starts then anyway).
const GatewayHealthLine = lazy(() => import('./GatewayHealthNotes.tsx'));

/** The gateway URL, its live health, and what is saved on this device. */
export function GatewaySection({ settings, health }: { settings: SettingsState; health: GatewayHealthView }) {
  return (
    <section className="panel-section" aria-labelledby="gateway-heading">
      <h3 id="gateway-heading">Gateway</h3>
      {/* What this gateway does with credentials is said under its URL, from its own health report. */}
      <p className="muted">Requests go through a gateway, a server that forwards them to the API.</p>
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
        <Suspense fallback={<p className="hint gateway-health" id="gateway-health" />}>
          <GatewayHealthLine url={health.probeUrl} />
        </Suspense>
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
