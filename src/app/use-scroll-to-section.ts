import { useEffect } from 'react';

/**
 * Scrolls the heading a route names (`#/operations/x#md-pagination`) into view once the page shows it: the
 * browser cannot, since the whole hash is the route. `key` changes when the page under it changes.
 */
export function useScrollToSection(section: string | undefined, key: string): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the page: scroll again when it changes
  useEffect(() => {
    if (!section) return;
    // After this render's layout; a heading still being parsed simply stays where it is.
    const frame = requestAnimationFrame(() => document.getElementById(section)?.scrollIntoView());
    return () => cancelAnimationFrame(frame);
  }, [section, key]);
}
