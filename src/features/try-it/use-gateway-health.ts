import { useEffect, useState } from 'react';
import type { GatewayHealth } from '../../transport/check-gateway.ts';
import { useQueryState } from '../use-query-state.ts';
import { gatewayHealthKey } from './gateway-health-query.ts';

/** What the Try it panel needs to know about the gateway in the field, from the health query's cache. */
export interface GatewayHealthView {
  /** The URL to probe: typing has paused on it and it looks like one; else undefined. */
  probeUrl: string | undefined;
  /** The gateway's latest answer says it holds the credential (a failed recheck says nothing). */
  holdsCredential: boolean;
}

const TYPING_PAUSE_MS = 400;

/**
 * The gateway URL to probe, once typing pauses, and whether its latest health answer says it holds the
 * credential. The probe itself and the notes it feeds load lazily (GatewayHealthNotes.tsx); the answer
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
  return {
    probeUrl,
    holdsCredential:
      probeUrl !== undefined && query?.status === 'success' && query.data?.credential === 'server',
  };
}
