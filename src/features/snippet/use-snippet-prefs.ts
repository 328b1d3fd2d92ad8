import { useMemo, useState } from 'react';
import { browserLocalStorage, createSnippetPrefsStore } from '../../storage/browser-storage.ts';
import type { SnippetPrefs } from '../../storage/snippet-prefs-codec.ts';

/**
 * The snippet panel's language tab and "Call through the gateway", remembered per API across reloads.
 * A refused write (quota, private mode) only means the choice is not remembered; the Settings section
 * already says when this page cannot save anything.
 */
export function useSnippetPrefs(apiId: string): [SnippetPrefs, (patch: Partial<SnippetPrefs>) => void] {
  const store = useMemo(() => createSnippetPrefsStore(browserLocalStorage(window), apiId), [apiId]);
  const [prefs, setPrefs] = useState(() => store.load().prefs);
  return [
    prefs,
    (patch) => {
      const next = { ...prefs, ...patch };
      setPrefs(next);
      store.save(next);
    },
  ];
}
