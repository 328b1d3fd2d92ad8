import type { ApiModel } from '../../openapi/model.ts';
import './GatewayApiNotice.css';
import { useApiDigest } from './use-api-digest.ts';
import type { GatewayHealthView } from './use-gateway-health.ts';

/**
 * Says, before Send, whether the gateway forwards the loaded description (their operation digests agree) or
 * another API, and then how to start a gateway for this one. Says nothing when either side cannot tell; its
 * one-line room is kept meanwhile, so the usual answer (a match) shifts nothing under the user's pointer.
 */
export function GatewayApiNotice({ api, health }: { api: ApiModel; health: GatewayHealthView }) {
  const digest = useApiDigest(api);
  const gatewayApi = health.health?.api;
  if (digest === undefined || gatewayApi === undefined || gatewayApi.digest === digest) {
    return (
      <p className="hint gateway-api-line">
        {digest !== undefined && gatewayApi !== undefined ? 'The gateway forwards this description.' : ''}
      </p>
    );
  }
  const other = gatewayApi;
  const named = other.title ? `“${other.title}”${other.version ? ` ${other.version}` : ''}` : 'another API';
  return (
    <p className="notice" role="status">
      This gateway forwards {named}, not the description loaded here: it would refuse these operations. To try
      this description, start a gateway for it: <code>npm start -- path/to/description.yaml</code>, or{' '}
      <code>GATEWAY_SPEC=path/to/description.yaml npm run gateway</code>.
    </p>
  );
}
