import { useSyncExternalStore } from 'react';

const DARK_SYSTEM = '(prefers-color-scheme: dark)';

/** The scheme on show: the toggle's choice (`data-theme` on the root), else the system's. */
function currentScheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia(DARK_SYSTEM).matches ? 'dark' : 'light';
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
 * The colour scheme in use, kept current when the theme toggle or the system changes it: for what CSS cannot
 * colour by itself (a canvas is drawn with colours resolved once, so it must be redrawn).
 */
export function useColorScheme(): 'light' | 'dark' {
  return useSyncExternalStore(subscribe, currentScheme, () => 'light');
}
