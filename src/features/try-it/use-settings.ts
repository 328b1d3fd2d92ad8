import { useEffect, useMemo, useState } from 'react';
import { browserLocalStorage, createSettingsStore } from '../../storage/browser-storage.ts';
import type { Settings } from '../../storage/settings-codec.ts';

export interface SettingsState {
  value: Settings;
  update: (patch: Partial<Settings>) => void;
  setCredential: (scheme: string, credential: string) => void;
  /** The gateway access token, saved like a credential (an empty one is not kept). */
  setGatewayToken: (token: string) => void;
  /** Forgets the typed credentials and the gateway access token (here and in storage); the gateway URL stays. */
  forgetCredentials: () => void;
  /** Why the last write failed (quota, private mode), if it did. */
  saveError?: string;
  /** Set when stored data could not be read and defaults were used instead. */
  recovered?: string;
}

type Loaded = ReturnType<ReturnType<typeof createSettingsStore>['load']>;
/**
 * Loads not yet committed, by API id. Loading moves an unreadable value aside, so a second load reads nothing
 * and would lose the "could not be read" notice; React may render the panel and discard that render (it mounts
 * inside a Suspense boundary), so the render it keeps reuses the first load.
 */
const uncommittedLoads = new Map<string, Loaded>();

/** Gateway URL and credentials, saved to browser storage as typed and kept in sync across tabs. */
export function useSettings(apiId: string): SettingsState {
  const store = useMemo(
    () => createSettingsStore(browserLocalStorage(window), apiId, { events: window }),
    [apiId],
  );
  const initial = useMemo(() => {
    const loaded = uncommittedLoads.get(apiId) ?? store.load();
    uncommittedLoads.set(apiId, loaded);
    return loaded;
  }, [store, apiId]);
  useEffect(() => {
    uncommittedLoads.delete(apiId);
  }, [apiId]);
  const [value, setValue] = useState<Settings>(() =>
    initial.stored ? initial.settings : withBuildDefault(initial.settings),
  );
  const [saveError, setSaveError] = useState<string>();

  useEffect(() => store.subscribe((next) => setValue(next)), [store]);

  const commit = (next: Settings) => {
    setValue(next);
    const result = store.save(next);
    setSaveError(result.ok ? undefined : result.reason);
  };

  return {
    value,
    update: (patch) => commit({ ...value, ...patch }),
    setCredential: (scheme, credential) =>
      commit({ ...value, credentials: { ...value.credentials, [scheme]: credential } }),
    setGatewayToken: (token) => {
      const { gatewayToken: _dropped, ...rest } = value;
      commit(token ? { ...rest, gatewayToken: token } : rest);
    },
    forgetCredentials: () => {
      // The stored settings keep only the gateway URL, so the gateway access token goes with the credentials.
      const result = store.forgetCredentials();
      const { gatewayToken: _forgotten, ...rest } = value;
      setValue({ ...rest, credentials: {} });
      setSaveError(result.ok ? undefined : result.reason);
    },
    saveError,
    recovered: initial.recovered
      ? `Saved settings could not be read (${initial.recovered.reason}); defaults are in use${
          initial.recovered.keptAs ? ` and the old value was kept as ${initial.recovered.keptAs}` : ''
        }.`
      : store.available
        ? undefined
        : 'Browser storage is not available here: settings last only while this page is open.',
  };
}

/** Before anything was saved, use the gateway URL the page was built for (e.g. by `npm start`). */
function withBuildDefault(settings: Settings): Settings {
  const buildDefault = import.meta.env.VITE_TRYIT_GATEWAY_URL;
  return buildDefault && !settings.gatewayUrl ? { ...settings, gatewayUrl: buildDefault } : settings;
}
