/**
 * The gateway as a Worker module (Cloudflare Workers / workerd): the Web-standard handler over the same rules as
 * the Node gateway. The API description's surface is built in (`scripts/build-gateway-worker.ts`); the rest is
 * read once from the bindings, which carry the same GATEWAY_* names (a misconfiguration answers 500 with the
 * message, which never holds a credential). The rate limit, when set, counts per isolate (memory store): on
 * Cloudflare use its rate-limiting rules in front instead, since isolates do not share memory.
 */
import { surface } from 'virtual:tryit-gateway-surface';
import { createFetchHandler, type FetchHandler } from '../create-fetch-handler.ts';
import { createRateLimiter } from '../create-rate-limiter.ts';
import { loadConfig } from '../load-config.ts';

let handler: FetchHandler | undefined;
let misconfigured: string | undefined;

function start(env: Record<string, unknown>): void {
  const text: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) if (typeof value === 'string') text[name] = value;
  try {
    const config = loadConfig(text, '/', '/');
    handler = createFetchHandler({
      ...config,
      surface,
      maxHeaders: config.limits.maxHeaders,
      rateLimiter:
        config.rateLimitPerMinute === undefined ? undefined : createRateLimiter(config.rateLimitPerMinute),
    });
  } catch (error) {
    misconfigured = error instanceof Error ? error.message : String(error);
  }
}

export default {
  async fetch(request: Request, env: Record<string, unknown>): Promise<Response> {
    if (handler === undefined && misconfigured === undefined) start(env);
    if (handler === undefined) {
      return new Response(`gateway misconfigured: ${misconfigured}\n`, {
        status: 500,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      });
    }
    return handler(request, request.headers.get('cf-connecting-ip') ?? undefined);
  },
};
