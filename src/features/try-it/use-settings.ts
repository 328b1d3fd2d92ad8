import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { browserLocalStorage, createSettingsStore, read } from '../../storage/browser-storage.ts';
import { followGatewayDefault } from '../../storage/follow-gateway-default.ts';
import { announceStorageWrite, samePageStorageEvents } from '../../storage/same-page-storage-events.ts';
import type { Settings } from '../../storage/settings-codec.ts';
import { settingsKey } from '../../storage/storage-keys.ts';
import { SettingsDefaultsContext } from './settings-defaults.ts';

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

/**
 * Gateway URL and credentials, saved to browser storage as typed and kept in sync across tabs and across the
 * panels of one page (several embedded elements of one API).
 */
export function useSettings(apiId: string): SettingsState {
  const defaults = useContext(SettingsDefaultsContext);
  const storage = useMemo(() => browserLocalStorage(window), []);
  const store = useMemo(
    () => createSettingsStore(storage, apiId, { events: samePageStorageEvents(window) }),
    [storage, apiId],
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
    initial.stored ? initial.settings : withDefault(initial.settings, defaults.gatewayUrl),
  );
  const announce = () => {
    const key = settingsKey(apiId);
    announceStorageWrite(storage, key, read(storage, key));
  };
  const [saveError, setSaveError] = useState<string>();

  useEffect(() => {
    const unsubscribe = store.subscribe((next) => setValue(next));
    // Another tab may have saved between this render's load and this subscription (its event is gone): catch up.
    const now = store.load();
    if (now.stored) {
      setValue((shown) => (JSON.stringify(shown) === JSON.stringify(now.settings) ? shown : now.settings));
    }
    return unsubscribe;
  }, [store]);

  // The page may change its default after mount (the embed's observed `gateway-url`): follow it, unless the
  // user typed a gateway URL of their own.
  const defaultGateway = defaults.gatewayUrl || import.meta.env.VITE_TRYIT_GATEWAY_URL;
  const previousDefault = useRef(defaultGateway);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a change of the default moves the value
  useEffect(() => {
    const before = previousDefault.current;
    previousDefault.current = defaultGateway;
    const next = followGatewayDefault(value, before, defaultGateway);
    if (next) commit(next);
  }, [defaultGateway]);

  const commit = (next: Settings) => {
    setValue(next);
    const result = store.save(next);
    setSaveError(result.ok ? undefined : result.reason);
    if (result.ok) announce();
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
      if (result.ok) announce();
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

/**
 * Before anything was saved, use the gateway URL the page around the panel names (the embed's `gateway-url`),
 * else the one the page was built for (e.g. by `npm start`).
 */
function withDefault(settings: Settings, given: string | undefined): Settings {
  const fallback = given || import.meta.env.VITE_TRYIT_GATEWAY_URL;
  return fallback && !settings.gatewayUrl ? { ...settings, gatewayUrl: fallback } : settings;
}
