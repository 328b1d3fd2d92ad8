import type { CorruptValue } from './decode-stored.ts';
import { type DraftValues, decodeDraft, encodeDraft } from './draft-codec.ts';
import { decodeSettings, encodeSettings, type Settings } from './settings-codec.ts';
import { decodeSnippetPrefs, encodeSnippetPrefs, type SnippetPrefs } from './snippet-prefs-codec.ts';
import { corruptKey, draftKey, settingsKey, snippetPrefsKey } from './storage-keys.ts';

/** Outcome of a write: storage can refuse (quota, private mode, disabled); the UI says so. */
export type WriteResult = { ok: true } | { ok: false; reason: string };

/** Where an unreadable stored value went: kept aside under `keptAs` (or left in place if that failed). */
export interface Recovered {
  reason: string;
  keptAs?: string;
}

/** The `storage` events source: `window` in the app, a fake in tests. */
export type StorageEventSource = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** Options shared by both stores. */
export interface StoreOptions {
  /** Where `storage` events come from (tab sync); without it `subscribe` is a no-op. */
  events?: StorageEventSource;
  /** Clock for the corrupt-copy key. */
  now?: () => number;
}

/** Settings (gateway URL + credentials) of one API in browser storage. */
export interface SettingsStore {
  /** False when there is no usable storage: the UI says values last only for this page. */
  readonly available: boolean;
  /** `stored` is false when nothing was saved yet (the page may then offer its own defaults). */
  load(): { settings: Settings; stored: boolean; recovered?: Recovered };
  save(settings: Settings): WriteResult;
  /** Removes the stored credentials from this device; the gateway URL stays (it has its own control). */
  forgetCredentials(): WriteResult;
  /** Calls `listener` when another tab changes these settings; returns the unsubscribe function. */
  subscribe(listener: (settings: Settings) => void): () => void;
}

/** Form drafts of one API's operations in browser storage. */
export interface DraftStore {
  readonly available: boolean;
  load(operationId: string): { values: DraftValues; recovered?: Recovered };
  /** Saves text values only; fields containing any of `secrets` are left out (see `encodeDraft`). */
  save(
    operationId: string,
    values: Readonly<Record<string, unknown>>,
    secrets?: readonly string[],
  ): WriteResult;
  clear(operationId: string): WriteResult;
  subscribe(operationId: string, listener: (values: DraftValues) => void): () => void;
}

/** The snippet panel's choices of one API in browser storage. */
export interface SnippetPrefsStore {
  readonly available: boolean;
  load(): { prefs: SnippetPrefs; recovered?: Recovered };
  save(prefs: SnippetPrefs): WriteResult;
}

/**
 * `window.localStorage`, or undefined where reading it throws (sandboxed iframes, blocked cookies) or it
 * is missing. The only place the app reaches for localStorage.
 */
export function browserLocalStorage(
  win: { readonly localStorage: Storage } | undefined,
): Storage | undefined {
  try {
    return win?.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** The settings store of `apiId`. Never throws: every storage call is guarded. */
export function createSettingsStore(
  storage: Storage | undefined,
  apiId: string,
  options: StoreOptions = {},
): SettingsStore {
  const key = settingsKey(apiId);
  return {
    available: storage !== undefined,
    load() {
      const raw = read(storage, key);
      const { settings, corrupt } = decodeSettings(raw);
      const stored = raw !== null && !corrupt;
      return corrupt
        ? { settings, stored, recovered: keepAside(storage, key, corrupt, options) }
        : { settings, stored };
    },
    save: (settings) => write(storage, key, encodeSettings(settings)),
    forgetCredentials() {
      const raw = read(storage, key);
      if (raw === null) return { ok: true };
      // An unreadable value may hold a credential too: it goes, and only the URL (if readable) stays.
      const { settings } = decodeSettings(raw);
      return write(storage, key, encodeSettings({ gatewayUrl: settings.gatewayUrl, credentials: {} }));
    },
    subscribe: (listener) => listen(storage, key, options, (raw) => listener(decodeSettings(raw).settings)),
  };
}

/** The draft store of `apiId`. Never throws. */
export function createDraftStore(
  storage: Storage | undefined,
  apiId: string,
  options: StoreOptions = {},
): DraftStore {
  return {
    available: storage !== undefined,
    load(operationId) {
      const key = draftKey(apiId, operationId);
      const { values, corrupt } = decodeDraft(read(storage, key));
      return corrupt ? { values, recovered: keepAside(storage, key, corrupt, options) } : { values };
    },
    save: (operationId, values, secrets) =>
      write(storage, draftKey(apiId, operationId), encodeDraft(values, secrets)),
    clear: (operationId) => remove(storage, draftKey(apiId, operationId)),
    subscribe: (operationId, listener) =>
      listen(storage, draftKey(apiId, operationId), options, (raw) => listener(decodeDraft(raw).values)),
  };
}

/** The snippet prefs store of `apiId`. Never throws. */
export function createSnippetPrefsStore(
  storage: Storage | undefined,
  apiId: string,
  options: StoreOptions = {},
): SnippetPrefsStore {
  const key = snippetPrefsKey(apiId);
  return {
    available: storage !== undefined,
    load() {
      const { prefs, corrupt } = decodeSnippetPrefs(read(storage, key));
      return corrupt ? { prefs, recovered: keepAside(storage, key, corrupt, options) } : { prefs };
    },
    save: (prefs) => write(storage, key, encodeSnippetPrefs(prefs)),
  };
}

/** Reads a key; null when absent or when storage throws. (For the stores of this room.) */
export function read(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes a key; says why when storage refuses. Never throws. (For the stores of this room.) */
export function write(storage: Storage | undefined, key: string, text: string): WriteResult {
  if (!storage) return { ok: false, reason: 'Browser storage is not available on this page.' };
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeFailure(error) };
  }
}

function remove(storage: Storage | undefined, key: string): WriteResult {
  if (!storage) return { ok: true };
  try {
    storage.removeItem(key);
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: describeFailure(error) };
  }
}

/** Copies an unreadable value to a side key, then clears the main key so the next load starts clean. */
export function keepAside(
  storage: Storage | undefined,
  key: string,
  corrupt: CorruptValue,
  options: StoreOptions,
): Recovered {
  const sideKey = corruptKey(key, (options.now ?? Date.now)());
  // Only clear the original once the copy is safe: a failed copy must not lose the value.
  if (write(storage, sideKey, corrupt.raw).ok && remove(storage, key).ok)
    return { reason: corrupt.reason, keptAs: sideKey };
  return { reason: corrupt.reason };
}

/** Calls `onChange` with a key's new text when another tab changes it. (For the stores of this room.) */
export function listen(
  storage: Storage | undefined,
  key: string,
  options: StoreOptions,
  onChange: (raw: string | null) => void,
): () => void {
  const events = options.events;
  if (!events) return () => {};
  const handler = (event: Event) => {
    const { key: changed, newValue, storageArea } = event as StorageEvent;
    // sessionStorage changes fire the same event; `key === null` means the other tab called clear().
    if (storageArea !== undefined && storageArea !== null && storageArea !== storage) return;
    if (changed === key) onChange(newValue);
    else if (changed === null) onChange(null);
  };
  events.addEventListener('storage', handler);
  return () => events.removeEventListener('storage', handler);
}

function describeFailure(error: unknown): string {
  // DOMException is not an Error subclass in every engine: read `name` structurally.
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return 'Browser storage is full, so this was not saved.';
  }
  if (name === 'SecurityError') {
    return 'This browser does not let this page save data (private mode or blocked storage).';
  }
  return 'The browser refused to save this.';
}
