import { createHash } from 'node:crypto';
import {
  type CallerCheck,
  type GatewayHealthBody,
  operationDigestLines,
} from '../contract/gateway-contract.ts';
import type { ForwardingSurface } from './extract-operations.ts';

/**
 * The health body (contract v2) as text, built once at start-up by every engine (node:http, the Web-standard
 * handler on Node and on workerd), so they all report the same thing. `operations` counts the forwarded ones
 * (after GATEWAY_READ_ONLY / GATEWAY_OPERATIONS); the `api` digest covers the whole description, since the page
 * compares it with the description it loaded.
 */
export function buildHealthBody(health: {
  upstreamHost: string;
  credential: 'server' | 'browser';
  forwardedOperations: number;
  callerCheck: CallerCheck;
  surface: ForwardingSurface;
}): string {
  const { surface } = health;
  const lines = operationDigestLines(
    surface.operations.map(({ method, template }) => ({ method, path: template })),
  );
  return JSON.stringify({
    status: 'ok',
    upstream: health.upstreamHost,
    credential: health.credential,
    operations: health.forwardedOperations,
    callerCheck: health.callerCheck,
    api: {
      title: surface.api?.title ?? '',
      version: surface.api?.version ?? '',
      // createHash, not the one-shot hash(): workerd's node:crypto has the former.
      digest: createHash('sha256').update(lines).digest('hex'),
    },
  } satisfies GatewayHealthBody);
}
