import type { IncomingHttpHeaders } from 'node:http';
import type { CallerCheck } from '../contract/gateway-contract.ts';

/**
 * What a caller check says about one request: who the caller is (an id safe to log: a token's hash prefix or
 * label, a JWT's subject, never a token) and, when its claims narrow it, which operations it may use; or why
 * it is refused.
 */
export type CallerVerdict =
  | { ok: true; id: string; mayUse?: (operationId: string | undefined) => boolean }
  | { ok: false; code: 'caller_unauthenticated' | 'caller_check_unavailable'; message: string };

/** A configured caller check: its mode (as health reports it), the header its proof comes in, the check itself. */
export interface CallerChecker {
  readonly mode: Exclude<CallerCheck, 'none'>;
  /** Lower-case name of the request header the token or JWT comes in; never forwarded upstream. */
  readonly header: string;
  /** Synchronous for tokens; a promise for JWTs (the key set may have to be fetched). */
  check(headers: IncomingHttpHeaders): CallerVerdict | Promise<CallerVerdict>;
}

/** The single value of a request header, or undefined when it is absent, empty or sent more than once. */
export function singleHeader(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
