import {
  type CallerCheck,
  GATEWAY_CREDENTIAL_HEADER,
  type GatewayHealthBody,
  gatewayHealthSchema,
  HEALTH_PATH,
} from '../../contract/gateway-contract.ts';

/** What the gateway's health route says about itself (each field only when the gateway said it validly). */
export interface GatewayHealth {
  status: string;
  upstream?: string;
  /** `server`: the gateway holds the credential, the browser needs none. */
  credential?: 'server' | 'browser';
  /** How the gateway checks its callers (contract v2; a v1 gateway does not say). */
  callerCheck?: CallerCheck;
  /** The API the gateway forwards (contract v2). */
  api?: NonNullable<GatewayHealthBody['api']>;
}

/**
 * Asks `{gatewayUrl}/_gateway/health`; rejects with a plain message when the gateway cannot be reached,
 * answers an error, or answers with something that is no gateway's health report (another server at that
 * URL: neither an upstream nor who holds the credential, in the body or the header).
 */
export async function checkGateway(
  gatewayUrl: string,
  signal?: AbortSignal,
  fetchImpl: typeof fetch = fetch,
): Promise<GatewayHealth> {
  const url = `${gatewayUrl.trim().replace(/\/+$/, '')}${HEALTH_PATH}`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new Error('Not reachable from this page (down, wrong URL, or this origin is not allowed).');
  }
  if (!response.ok) throw new Error(`Health check answered HTTP ${response.status}.`);
  const body: unknown = await response.json().catch(() => undefined);
  const health = readGatewayHealth(body, response.headers.get(GATEWAY_CREDENTIAL_HEADER));
  if (health.upstream === undefined && health.credential === undefined) {
    throw new Error('Something answers at this URL, but not as a Try It gateway (no health report).');
  }
  return health;
}

/**
 * Reads a health body field by field with the contract's schema: a field that is missing or malformed is left
 * out rather than failing the whole check (an older or newer gateway still reports what it can). The
 * credential falls back to the `x-gateway-credential` header.
 */
export function readGatewayHealth(body: unknown, headerCredential: string | null): GatewayHealth {
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const field = <K extends keyof typeof gatewayHealthSchema.shape>(name: K) => {
    const checked = gatewayHealthSchema.shape[name].safeParse(record[name]);
    return checked.success ? (checked.data as GatewayHealthBody[K]) : undefined;
  };
  const upstream = field('upstream');
  const fromHeader =
    headerCredential === 'server' || headerCredential === 'browser' ? headerCredential : undefined;
  const held = field('credential') ?? fromHeader;
  const callerCheck = field('callerCheck');
  const api = field('api');
  return {
    status: typeof record.status === 'string' ? record.status : 'ok',
    ...(upstream !== undefined ? { upstream } : {}),
    ...(held !== undefined ? { credential: held } : {}),
    ...(callerCheck !== undefined ? { callerCheck } : {}),
    ...(api !== undefined ? { api } : {}),
  };
}
