import type { Settings } from './settings-codec.ts';

/**
 * The settings once the page's default gateway URL (the embed's `gateway-url`) changed from `before` to
 * `after`: the new default replaces a gateway URL that was the old default or empty; one the user typed
 * stays, since their choice outranks the page's. Undefined when nothing changes.
 */
export function followGatewayDefault(
  settings: Settings,
  before: string | undefined,
  after: string | undefined,
): Settings | undefined {
  const from = before ?? '';
  const to = after ?? '';
  if (from === to) return undefined;
  if (settings.gatewayUrl !== '' && settings.gatewayUrl !== from) return undefined;
  return settings.gatewayUrl === to ? undefined : { ...settings, gatewayUrl: to };
}
