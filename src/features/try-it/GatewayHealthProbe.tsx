import { useQuery } from '@tanstack/react-query';
import { checkGateway } from '../../transport/check-gateway.ts';
import { gatewayHealthKey, HEALTH_INTERVAL_MS } from './gateway-health-query.ts';

/**
 * Keeps the health of `url` fresh in the query cache: asks at once, again when the window regains focus,
 * and every 30 s while the page is visible. Renders nothing; `useGatewayHealth` reads the cache. Loaded
 * lazily, so neither the probe nor TanStack's query observer weighs on the first page.
 */
export default function GatewayHealthProbe({ url }: { url: string }) {
  useQuery({
    queryKey: gatewayHealthKey(url),
    queryFn: ({ signal }) => checkGateway(url, signal),
    refetchOnWindowFocus: true,
    refetchInterval: HEALTH_INTERVAL_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });
  return null;
}
