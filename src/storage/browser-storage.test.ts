import { describe, expect, it, vi } from 'vitest';
import {
  browserLocalStorage,
  createDraftStore,
  createSettingsStore,
  createSnippetPrefsStore,
} from './browser-storage.ts';
import { FakeEventSource } from './fixtures/fake-event-source.ts';
import { MemoryStorage } from './fixtures/memory-storage.ts';

const KEY = 'tryit:v1:openai-usage:settings';
const settings = { gatewayUrl: 'http://127.0.0.1:8787', credentials: { AdminApiKeyAuth: 'sk-admin-1' } };
const quota = new DOMException('full', 'QuotaExceededError');

describe('settings store', () => {
  it('saves under the namespaced key and loads it back', () => {
    const storage = new MemoryStorage();
    const store = createSettingsStore(storage, 'openai-usage');
    expect(store.save(settings)).toEqual({ ok: true });
    expect([...storage.items.keys()]).toEqual([KEY]);
    expect(store.load()).toEqual({ settings, stored: true });
  });

  it('forgetting credentials keeps the gateway URL, and the page knows settings were saved', () => {
    const storage = new MemoryStorage();
    const store = createSettingsStore(storage, 'openai-usage');
    store.save(settings);
    expect(store.forgetCredentials()).toEqual({ ok: true });
    expect([...storage.items.values()].join('')).not.toContain('sk-');
    expect(store.load()).toEqual({
      settings: { gatewayUrl: settings.gatewayUrl, credentials: {} },
      stored: true,
    });
  });

  it('forgetting credentials with nothing saved writes nothing; a corrupt value is replaced', () => {
    const storage = new MemoryStorage();
    const store = createSettingsStore(storage, 'openai-usage');
    expect(store.forgetCredentials()).toEqual({ ok: true });
    expect(storage.items.size).toBe(0);
    expect(store.load()).toEqual({ settings: { gatewayUrl: '', credentials: {} }, stored: false });
    storage.setItem(KEY, '{"version":1,"credentials":{"a":"sk-x"}');
    store.forgetCredentials();
    expect(storage.getItem(KEY)).toBe('{"version":1,"gatewayUrl":"","credentials":{}}');
  });

  it('keeps a corrupt value aside under a timestamped key and clears the main key', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, '{oops');
    const store = createSettingsStore(storage, 'openai-usage', { now: () => 1700000000000 });
    expect(store.load()).toEqual({
      settings: { gatewayUrl: '', credentials: {} },
      stored: false,
      recovered: { reason: 'not valid JSON', keptAs: `${KEY}:corrupt-1700000000000` },
    });
    expect(Object.fromEntries(storage.items)).toEqual({ [`${KEY}:corrupt-1700000000000`]: '{oops' });
  });

  it('leaves a corrupt value in place when it cannot be copied aside', () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, '{oops');
    storage.failWrites = quota;
    const store = createSettingsStore(storage, 'openai-usage');
    expect(store.load().recovered).toEqual({ reason: 'not valid JSON' });
    expect(storage.getItem(KEY)).toBe('{oops');
  });

  it('reports a full storage instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.failWrites = quota;
    expect(createSettingsStore(storage, 'a').save(settings)).toEqual({
      ok: false,
      reason: 'Browser storage is full, so this was not saved.',
    });
  });

  it('reports blocked storage (every call throws) and still loads defaults', () => {
    const storage = new MemoryStorage();
    storage.failAll = new DOMException('denied', 'SecurityError');
    const store = createSettingsStore(storage, 'a');
    expect(store.load()).toEqual({ settings: { gatewayUrl: '', credentials: {} }, stored: false });
    expect(store.save(settings)).toEqual({
      ok: false,
      reason: 'This browser does not let this page save data (private mode or blocked storage).',
    });
    // Nothing can be read, so nothing was saved that could be forgotten.
    expect(store.forgetCredentials().ok).toBe(true);
  });

  it('works without storage: loads defaults, save says why', () => {
    const store = createSettingsStore(undefined, 'a');
    expect(store.available).toBe(false);
    expect(store.load()).toEqual({ settings: { gatewayUrl: '', credentials: {} }, stored: false });
    expect(store.save(settings)).toEqual({
      ok: false,
      reason: 'Browser storage is not available on this page.',
    });
  });

  it('browserLocalStorage survives a throwing getter', () => {
    const win = {
      get localStorage(): Storage {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(browserLocalStorage(win)).toBeUndefined();
    expect(browserLocalStorage(undefined)).toBeUndefined();
    const storage = new MemoryStorage();
    expect(browserLocalStorage({ localStorage: storage })).toBe(storage);
  });

  it('subscribe hears only its own key in its own storage area, and unsubscribes', () => {
    const storage = new MemoryStorage();
    const events = new FakeEventSource();
    const store = createSettingsStore(storage, 'openai-usage', { events });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    events.emit({ key: 'tryit:v1:other:settings', newValue: '{}', storageArea: storage });
    events.emit({
      key: KEY,
      newValue: JSON.stringify({ version: 1, ...settings }),
      storageArea: new MemoryStorage(),
    });
    expect(listener).not.toHaveBeenCalled();
    events.emit({ key: KEY, newValue: JSON.stringify({ version: 1, ...settings }), storageArea: storage });
    expect(listener).toHaveBeenLastCalledWith(settings);
    events.emit({ key: null, newValue: null, storageArea: storage });
    expect(listener).toHaveBeenLastCalledWith({ gatewayUrl: '', credentials: {} });
    unsubscribe();
    events.emit({ key: KEY, newValue: null, storageArea: storage });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(events.listeners.size).toBe(0);
  });
});

