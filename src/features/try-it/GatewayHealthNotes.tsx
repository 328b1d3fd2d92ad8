import { useQuery, useQueryClient } from '@tanstack/react-query';
import { checkGateway } from '../../transport/check-gateway.ts';
import { GATEWAY_HEALTH_KEY, gatewayHealthKey, HEALTH_INTERVAL_MS } from './gateway-health-query.ts';

/**
 * The health of `url`, kept fresh in the query cache: asked at once, again when the window regains focus,
 * and every 30 s while the page is visible (a failed Send invalidates it too). Loaded lazily with the notes
 * below, so neither the probe nor TanStack's query observer weighs on the first page.
 */
function useHealthQuery(url: string | undefined) {
  return useQuery({
    queryKey: gatewayHealthKey(url ?? ''),
    queryFn: ({ signal }) => checkGateway(url ?? '', signal),
    enabled: url !== undefined,
    refetchOnWindowFocus: true,
    refetchInterval: HEALTH_INTERVAL_MS,
    refetchIntervalInBackground: false,
    retry: false,
  });
}

/** What the gateway does with credentials, in the words of its health report. */
const ROLE = {
  server: 'It holds the API credential and adds it to each request, so this browser sends none.',
  browser: 'It holds no credential: it forwards the one typed under Authentication.',
};

/**
 * The health line under the Gateway URL: reachable or not, where it forwards, who holds the credential.
 * The latest answer wins: a gateway that stopped answering is no longer "reachable". Only the state text
 * is a live region (the time changes on every check).
 */
export default function GatewayHealthLine({ url }: { url: string | undefined }) {
  const query = useHealthQuery(url);
  const queryClient = useQueryClient();
  const settled = url !== undefined && !query.isPending;
  const text = !settled
    ? url !== undefined
      ? 'Checking the gateway…'
      : ''
    : query.isError
      ? `Gateway: ${query.error instanceof Error ? query.error.message : String(query.error)}`
      : `Gateway reachable${query.data?.upstream ? `, forwarding to ${query.data.upstream}` : ''}. ${
          query.data?.credential ? ROLE[query.data.credential] : ''
        }`;
  const checkedAt = query.isError ? query.errorUpdatedAt : query.dataUpdatedAt;
  return (
    <p className="hint gateway-health">
      <span id="gateway-health" aria-live="polite">
        {text}
      </span>
      {settled && (
        <>
          {' '}
          <span>Checked at {new Date(checkedAt).toLocaleTimeString()}.</span>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void queryClient.invalidateQueries({ queryKey: GATEWAY_HEALTH_KEY })}
          >
            Check again
          </button>
        </>
      )}
    </p>
  );
}
