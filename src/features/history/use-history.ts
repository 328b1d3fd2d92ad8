import { useEffect, useState } from 'react';
import { browserHistoryStore, watchHistory } from '../../history/browser-history-store.ts';
import type { HistorySummary } from '../../history/history-entry.ts';
import type { HistoryStore } from '../../history/history-store.ts';

/** One API's history as the panel shows it: the store once open, its entries (newest first) and its note. */
export interface HistoryState {
  store: HistoryStore | undefined;
  entries: HistorySummary[];
  note: string | undefined;
  kind: HistoryStore['kind'] | undefined;
}

/** Opens the page's history and follows its changes (this tab's and other tabs'). */
export function useHistory(apiId: string): HistoryState {
  const [state, setState] = useState<HistoryState>({
    store: undefined,
    entries: [],
    note: undefined,
    kind: undefined,
  });
  useEffect(() => {
    let alive = true;
    let stop = () => {};
    void browserHistoryStore().then((store) => {
      if (!alive) return;
      // Lists may finish out of order: only the latest one counts.
      let latest = 0;
      const load = () => {
        const mine = ++latest;
        void store.list(apiId).then((entries) => {
          if (alive && mine === latest) setState({ store, entries, note: store.note, kind: store.kind });
        });
      };
      stop = watchHistory(store, load);
      load();
    });
    return () => {
      alive = false;
      stop();
    };
  }, [apiId]);
  return state;
}
