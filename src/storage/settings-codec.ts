import * as z from 'zod/mini';
import { type CorruptValue, decodeStored } from './decode-stored.ts';

/** What the page remembers per API on this device. */
export interface Settings {
  gatewayUrl: string;
  /** Typed credential per security scheme name. */
  credentials: Record<string, string>;
  /** The gateway access token (`X-Gateway-Token`) for a gateway that checks its callers; absent when none typed. */
  gatewayToken?: string;
}

/** Settings before the user typed anything (a fresh object each call: callers may mutate it). */
export function defaultSettings(): Settings {
  return { gatewayUrl: '', credentials: {} };
}

const storedSettings = z.object({
  version: z.literal(1),
  gatewayUrl: z.string(),
  credentials: z.record(z.string(), z.string()),
  // Added without a version bump: older saved settings simply have none.
  gatewayToken: z.optional(z.string()),
});

/**
 * Reads stored settings. Missing → defaults; corrupt, foreign, non-JSON, wrong-typed or another version →
 * defaults plus the raw text and why, so the caller can keep it aside. Never throws.
 * (zod drops a `__proto__` key: a scheme of that name would not be remembered.)
 */
export function decodeSettings(raw: string | null): { settings: Settings; corrupt?: CorruptValue } {
  const { value, corrupt } = decodeStored(
    raw,
    storedSettings,
    (stored) => ({
      gatewayUrl: stored.gatewayUrl,
      credentials: stored.credentials,
      ...(stored.gatewayToken ? { gatewayToken: stored.gatewayToken } : {}),
    }),
    defaultSettings,
  );
  return corrupt ? { settings: value, corrupt } : { settings: value };
}

/** The stored text of settings, with its format version inside. */
export function encodeSettings(settings: Settings): string {
  return JSON.stringify({
    version: 1,
    gatewayUrl: settings.gatewayUrl,
    credentials: settings.credentials,
    ...(settings.gatewayToken ? { gatewayToken: settings.gatewayToken } : {}),
  });
}

/** Every secret the settings hold (credentials and the gateway access token): kept out of drafts and links. */
export function settingsSecrets(settings: Settings): string[] {
  const secrets = Object.values(settings.credentials);
  if (settings.gatewayToken) secrets.push(settings.gatewayToken);
  return secrets;
}
