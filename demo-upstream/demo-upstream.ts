import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer } from '../node-support/close-server.ts';
import { listenOn } from '../node-support/listen-on.ts';
import { answerCompletion, COMPLETION_ROUTES } from './answer-completion.ts';
import { buildUsagePage, type UsagePage } from './build-usage-page.ts';
import { DEMO_ENDPOINTS } from './demo-endpoints.ts';
import { parseUsageQuery } from './parse-usage-query.ts';

/** Magic Bearer key: the demo answers 429 with `Retry-After: 2`, to try rate-limit handling. */
export const RATE_LIMITED_KEY = 'demo-rate-limited';
/** Magic Bearer key: the demo answers 500 server_error, to try upstream-failure handling. */
export const SERVER_ERROR_KEY = 'demo-server-error';
/**
 * Magic Bearer key: a 200 page whose first result breaks the documented shape (its first number is sent
 * as text), to try the page's response check: `/data/0/results/0/<field>` must be flagged.
 */
export const WRONG_SHAPE_KEY = 'demo-wrong-shape';

/** Where the demo listens, and an optional clock (Unix ms) so tests get a fixed "now". */
export interface DemoUpstreamOptions {
  host: string;
  port: number;
  now?: () => number;
  /** Milliseconds between two streamed events of `POST /chat/completions` and `POST /responses` (default 120). */
  streamIntervalMs?: number;
}

/** A running demo upstream: `listen()` resolves to its base URL (without `/v1`). */
export interface DemoUpstream {
  readonly server: http.Server;
  listen(): Promise<string>;
  close(): Promise<void>;
}

const PREFIX = '/v1';

/**
 * Creates the offline stand-in for the OpenAI usage and costs API, served under `/v1` (plus streaming
 * `POST /chat/completions` and `POST /responses`, see `answer-completion.ts`): Bearer auth (any
 * non-empty key), parameter validation and errors in the API's shape, deterministic data. No CORS headers:
 * adding them is the gateway's job, and a demo that did would hide a gateway that forgot.
 */
export function createDemoUpstream(options: DemoUpstreamOptions): DemoUpstream {
  const now = options.now ?? Date.now;
  const streamIntervalMs = options.streamIntervalMs ?? 120;
  let counter = 0;
  const server = http.createServer((req, res) => {
    const started = performance.now();
    counter += 1;
    res.setHeader('x-request-id', `req_demo_${counter.toString(16).padStart(8, '0')}`);
    res.setHeader('openai-version', '2020-10-01');
    handle(req, res, started);
  });
  // Keep-alive longer than the gateway's pooled sockets idle, so the gateway rarely reuses a closing socket.
  server.keepAliveTimeout = 65_000;

  function handle(req: IncomingMessage, res: ServerResponse, started: number): void {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const method = req.method ?? 'GET';
    const inside = url.pathname.startsWith(`${PREFIX}/`) ? url.pathname.slice(PREFIX.length) : undefined;
    const endpoint = inside === undefined ? undefined : DEMO_ENDPOINTS[inside];
    const completion = inside === undefined || method !== 'POST' ? undefined : COMPLETION_ROUTES[inside];
    // The completion routes read their JSON body; everything else has none worth reading.
    if (completion === undefined) req.resume();
    if (completion === undefined && (!endpoint || (method !== 'GET' && method !== 'HEAD'))) {
      send(res, started, 404, apiError(`Invalid URL (${method} ${url.pathname})`, null, null));
      return;
    }

    const auth = /^Bearer\s+(\S.*)$/i.exec(req.headers.authorization ?? '');
    const key = auth?.[1]?.trim();
    if (!key) {
      send(
        res,
        started,
        401,
        apiError(
          "You didn't provide an API key. You need to provide your API key in an Authorization header using " +
            'Bearer auth (i.e. Authorization: Bearer YOUR_KEY).',
          null,
          null,
        ),
      );
      return;
    }
    if (key === RATE_LIMITED_KEY) {
      res.setHeader('retry-after', '2');
      send(
        res,
        started,
        429,
        apiError(
          'Rate limit reached for requests (demo key). Please try again in 2s.',
          null,
          'rate_limit_exceeded',
          'requests',
        ),
      );
      return;
    }
    if (key === SERVER_ERROR_KEY) {
      send(
        res,
        started,
        500,
        apiError('The server had an error processing your request (demo key).', null, null, 'server_error'),
      );
      return;
    }

    if (completion !== undefined) {
      readJson(req).then(
        (body) => answerCompletion(completion, body, res, { intervalMs: streamIntervalMs, now }),
        () =>
          send(res, started, 400, apiError('We could not parse the JSON body of your request.', null, null)),
      );
      return;
    }
    if (!endpoint) return;
    const parsed = parseUsageQuery(endpoint, url.searchParams, Math.floor(now() / 1000));
    if (!parsed.ok) {
      send(res, started, 400, apiError(parsed.error.message, parsed.error.param, parsed.error.code));
      return;
    }
    const page = buildUsagePage(endpoint, parsed.query);
    send(res, started, 200, key === WRONG_SHAPE_KEY ? spoilFirstNumber(page) : page);
  }

  return {
    server,
    listen: () => listenOn(server, options.host, options.port),
    close: () => closeServer(server),
  };
}

/** The page with the first result's first number written as text (e.g. `"characters": "1234"`). */
function spoilFirstNumber(page: UsagePage): UsagePage {
  const result = page.data.find((bucket) => bucket.results.length > 0)?.results[0];
  const field = result && Object.keys(result).find((key) => typeof result[key] === 'number');
  if (result && field) result[field] = String(result[field]);
  return page;
}

/** The request body parsed as JSON (at most 1 MiB), rejecting anything else. */
function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
      if (text.length > 1024 * 1024) req.destroy(new Error('body too large'));
    });
    req.on('error', reject);
    req.on('end', () => {
      try {
        resolve(JSON.parse(text));
      } catch (error) {
        reject(error);
      }
    });
  });
}

function apiError(
  message: string,
  param: string | null,
  code: string | null,
  type = 'invalid_request_error',
) {
  return { error: { message, type, param, code } };
}

function send(res: ServerResponse, started: number, status: number, payload: unknown): void {
  const body = JSON.stringify(payload);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'openai-processing-ms': String(Math.max(1, Math.round(performance.now() - started))),
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}
