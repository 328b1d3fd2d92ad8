import { useEffect, useState } from 'react';
import type { ApiModel } from '../../openapi/model.ts';
import { digestApi } from '../../transport/digest-api.ts';

/**
 * The contract digest of the loaded description's operations (Web Crypto); undefined until known or if it
 * cannot be. Computed as soon as the panel mounts (a few hundred bytes of code, loaded with the panel, and one
 * hash), so it is ready long before the gateway's health answers and the notice appears in the same render as
 * the health line: one layout shift, not a second one under the user's next click.
 */
export function useApiDigest(api: ApiModel): string | undefined {
  const [result, setResult] = useState<{ api: ApiModel; digest: string | undefined }>();
  useEffect(() => {
    let current = true;
    digestApi(api).then(
      (digest) => current && setResult({ api, digest }),
      // No Web Crypto (a page served over plain http from another host): the check is skipped, not failed.
      () => current && setResult({ api, digest: undefined }),
    );
    return () => {
      current = false;
    };
  }, [api]);
  return result?.api === api ? result.digest : undefined;
}
