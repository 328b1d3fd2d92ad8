import { browserHistoryStore } from '../../history/browser-history-store.ts';
import type { HistoryEntry } from '../../history/history-entry.ts';
import { type HistoryInput, toHistoryEntry } from '../../history/to-history-entry.ts';
import { credentialSlots } from '../../transport/credential-slot.ts';
import type { NamedScheme } from '../../transport/named-scheme.ts';

/** Keeps one finished send (or merged pages) in history, without credentials. Loaded with the first Send. */
export async function recordHistory(
  input: Omit<HistoryInput, 'secretNames'>,
  schemes: readonly NamedScheme[],
): Promise<HistoryEntry> {
  const store = await browserHistoryStore();
  const secretNames = credentialSlots(schemes).slots.map((slot) => slot.name);
  return store.add(toHistoryEntry({ ...input, secretNames }));
}