describe('draft store', () => {
  it('saves per operation, never with credentials, and clears', () => {
    const storage = new MemoryStorage();
    const drafts = createDraftStore(storage, 'openai-usage');
    expect(
      drafts.save('usage-costs', { 'query.limit': '7', 'header.x': 'sk-admin-1' }, ['sk-admin-1']),
    ).toEqual({
      ok: true,
    });
    expect(storage.getItem('tryit:v1:openai-usage:draft:usage-costs')).toBe(
      '{"version":1,"values":{"query.limit":"7"}}',
    );
    expect(drafts.load('usage-costs')).toEqual({ values: { 'query.limit': '7' } });
    expect(drafts.load('usage-images')).toEqual({ values: {} });
    drafts.clear('usage-costs');
    expect(storage.items.size).toBe(0);
  });

  it('keeps a corrupt draft aside', () => {
    const storage = new MemoryStorage();
    storage.setItem('tryit:v1:a:draft:op', '[]');
    const drafts = createDraftStore(storage, 'a', { now: () => 5 });
    expect(drafts.load('op').recovered?.keptAs).toBe('tryit:v1:a:draft:op:corrupt-5');
  });

  it('subscribes per operation', () => {
    const storage = new MemoryStorage();
    const events = new FakeEventSource();
    const listener = vi.fn();
    createDraftStore(storage, 'a', { events }).subscribe('op', listener);
    events.emit({
      key: 'tryit:v1:a:draft:other',
      newValue: '{"version":1,"values":{}}',
      storageArea: storage,
    });
    events.emit({
      key: 'tryit:v1:a:draft:op',
      newValue: '{"version":1,"values":{"q":"1"}}',
      storageArea: storage,
    });
    expect(listener.mock.calls).toEqual([[{ q: '1' }]]);
  });
});

describe('snippet prefs store', () => {
  const PREFS_KEY = 'tryit:v1:openai-usage:snippet';

  it('saves the tab and the gateway choice under their own key, apart from settings', () => {
    const storage = new MemoryStorage();
    const store = createSnippetPrefsStore(storage, 'openai-usage');
    expect(store.save({ language: 'official-sdk', viaGateway: true })).toEqual({ ok: true });
    expect([...storage.items.keys()]).toEqual([PREFS_KEY]);
    expect(createSnippetPrefsStore(storage, 'openai-usage').load()).toEqual({
      prefs: { language: 'official-sdk', viaGateway: true },
    });
    // Forgetting credentials does not forget the snippet choices.
    createSettingsStore(storage, 'openai-usage').forgetCredentials();
    expect(storage.getItem(PREFS_KEY)).not.toBeNull();
  });

  it('keeps a corrupt value aside and starts from the first tab', () => {
    const storage = new MemoryStorage();
    storage.setItem(PREFS_KEY, '["curl"]');
    const store = createSnippetPrefsStore(storage, 'openai-usage', { now: () => 5 });
    expect(store.load()).toEqual({
      prefs: { language: 'typescript', viaGateway: false },
      recovered: { reason: '(root): expected object', keptAs: `${PREFS_KEY}:corrupt-5` },
    });
  });

  it('never throws when storage is blocked or missing', () => {
    const storage = new MemoryStorage();
    storage.failAll = new DOMException('denied', 'SecurityError');
    for (const store of [createSnippetPrefsStore(storage, 'a'), createSnippetPrefsStore(undefined, 'a')]) {
      expect(store.load().prefs).toEqual({ language: 'typescript', viaGateway: false });
      expect(store.save({ language: 'curl', viaGateway: true }).ok).toBe(false);
    }
  });
});
