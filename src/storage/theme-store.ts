import {
  keepAside,
  listen,
  type Recovered,
  read,
  type StoreOptions,
  type WriteResult,
  write,
} from './browser-storage.ts';
import { themeKey } from './storage-keys.ts';
import { decodeTheme, encodeTheme, type ThemePreference } from './theme-codec.ts';

/** The colour-scheme choice, one for the page (whatever API it shows). */
export interface ThemeStore {
  load(): { theme: ThemePreference; recovered?: Recovered };
  save(theme: ThemePreference): WriteResult;
  subscribe(listener: (theme: ThemePreference) => void): () => void;
}

/**
 * The theme store, through the storage room's guarded reads and writes (never throws). Its own module so it
 * loads with the theme toggle, after the first paint; before it, the boot script (theme-boot-script.ts)
 * has applied the stored choice.
 */
export function createThemeStore(storage: Storage | undefined, options: StoreOptions = {}): ThemeStore {
  const key = themeKey();
  return {
    load() {
      const { theme, corrupt } = decodeTheme(read(storage, key));
      return corrupt ? { theme, recovered: keepAside(storage, key, corrupt, options) } : { theme };
    },
    save: (theme) => write(storage, key, encodeTheme(theme)),
    subscribe: (listener) => listen(storage, key, options, (raw) => listener(decodeTheme(raw).theme)),
  };
}
