import type { QueryKey } from '@tanstack/react-query';

/** The query key prefix of every health probe: invalidate it to recheck (e.g. after a failed Send). */
export const GATEWAY_HEALTH_KEY = ['gateway-health'] as const;

/** The query key of the probe of one gateway URL (trimmed, as typed). */
export function gatewayHealthKey(url: string): QueryKey {
  return [...GATEWAY_HEALTH_KEY, url];
}

/** How often a visible page rechecks the gateway. */
export const HEALTH_INTERVAL_MS = 30_000;
