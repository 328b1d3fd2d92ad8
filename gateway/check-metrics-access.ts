import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { hashToken } from './check-caller-token.ts';
import { type Env, envChoice } from './read-env.ts';

/** Who may read `GET /_gateway/metrics`: nobody, loopback clients only (the default), or holders of a token. */
export type MetricsAccess = { kind: 'off' } | { kind: 'loopback' } | { kind: 'token'; tokenHash: Buffer };

/** What the metrics route answers a request with. */
export type MetricsVerdict = 'serve' | 'off' | 'forbidden';

/**
 * Reads `GATEWAY_METRICS_TOKEN` (set: a Bearer token is required, from any address; only its hash is kept) and
 * `GATEWAY_METRICS` (`loopback`, the default, or `off`).
 */
export function loadMetricsAccess(env: Env): MetricsAccess {
  const token = env.GATEWAY_METRICS_TOKEN?.trim();
  const mode = envChoice(env, 'GATEWAY_METRICS', ['loopback', 'off'], 'loopback');
  if (token) {
    if (mode === 'off') throw new Error('GATEWAY_METRICS=off contradicts GATEWAY_METRICS_TOKEN: pick one');
    if (token.length < 16) throw new Error('GATEWAY_METRICS_TOKEN must be at least 16 characters');
    return { kind: 'token', tokenHash: hashToken(token) };
  }
  return { kind: mode };
}

// Headers a reverse proxy adds: a request carrying them came from further away than its loopback peer.
const PROXIED = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/**
 * Decides a metrics request. Loopback mode serves only peers on 127.0.0.0/8 or ::1 whose request shows no sign of
 * a proxy in front (a local reverse proxy would otherwise hand the internet a loopback address). Token mode compares
 * `Authorization: Bearer …` in constant time (both sides hashed first, so lengths never leak).
 */
export function checkMetricsAccess(
  access: MetricsAccess,
  remoteAddress: string | undefined,
  headers: IncomingHttpHeaders,
): MetricsVerdict {
  switch (access.kind) {
    case 'off':
      return 'off';
    case 'loopback':
      return isLoopback(remoteAddress) && !PROXIED.some((name) => headers[name] !== undefined)
        ? 'serve'
        : 'forbidden';
    case 'token': {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
      return match?.[1] !== undefined && timingSafeEqual(hashToken(match[1]), access.tokenHash)
        ? 'serve'
        : 'forbidden';
    }
  }
}

function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}
