import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { GatewayHealth } from '../../transport/check-gateway.ts';
import { useQueryState } from '../use-query-state.ts';
import { GATEWAY_HEALTH_KEY, gatewayHealthKey } from './gateway-health-query.ts';

/** The health probe's state for the URL in the field. `checkedAt` is when the shown answer came. */
export type GatewayHealthState =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'ok'; health: GatewayHealth; checkedAt: number }
  | { state: 'error'; message: string; checkedAt: number };

/** The health state, plus what the Gateway section needs to run and repeat the probe. */
export type GatewayHealthView = GatewayHealthState & {
  /** The URL to probe (typing has paused on it and it looks like one), else undefined. */
  probeUrl: string | undefined;
  recheck: () => void;
};

const TYPING_PAUSE_MS = 400;

/**
 * What the gateway's `/_gateway/health` last said about the URL in the field, once typing pauses. The
 * answer lives in the query cache, kept fresh by `GatewayHealthProbe` (on focus, every 30 s while visible)
 * and invalidated by a failed Send; the latest answer wins, so a gateway that died is no longer "reachable".
 */
export function useGatewayHealth(gatewayUrl: string): GatewayHealthView {
  const url = gatewayUrl.trim();
  const [settled, setSettled] = useState(url);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(url), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [url]);
  const queryClient = useQueryClient();
  const query = useQueryState<GatewayHealth>(gatewayHealthKey(settled));
  const usable = /^https?:\/\/[^/]+/i.test(url);
  const probeUrl = usable && settled === url ? url : undefined;
  const recheck = () => void queryClient.invalidateQueries({ queryKey: GATEWAY_HEALTH_KEY });
  const view = { probeUrl, recheck };
  if (!usable) return { state: 'idle', ...view };
  // Until the answer for the URL in the field comes: "checking", never the note of another URL.
  if (!probeUrl || !query || query.status === 'pending') return { state: 'checking', ...view };
  if (query.status === 'error') {
    const message = query.error instanceof Error ? query.error.message : String(query.error);
    return { state: 'error', message, checkedAt: query.errorUpdatedAt, ...view };
  }
  return { state: 'ok', health: query.data as GatewayHealth, checkedAt: query.dataUpdatedAt, ...view };
}
