import { useEffect, useMemo, useState } from 'react';
import { browserLocalStorage } from '../../storage/browser-storage.ts';
import type { ThemePreference } from '../../storage/theme-codec.ts';
import { createThemeStore } from '../../storage/theme-store.ts';

/** Shows `theme` on the page: an attribute the palette reads; none follows the system's scheme. */
function applyTheme(theme: ThemePreference): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/**
 * The colour scheme chosen on this device: system, light or dark, saved through the storage module (zod
 * codec), kept in step across tabs. The boot script applied the stored choice before the first paint; this
 * takes over (and sets aside a stored value it could not read).
 */
export function useTheme(): {
  theme: ThemePreference;
  setTheme: (theme: ThemePreference) => void;
  saveError?: string;
} {
  const store = useMemo(() => createThemeStore(browserLocalStorage(window), { events: window }), []);
  const [theme, setThemeState] = useState(() => store.load().theme);
  const [saveError, setSaveError] = useState<string>();
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => store.subscribe(setThemeState), [store]);
  return {
    theme,
    setTheme: (next) => {
      setThemeState(next);
      const result = store.save(next);
      setSaveError(result.ok ? undefined : result.reason);
    },
    saveError,
  };
}
