import { describe, expect, it } from 'vitest';
import { createSettingsStore } from './browser-storage.ts';
import { announceStorageWrite, samePageStorageEvents } from './same-page-storage-events.ts';
import { settingsKey } from './storage-keys.ts';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => {
      data.delete(key);
    },
    setItem: (key, value) => {
      data.set(key, value);
    },
  };
}

describe('samePageStorageEvents', () => {
  it('delivers a write announced on this page to another store of the same API', () => {
    const storage = memoryStorage();
    const otherTabs = new EventTarget();
    const events = samePageStorageEvents(otherTabs);
    const writer = createSettingsStore(storage, 'api', { events });
    const reader = createSettingsStore(storage, 'api', { events });
    const seen: unknown[] = [];
    const stop = reader.subscribe((settings) => seen.push(settings));
    writer.save({ gatewayUrl: 'http://127.0.0.1:9/', credentials: { ApiKey: 'sk-1' } });
    announceStorageWrite(storage, settingsKey('api'), storage.getItem(settingsKey('api')));
    expect(seen).toEqual([{ gatewayUrl: 'http://127.0.0.1:9/', credentials: { ApiKey: 'sk-1' } }]);
    stop();
    announceStorageWrite(storage, settingsKey('api'), null);
    expect(seen).toHaveLength(1);
  });

  it('still passes on the other tabs’ storage events, and ignores another API’s key', () => {
    const storage = memoryStorage();
    const otherTabs = new EventTarget();
    const reader = createSettingsStore(storage, 'api', { events: samePageStorageEvents(otherTabs) });
    const seen: unknown[] = [];
    reader.subscribe((settings) => seen.push(settings));
    const fromOtherTab = Object.assign(new Event('storage'), {
      key: settingsKey('api'),
      newValue: JSON.stringify({ version: 1, gatewayUrl: 'http://gw.test/', credentials: {} }),
      storageArea: storage,
    });
    otherTabs.dispatchEvent(fromOtherTab);
    announceStorageWrite(storage, settingsKey('other-api'), '{}');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ gatewayUrl: 'http://gw.test/' });
  });
});
