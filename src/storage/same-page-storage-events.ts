import type { StorageEventSource } from './browser-storage.ts';

// `storage` events reach the other tabs only, never the page that wrote. Several panels on one page (the embed's
// elements) share settings too: each write is announced on this page-wide target as a StorageEvent look-alike.
const samePage = new EventTarget();

/** The `storage` events of other tabs and of this page's own announced writes, as one source. */
export function samePageStorageEvents(win: StorageEventSource): StorageEventSource {
  return {
    addEventListener: ((type: string, listener: EventListener) => {
      win.addEventListener(type, listener);
      samePage.addEventListener(type, listener);
    }) as StorageEventSource['addEventListener'],
    removeEventListener: ((type: string, listener: EventListener) => {
      win.removeEventListener(type, listener);
      samePage.removeEventListener(type, listener);
    }) as StorageEventSource['removeEventListener'],
  };
}

/** Tells this page's other listeners that `key` of `storage` now holds `newValue` (null: removed). */
export function announceStorageWrite(
  storage: Storage | undefined,
  key: string,
  newValue: string | null,
): void {
  const event = new Event('storage');
  // The fields `listen` (browser-storage.ts) reads off a StorageEvent.
  Object.defineProperties(event, {
    key: { value: key },
    newValue: { value: newValue },
    storageArea: { value: storage ?? null },
  });
  samePage.dispatchEvent(event);
}
