import { useEffect, useState } from 'react';
import { checkGateway, type GatewayHealth } from '../../transport/check-gateway.ts';

/** The health probe's state for the URL in the field. */
export type GatewayHealthState =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'ok'; health: GatewayHealth }
  | { state: 'error'; message: string };

/**
 * Asks the gateway's `/_gateway/health` whether it is reachable and holds the credential, once typing pauses
 * (400 ms). One small effect rather than a query cache: the page weight budget is tight and this is one fetch.
 */
export function useGatewayHealth(gatewayUrl: string): GatewayHealthState {
  const url = gatewayUrl.trim();
  const [result, setResult] = useState<{ url: string; value: GatewayHealthState }>({
    url: '',
    value: { state: 'idle' },
  });
  useEffect(() => {
    if (!/^https?:\/\/[^/]+/i.test(url)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      checkGateway(url, controller.signal).then(
        (health) => setResult({ url, value: { state: 'ok', health } }),
        (error: unknown) => {
          if (!controller.signal.aborted) {
            setResult({
              url,
              value: { state: 'error', message: error instanceof Error ? error.message : String(error) },
            });
          }
        },
      );
    }, 400);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [url]);
  if (!/^https?:\/\/[^/]+/i.test(url)) return { state: 'idle' };
  // A result for another URL is stale: say "checking" until this one answers.
  return result.url === url ? result.value : { state: 'checking' };
}
