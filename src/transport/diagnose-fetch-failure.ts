import { HEALTH_PATH } from '../../contract/gateway-contract.ts';
import type { SendFailure } from './send-failure.ts';

/** What `diagnoseFetchFailure` needs: where the gateway is, what the failed request carried, how to fetch. */
export interface FetchFailureContext {
  /** The gateway's base URL (origin + path prefix, no trailing slash). */
  base: string;
  /** The headers the failed request carried (credentials among them: their values are never re-sent). */
  headers: Headers;
  fetchImpl: typeof fetch;
  signal: AbortSignal;
  /** The browser's own words (credentials already redacted). */
  detail: string | undefined;
}

const SAFELISTED_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * Why a request the browser would not send failed: when the gateway's health route answers, the gateway is
 * up, so the CORS preflight refused something. Each header that needs a preflight is then tried alone on the
 * health route (with a placeholder value, never the real one) to name the header the gateway refuses.
 * When the health route does not answer either, the gateway is unreachable from this page.
 */
export async function diagnoseFetchFailure(context: FetchFailureContext): Promise<SendFailure> {
  const { base, fetchImpl, signal, detail } = context;
  const origin = new URL(base).origin;
  const health = `${base}${HEALTH_PATH}`;
  const probe = (headers?: Record<string, string>) =>
    fetchImpl(health, {
      headers,
      signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    }).then(
      () => true,
      () => false,
    );
  const withDetail = (failure: SendFailure): SendFailure =>
    detail === undefined ? failure : { ...failure, detail };
  if (!(await probe())) {
    return withDetail({
      hop: 'browser',
      message: `Could not reach the gateway at ${origin}. Check that it is running and that it allows this page's origin (CORS).`,
    });
  }
  const refused: string[] = [];
  for (const [name, value] of context.headers) {
    if (isSafelisted(name, value)) continue;
    // A placeholder of the same kind: a Content-Type keeps its value, anything else is never the credential.
    if (!(await probe({ [name]: name === 'content-type' ? value : 'x' }))) refused.push(name);
    if (signal.aborted) break;
  }
  if (refused.length > 0) {
    const names = refused.map((name) => displayName(name)).join(', ');
    const plural = refused.length > 1;
    return withDetail({
      hop: 'gateway',
      message:
        `The gateway at ${origin} answers, but its CORS preflight refused the header${plural ? 's' : ''} ${names}, ` +
        'so the browser did not send the request. The gateway forwards only the headers its API description ' +
        `declares (parameters and security schemes): start it with a description that declares ${plural ? 'them' : 'it'}.`,
      detail: `header_not_allowed: ${names}`,
    });
  }
  return withDetail({
    hop: 'gateway',
    message:
      `The gateway at ${origin} answers its health check, but the browser did not send this request: its CORS ` +
      'preflight refused the method or the headers together, or the connection broke.',
  });
}

/** Headers a browser sends without a preflight (Fetch standard's CORS-safelisted request headers). */
function isSafelisted(name: string, value: string): boolean {
  if (name === 'accept' || name === 'accept-language' || name === 'content-language') return true;
  if (name !== 'content-type') return false;
  const essence = value.split(';')[0]?.trim().toLowerCase() ?? '';
  return SAFELISTED_TYPES.includes(essence);
}

/** `x-api-key` → `X-Api-Key`: Headers lower-cases names; people read them capitalized. */
function displayName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_all, dash: string, letter: string) => dash + letter.toUpperCase());
}
