import { useEffect, useState } from 'react';
import { type LazyPrismLanguage, loadPrismLanguage } from '../response/load-prism-language.ts';
import { loadPrism } from '../response/prism-instance.ts';

/**
 * Loads Prism (and a snippet grammar) after first paint and returns a counter that changes once they are
 * in, so memoized highlighting can re-run. Until then callers render escaped plain text.
 */
export function usePrismLanguage(language: LazyPrismLanguage | 'json'): number {
  const [loads, setLoads] = useState(0);
  useEffect(() => {
    let live = true;
    const ready = language === 'json' ? loadPrism() : loadPrismLanguage(language);
    void ready.then(() => {
      if (live) setLoads((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [language]);
  return loads;
}
