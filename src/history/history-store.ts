import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { decodeHistorySummary } from './decode-history-summary.ts';
import type { HistoryEntry, HistorySummary, NewHistoryEntry } from './history-entry.ts';
import { DEFAULT_HISTORY_CAPS, type HistoryCaps, selectEvicted } from './select-evicted.ts';

/**
 * One API's history of requests and answers: in IndexedDB when the browser allows it, else in memory (and
 * `note` says why). No method ever throws or rejects: a failing IndexedDB turns the store into a memory store
 * holding what it had, and the note says so.
 */
export interface HistoryStore {
  /** Where entries live now; it can change from `indexeddb` to `memory` when IndexedDB fails later. */
  readonly kind: 'indexeddb' | 'memory';
  /** Why history does not last, or what could not be read; undefined when all is well. */
  readonly note: string | undefined;
  /** The API's entries, newest first, without body text. */
  list(apiId: string): Promise<HistorySummary[]>;
  /** One entry with its body text. */
  get(id: number): Promise<HistoryEntry | undefined>;
  /** Adds an entry, then drops the API's oldest ones beyond the caps. */
  add(entry: NewHistoryEntry): Promise<HistoryEntry>;
  remove(id: number): Promise<void>;
  clear(apiId: string): Promise<void>;
  /** Called after every change made through this store; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Where and how the store opens its database. */
export interface OpenHistoryOptions {
  /** False when the page may not use IndexedDB at all (the property is missing or throws). */
  indexedDbAvailable: boolean;
  name?: string;
  version?: number;
  /** How long an open may wait (e.g. blocked by another tab) before history falls back to memory. */
  openTimeoutMs?: number;
  caps?: HistoryCaps;
}

interface HistoryDb extends DBSchema {
  entries: {
    key: number;
    value: unknown;
    // The size rides in the index key, so the caps are enforced from a key cursor without reading entries.
    indexes: { 'by-api': [string, number, number] };
  };
  bodies: { key: number; value: string };
}

/** The database of every API's history on this origin: one namespaced, versioned name. */
export const HISTORY_DB_NAME = 'tryit:v1:history';
const DB_VERSION = 1;

const NOT_LASTING = 'History is kept only until you leave this page.';

/** Opens the history: IndexedDB when possible, else memory with a note. Always resolves. */
export async function openHistoryStore(options: OpenHistoryOptions): Promise<HistoryStore> {
  const caps = options.caps ?? DEFAULT_HISTORY_CAPS;
  if (!options.indexedDbAvailable) {
    return createStore(undefined, caps, `This browser does not let the page use IndexedDB. ${NOT_LASTING}`);
  }
  const opened = await openDatabase(
    options.name ?? HISTORY_DB_NAME,
    options.version ?? DB_VERSION,
    options.openTimeoutMs ?? 3000,
  );
  if (typeof opened === 'string') return createStore(undefined, caps, `${opened} ${NOT_LASTING}`);
  return createStore(opened, caps, undefined);
}

/** The database, or a sentence saying why it could not be used. */
async function openDatabase(
  name: string,
  version: number,
  timeoutMs: number,
): Promise<IDBPDatabase<HistoryDb> | string> {
  let settle: (outcome: IDBPDatabase<HistoryDb> | string) => void = () => {};
  const outcome = new Promise<IDBPDatabase<HistoryDb> | string>((resolve) => {
    settle = resolve;
  });
  const blocked = 'IndexedDB is blocked by another tab of this page that holds an older history database.';
  const timer = setTimeout(() => settle(`IndexedDB did not open in time. ${blocked}`), timeoutMs);
  let late = false;
  let database: IDBPDatabase<HistoryDb> | undefined;
  try {
    const db = openDB<HistoryDb>(name, version, {
      upgrade(database) {
        if (!database.objectStoreNames.contains('entries')) {
          database
            .createObjectStore('entries', { keyPath: 'id', autoIncrement: true })
            .createIndex('by-api', ['apiId', 'at', 'size']);
        }
        if (!database.objectStoreNames.contains('bodies')) database.createObjectStore('bodies');
      },
      blocked: () => settle(blocked),
      // Another tab wants a newer version: let it have it rather than block it.
      blocking: () => database?.close(),
    });
    db.then(
      (opened) => {
        database = opened;
        const problem = checkLayout(opened);
        if (late || problem) opened.close();
        settle(problem ?? opened);
      },
      (error: unknown) => settle(`IndexedDB could not be opened (${errorName(error)}).`),
    );
    const result = await outcome;
    late = true;
    return result;
  } catch (error) {
    return `IndexedDB could not be opened (${errorName(error)}).`;
  } finally {
    clearTimeout(timer);
  }
}

/** Why an opened database is not one this code wrote (a damaged or foreign layout), or undefined. */
function checkLayout(db: IDBPDatabase<HistoryDb>): string | undefined {
  const layoutOk =
    db.objectStoreNames.contains('entries') &&
    db.objectStoreNames.contains('bodies') &&
    db.transaction('entries').store.indexNames.contains('by-api');
  return layoutOk ? undefined : 'The stored history database is damaged or from another program.';
}

function createStore(
  initialDb: IDBPDatabase<HistoryDb> | undefined,
  caps: HistoryCaps,
  initialNote: string | undefined,
): HistoryStore {
  let db = initialDb;
  let note = initialNote;
  let unreadable = 0;
  // Everything read or written in this session, so a failing database loses nothing that was on screen.
  const memory = new Map<number, HistoryEntry>();
  const summaries = new Map<number, HistorySummary>();
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };

  /** From now on, memory only: say why. */
  const fallBack = (error: unknown) => {
    db?.close();
    db = undefined;
    note = `Saving history to IndexedDB failed (${errorName(error)}). ${NOT_LASTING}`;
  };

  const memoryList = (apiId: string): HistorySummary[] =>
    [...summaries.values()].filter((e) => e.apiId === apiId).sort((a, b) => b.at - a.at || b.id - a.id);

  const addToMemory = (entry: NewHistoryEntry): HistoryEntry => {
    const id = Math.max(0, ...summaries.keys()) + 1;
    const full = { ...entry, id };
    remember(full);
    const evicted = selectEvicted(memoryList(entry.apiId), caps);
    for (const old of evicted) forget(old);
    return full;
  };
  const remember = (entry: HistoryEntry) => {
    memory.set(entry.id, entry);
    summaries.set(entry.id, summarize(entry));
  };
  const forget = (id: number) => {
    memory.delete(id);
    summaries.delete(id);
  };

  return {
    get kind() {
      return db ? 'indexeddb' : 'memory';
    },
    get note() {
      if (note) return note;
      return unreadable > 0
        ? `${unreadable} stored ${unreadable === 1 ? 'entry' : 'entries'} could not be read and ${unreadable === 1 ? 'is' : 'are'} left as stored.`
        : undefined;
    },
    async list(apiId) {
      if (db) {
        try {
          const rows = await db.getAllFromIndex('entries', 'by-api', apiRange(apiId));
          const read = rows.map(decodeHistorySummary);
          unreadable = read.filter((row) => row === undefined).length;
          for (const summary of read) if (summary) summaries.set(summary.id, summary);
          return read.filter((row): row is HistorySummary => row !== undefined).reverse();
        } catch (error) {
          fallBack(error);
        }
      }
      return memoryList(apiId);
    },
    async get(id) {
      const known = memory.get(id);
      if (known || !db) return known;
      try {
        const tx = db.transaction(['entries', 'bodies']);
        const [raw, body] = await Promise.all([
          tx.objectStore('entries').get(id),
          tx.objectStore('bodies').get(id),
        ]);
        const summary = decodeHistorySummary(raw);
        if (!summary) return undefined;
        const { response, ...rest } = summary;
        const entry: HistoryEntry = response
          ? { ...rest, response: { ...response, bodyText: body ?? '' } }
          : rest;
        remember(entry);
        return entry;
      } catch (error) {
        fallBack(error);
        return undefined;
      }
    },
    async add(entry) {
      let added: HistoryEntry | undefined;
      if (db) {
        try {
          const written = await addToDb(db, entry, caps);
          added = written.entry;
          remember(added);
          for (const old of written.evicted) forget(old);
        } catch (error) {
          fallBack(error);
        }
      }
      added ??= addToMemory(entry);
      changed();
      return added;
    },
    async remove(id) {
      if (db) {
        try {
          const tx = db.transaction(['entries', 'bodies'], 'readwrite');
          await Promise.all([
            tx.objectStore('entries').delete(id),
            tx.objectStore('bodies').delete(id),
            tx.done,
          ]);
        } catch (error) {
          fallBack(error);
        }
      }
      forget(id);
      changed();
    },
    async clear(apiId) {
      if (db) {
        try {
          const tx = db.transaction(['entries', 'bodies'], 'readwrite');
          const ids = await tx.objectStore('entries').index('by-api').getAllKeys(apiRange(apiId));
          await Promise.all([
            ...ids.flatMap((id) => [
              tx.objectStore('entries').delete(id),
              tx.objectStore('bodies').delete(id),
            ]),
            tx.done,
          ]);
        } catch (error) {
          fallBack(error);
        }
      }
      for (const summary of memoryList(apiId)) forget(summary.id);
      changed();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Writes one entry and evicts the API's oldest beyond the caps, in one transaction. */
async function addToDb(db: IDBPDatabase<HistoryDb>, entry: NewHistoryEntry, caps: HistoryCaps) {
  const tx = db.transaction(['entries', 'bodies'], 'readwrite');
  const entries = tx.objectStore('entries');
  const bodies = tx.objectStore('bodies');
  const { response, ...rest } = entry;
  const summary = response ? { ...rest, response: withoutBody(response) } : rest;
  const id = await entries.add(summary as unknown);
  if (response) await bodies.put(response.bodyText, id);
  const kept: { id: number; at: number; size: number }[] = [];
  for (let cursor = await entries.index('by-api').openKeyCursor(apiRange(entry.apiId)); cursor; ) {
    const [, at, size] = cursor.key;
    kept.push({ id: cursor.primaryKey, at, size });
    cursor = await cursor.continue();
  }
  const evicted = selectEvicted(kept, caps);
  for (const old of evicted) await Promise.all([entries.delete(old), bodies.delete(old)]);
  await tx.done;
  return { entry: { ...entry, id }, evicted };
}

/** Every key of the `by-api` index that starts with `apiId` (arrays sort after numbers). */
function apiRange(apiId: string): IDBKeyRange {
  return IDBKeyRange.bound([apiId], [apiId, []]);
}

function summarize(entry: HistoryEntry): HistorySummary {
  const { response, ...rest } = entry;
  return response ? { ...rest, response: withoutBody(response) } : rest;
}

function withoutBody<T extends { bodyText: string }>(response: T): Omit<T, 'bodyText'> {
  const { bodyText: _, ...rest } = response;
  return rest;
}

function errorName(error: unknown): string {
  // DOMException is not an Error subclass in every engine: read `name` structurally.
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'QuotaExceededError') return 'the browser storage is full';
  if (name === 'VersionError') return 'a newer version of this page wrote it';
  return name || 'unknown error';
}
