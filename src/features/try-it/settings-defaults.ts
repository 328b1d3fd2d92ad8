import { createContext } from 'react';

/** Defaults a page around the panel gives the settings (the embed's `gateway-url`); a saved value wins. */
export interface SettingsDefaults {
  gatewayUrl?: string;
}

/** The settings' defaults; in the app, the build's gateway URL (VITE_TRYIT_GATEWAY_URL) only. */
export const SettingsDefaultsContext = createContext<SettingsDefaults>({});
