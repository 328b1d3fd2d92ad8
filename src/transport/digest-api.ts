import { type DigestOperation, digestOperations } from '../../contract/gateway-contract.ts';
import type { ApiModel } from '../openapi/model.ts';

/** The loaded description's operations as the contract's digest sees them: method and path template as written. */
export function digestOperationsOf(api: Pick<ApiModel, 'operations'>): DigestOperation[] {
  return api.operations.map((operation) => ({ method: operation.method, path: operation.path }));
}

/** The digest of the loaded description (rejects where Web Crypto is unavailable: an insecure context). */
export function digestApi(api: Pick<ApiModel, 'operations'>): Promise<string> {
  return digestOperations(digestOperationsOf(api));
}
