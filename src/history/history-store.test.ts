import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { usageRequest } from './fixtures/usage-request.ts';
import { usageResponse } from './fixtures/usage-response.ts';
import type { NewHistoryEntry } from './history-entry.ts';
import { openHistoryStore } from './history-store.ts';

// fake-indexeddb is a complete IndexedDB in JavaScript (it passes most of the W3C tests); the e2e tests use
// Chromium's own. Each test uses its own database name, so tests never see each other's data.
let counter = 0;
const freshName = () => `tryit-test-${++counter}-${Date.now()}`;

function newEntry(at: number, apiId = 'openai-usage', body = `{"n":${at}}`): NewHistoryEntry {
  return {
    apiId,
    operationId: 'usage-audio-speeches',
    at,
    request: usageRequest,
    values: { query__bucket_width: '1d' },
    response: { ...usageResponse(body) },
    size: 100 + body.length,
  };
}

describe('openHistoryStore on IndexedDB', () => {
  it('keeps entries across a reopen (a reload), newest first, bodies read one at a time', async () => {
    const name = freshName();
    const first = await openHistoryStore({ indexedDbAvailable: true, name });
    expect(first.kind).toBe('indexeddb');
    expect(first.note).toBeUndefined();
    const a = await first.add(newEntry(1000));
    const b = await first.add(newEntry(2000));
    await first.add(newEntry(3000, 'other-api'));
    expect(b.id).toBeGreaterThan(a.id);

    const reopened = await openHistoryStore({ indexedDbAvailable: true, name });
    const listed = await reopened.list('openai-usage');
    expect(listed.map((e) => e.at)).toEqual([2000, 1000]);
    // The list carries no body text; `get` reads it.
    expect(listed[0]?.response).not.toHaveProperty('bodyText');
    expect((await reopened.get(a.id))?.response?.bodyText).toBe('{"n":1000}');
    expect(await reopened.list('other-api')).toHaveLength(1);
  });

  it('drops the oldest entries beyond the entry and byte caps', async () => {
    const name = freshName();
    const store = await openHistoryStore({
      indexedDbAvailable: true,
      name,
      caps: { entries: 3, bytes: 10_000 },
    });
    for (let at = 1; at <= 5; at++) await store.add(newEntry(at));
    expect((await store.list('openai-usage')).map((e) => e.at)).toEqual([5, 4, 3]);

    const big = await openHistoryStore({
      indexedDbAvailable: true,
      name: freshName(),
      caps: { entries: 100, bytes: 5000 },
    });
    await big.add(newEntry(1, 'openai-usage', 'x'.repeat(3000)));
    await big.add(newEntry(2, 'openai-usage', 'y'.repeat(3000)));
    const kept = await big.list('openai-usage');
    expect(kept.map((e) => e.at)).toEqual([2]);
    expect(await big.get(kept[0]?.id ?? -1)).toMatchObject({ response: { bodyText: 'y'.repeat(3000) } });
  });

  it('removes one entry, and clears one API without touching another', async () => {
    const store = await openHistoryStore({ indexedDbAvailable: true, name: freshName() });
    const a = await store.add(newEntry(1));
    await store.add(newEntry(2));
    await store.add(newEntry(3, 'other-api'));
    await store.remove(a.id);
    expect((await store.list('openai-usage')).map((e) => e.at)).toEqual([2]);
    expect(await store.get(a.id)).toBeUndefined();
    await store.clear('openai-usage');
    expect(await store.list('openai-usage')).toEqual([]);
    expect(await store.list('other-api')).toHaveLength(1);
  });

  it('tells subscribers about every change', async () => {
    const store = await openHistoryStore({ indexedDbAvailable: true, name: freshName() });
    let calls = 0;
    const stop = store.subscribe(() => calls++);
    const added = await store.add(newEntry(1));
    await store.remove(added.id);
    stop();
    await store.add(newEntry(2));
    expect(calls).toBe(2);
  });

  it('skips stored records it cannot read, says how many, and leaves them in place', async () => {
    const name = freshName();
    const store = await openHistoryStore({ indexedDbAvailable: true, name });
    await store.add(newEntry(1));
    const raw = await openDB(name);
    await raw.add('entries', { apiId: 'openai-usage', at: 2, size: 1, request: 'not a request' });
    raw.close();

    const reopened = await openHistoryStore({ indexedDbAvailable: true, name });
    expect((await reopened.list('openai-usage')).map((e) => e.at)).toEqual([1]);
    expect(reopened.kind).toBe('indexeddb');
    expect(reopened.note).toBe('1 stored entry could not be read and is left as stored.');
    const check = await openDB(name);
    expect(await check.count('entries')).toBe(2);
    check.close();
  });
});

describe('openHistoryStore falling back to memory', () => {
  it('when the page may not use IndexedDB at all', async () => {
    const store = await openHistoryStore({ indexedDbAvailable: false });
    expect(store.kind).toBe('memory');
    expect(store.note).toBe(
      'This browser does not let the page use IndexedDB. History is kept only until you leave this page.',
    );
    const added = await store.add(newEntry(1));
    expect((await store.list('openai-usage')).map((e) => e.id)).toEqual([added.id]);
    expect((await store.get(added.id))?.response?.bodyText).toBe('{"n":1}');
  });

  it('when the database is damaged (a layout this code did not write)', async () => {
    const name = freshName();
    const foreign = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('something-else') });
    foreign.close();
    const store = await openHistoryStore({ indexedDbAvailable: true, name });
    expect(store.kind).toBe('memory');
    expect(store.note).toBe(
      'The stored history database is damaged or from another program. History is kept only until you leave this page.',
    );
    await store.add(newEntry(1));
    expect(await store.list('openai-usage')).toHaveLength(1);
  });

  it('when the database was written by a newer version', async () => {
    const name = freshName();
    (await openDB(name, 7)).close();
    const store = await openHistoryStore({ indexedDbAvailable: true, name });
    expect(store.kind).toBe('memory');
    expect(store.note).toContain('IndexedDB could not be opened (a newer version of this page wrote it).');
  });

  it('when another tab holds an older version open and does not let go (blocked)', async () => {
    const name = freshName();
    const holder = await openDB(name, 1);
    // The holder ignores `versionchange`, as a stuck tab would.
    const store = await openHistoryStore({ indexedDbAvailable: true, name, version: 2, openTimeoutMs: 2000 });
    expect(store.kind).toBe('memory');
    expect(store.note).toBe(
      'IndexedDB is blocked by another tab of this page that holds an older history database. History is kept only until you leave this page.',
    );
    holder.close();
  });

  it('when a write fails later: what was listed stays, and the note says why', async () => {
    const store = await openHistoryStore({ indexedDbAvailable: true, name: freshName() });
    await store.add(newEntry(1));
    await store.list('openai-usage');
    // A value IndexedDB cannot store (a function) makes the write throw DataCloneError.
    const unstorable = { ...newEntry(2), values: { bad: (() => 1) as unknown as string } };
    const added = await store.add(unstorable);
    expect(store.kind).toBe('memory');
    expect(store.note).toBe(
      'Saving history to IndexedDB failed (DataCloneError). History is kept only until you leave this page.',
    );
    expect((await store.list('openai-usage')).map((e) => e.at)).toEqual([2, 1]);
    expect(added.id).toBeGreaterThan(0);
  });
});
