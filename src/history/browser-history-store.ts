import { HISTORY_DB_NAME, type HistoryStore, openHistoryStore } from './history-store.ts';

let opened: Promise<HistoryStore> | undefined;
let channel: BroadcastChannel | undefined;

/**
 * This page's history store, opened on first use and shared by every panel: the only place the app reaches
 * for `indexedDB`. Changes are announced to the page's other tabs (BroadcastChannel), so their lists follow.
 */
export function browserHistoryStore(): Promise<HistoryStore> {
  opened ??= openHistoryStore({ indexedDbAvailable: indexedDbAvailable() }).then((store) => {
    if (typeof BroadcastChannel === 'function') {
      channel = new BroadcastChannel(HISTORY_DB_NAME);
      store.subscribe(() => channel?.postMessage('changed'));
    }
    return store;
  });
  return opened;
}

/** Calls `listener` after every change to history, made here or in another tab. Returns the unsubscribe. */
export function watchHistory(store: HistoryStore, listener: () => void): () => void {
  const stopLocal = store.subscribe(listener);
  const onMessage = () => listener();
  channel?.addEventListener('message', onMessage);
  return () => {
    stopLocal();
    channel?.removeEventListener('message', onMessage);
  };
}

function indexedDbAvailable(): boolean {
  try {
    // Reading the property throws where storage is blocked (sandboxed frames, some private modes).
    return typeof indexedDB !== 'undefined' && indexedDB !== null;
  } catch {
    return false;
  }
}
