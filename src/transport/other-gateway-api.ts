import {
  type DigestOperation,
  digestOperations,
  type GatewayHealthBody,
} from '../../contract/gateway-contract.ts';
import type { ApiModel } from '../openapi/model.ts';

/** The loaded description's operations as the contract's digest sees them: method and path template as written. */
export function digestOperationsOf(api: Pick<ApiModel, 'operations'>): DigestOperation[] {
  return api.operations.map((operation) => ({ method: operation.method, path: operation.path }));
}

/** The digest of the loaded description (rejects where Web Crypto is unavailable: an insecure context). */
export function digestApi(api: Pick<ApiModel, 'operations'>): Promise<string> {
  return digestOperations(digestOperationsOf(api));
}

/** The API a gateway forwards, when it is not the loaded one; undefined when they match or one side cannot tell. */
export function otherGatewayApi(
  localDigest: string | undefined,
  gatewayApi: GatewayHealthBody['api'] | undefined,
): NonNullable<GatewayHealthBody['api']> | undefined {
  if (localDigest === undefined || gatewayApi === undefined) return undefined;
  return gatewayApi.digest === localDigest ? undefined : gatewayApi;
}
