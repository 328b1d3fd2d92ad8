import { useQuery } from '@tanstack/react-query';
import { useDeferredValue } from 'react';
import { checkGateway, type GatewayHealth } from '../../transport/check-gateway.ts';

/** The gateway's health (`/_gateway/health`): reachable? does it hold the credential? Re-checked as the URL changes. */
export function useGatewayHealth(gatewayUrl: string) {
  const url = useDeferredValue(gatewayUrl.trim());
  return useQuery<GatewayHealth>({
    queryKey: ['gateway-health', url],
    queryFn: ({ signal }) => checkGateway(url, signal),
    enabled: /^https?:\/\/[^/]+/i.test(url),
    staleTime: 30_000,
  });
}
