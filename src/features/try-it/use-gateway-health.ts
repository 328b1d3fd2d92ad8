import { useEffect, useState } from 'react';
import type { GatewayHealth } from '../../transport/check-gateway.ts';
import { useQueryState } from '../use-query-state.ts';
import { gatewayHealthKey } from './gateway-health-query.ts';

/** What the Try it panel needs to know about the gateway in the field, from the health query's cache. */
export interface GatewayHealthView {
  /** The URL to probe: typing has paused on it and it looks like one; else undefined. */
  probeUrl: string | undefined;
  /** The gateway's latest answer, when it was a health report (a failed recheck says nothing). */
  health: GatewayHealth | undefined;
  /** The gateway's latest answer says it holds the credential. */
  holdsCredential: boolean;
}

const TYPING_PAUSE_MS = 400;

/**
 * The gateway URL to probe, once typing pauses, and its latest health answer (who holds the credential,
 * whether it checks callers, which API it forwards). The probe itself and the notes it feeds load lazily (GatewayHealthNotes.tsx); the answer
 * lives in the query cache and is invalidated by a failed Send.
 */
export function useGatewayHealth(gatewayUrl: string): GatewayHealthView {
  const url = gatewayUrl.trim();
  const [settled, setSettled] = useState(url);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(url), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [url]);
  const usable = /^https?:\/\/[^/]+/i.test(url);
  const probeUrl = usable && settled === url ? url : undefined;
  const query = useQueryState<GatewayHealth>(gatewayHealthKey(settled));
  const health = probeUrl !== undefined && query?.status === 'success' ? query.data : undefined;
  return { probeUrl, health, holdsCredential: health?.credential === 'server' };
}
