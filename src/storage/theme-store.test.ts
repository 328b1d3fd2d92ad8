import { describe, expect, it } from 'vitest';
import { FakeEventSource } from './fixtures/fake-event-source.ts';
import { MemoryStorage } from './fixtures/memory-storage.ts';
import { createThemeStore } from './theme-store.ts';

describe('theme store', () => {
  it('saves the choice under one key for the page and loads it back', () => {
    const storage = new MemoryStorage();
    const store = createThemeStore(storage);
    expect(store.load()).toEqual({ theme: 'system' });
    expect(store.save('dark')).toEqual({ ok: true });
    expect([...storage.items.keys()]).toEqual(['tryit:v1:theme']);
    expect(store.load()).toEqual({ theme: 'dark' });
  });

  it('keeps an unreadable value aside and follows the system meanwhile', () => {
    const storage = new MemoryStorage();
    storage.setItem('tryit:v1:theme', 'purple');
    const store = createThemeStore(storage, { now: () => 5 });
    expect(store.load()).toEqual({
      theme: 'system',
      recovered: { reason: 'not valid JSON', keptAs: 'tryit:v1:theme:corrupt-5' },
    });
    expect(storage.getItem('tryit:v1:theme:corrupt-5')).toBe('purple');
  });

  it('hears another tab choose', () => {
    const storage = new MemoryStorage();
    const events = new FakeEventSource();
    const store = createThemeStore(storage, { events });
    const heard: string[] = [];
    store.subscribe((theme) => heard.push(theme));
    events.emit({ key: 'tryit:v1:theme', newValue: '{"version":1,"theme":"light"}', storageArea: storage });
    expect(heard).toEqual(['light']);
  });
});
