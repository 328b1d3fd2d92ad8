import * as z from 'zod/mini';
import { type CorruptValue, decodeStored } from './decode-stored.ts';

/** What the page remembers per API on this device. */
export interface Settings {
  gatewayUrl: string;
  /** Typed credential per security scheme name. */
  credentials: Record<string, string>;
}

/** Settings before the user typed anything (a fresh object each call: callers may mutate it). */
export function defaultSettings(): Settings {
  return { gatewayUrl: '', credentials: {} };
}

const storedSettings = z.object({
  version: z.literal(1),
  gatewayUrl: z.string(),
  credentials: z.record(z.string(), z.string()),
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
    (stored) => ({ gatewayUrl: stored.gatewayUrl, credentials: stored.credentials }),
    defaultSettings,
  );
  return corrupt ? { settings: value, corrupt } : { settings: value };
}

/** The stored text of settings, with its format version inside. */
export function encodeSettings(settings: Settings): string {
  return JSON.stringify({ version: 1, gatewayUrl: settings.gatewayUrl, credentials: settings.credentials });
}
