/** What the gateway's health route says about itself. */
export interface GatewayHealth {
  status: string;
  upstream?: string;
  /** `server`: the gateway holds the credential, the browser needs none. */
  credential?: 'server' | 'browser';
}

/** Asks `{gatewayUrl}/_gateway/health`; rejects with a plain message when the gateway cannot be reached. */
export async function checkGateway(gatewayUrl: string, signal?: AbortSignal): Promise<GatewayHealth> {
  const url = `${gatewayUrl.replace(/\/+$/, '')}/_gateway/health`;
  let response: Response;
  try {
    response = await fetch(url, {
      signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new Error('Not reachable from this page (down, wrong URL, or this origin is not allowed).');
  }
  if (!response.ok) throw new Error(`Health check answered HTTP ${response.status}.`);
  const body = (await response.json().catch(() => undefined)) as Partial<GatewayHealth> | undefined;
  const headerCredential = response.headers.get('x-gateway-credential');
  const credential = body?.credential ?? headerCredential;
  return {
    status: typeof body?.status === 'string' ? body.status : 'ok',
    ...(typeof body?.upstream === 'string' ? { upstream: body.upstream } : {}),
    ...(credential === 'server' || credential === 'browser' ? { credential } : {}),
  };
}
