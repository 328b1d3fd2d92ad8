import { useContext, useSyncExternalStore } from 'react';
import { ColorSchemeChoiceContext, pickColorScheme } from './color-scheme-choice.ts';

const DARK_SYSTEM = '(prefers-color-scheme: dark)';

/** The document root's `data-theme` (the page's toggle) and the system's preference, as one snapshot. */
function currentSnapshot(): string {
  const chosen = document.documentElement.dataset.theme ?? '';
  return `${chosen}|${window.matchMedia(DARK_SYSTEM).matches ? 'dark' : 'light'}`;
}

function subscribe(onChange: () => void): () => void {
  const system = window.matchMedia(DARK_SYSTEM);
  system.addEventListener('change', onChange);
  const toggle = new MutationObserver(onChange);
  toggle.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    system.removeEventListener('change', onChange);
    toggle.disconnect();
  };
}

/**
 * The colour scheme in use, kept current when the theme toggle, the embed element's `theme` or the system
 * changes it: for what CSS cannot colour by itself (a canvas is drawn with colours resolved once, so it must
 * be redrawn).
 */
export function useColorScheme(): 'light' | 'dark' {
  const choice = useContext(ColorSchemeChoiceContext);
  const snapshot = useSyncExternalStore(subscribe, currentSnapshot, () => '|light');
  const [documentTheme, system] = snapshot.split('|');
  return pickColorScheme(choice, documentTheme || undefined, system === 'dark');
}
