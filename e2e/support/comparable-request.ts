import type { Recorded } from './recording-harness.ts';

/** The parts of a request that must be the same whoever sent it (the page, or any snippet). */
export interface ComparableRequest {
  method: string;
  /** As sent: percent-encoding included. */
  path: string;
  /** Decoded name/value pairs in order (clients may encode the same pair differently: `%20` or `+`). */
  query: [string, string][];
  headers: Record<string, string>;
  /** JSON parsed; multipart as its parts (the boundary differs); urlencoded as pairs; else text. */
  body: unknown;
}

/**
 * The headers compared: what the gateway forwards and the request itself defines, plus the operation's own
 * header parameters. `accept-encoding` is left out: each client negotiates its own transfer compression.
 */
export const COMPARED_HEADERS = [
  'accept',
  'authorization',
  'content-type',
  'openai-organization',
  'openai-project',
];

/** A recorded request reduced to what the page's Send and every snippet must agree on. */
export async function comparableRequest(
  recorded: Recorded,
  extraHeaders: string[] = [],
): Promise<ComparableRequest> {
  const q = recorded.url.indexOf('?');
  const headers: Record<string, string> = {};
  for (const name of [...COMPARED_HEADERS, ...extraHeaders.map((h) => h.toLowerCase())]) {
    const value = recorded.headers[name];
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : value;
    // A multipart boundary is each client's own choice.
    headers[name] =
      name === 'content-type' && /^multipart\//i.test(text) ? (text.split(';')[0] ?? text) : text;
  }
  return {
    method: recorded.method,
    path: q === -1 ? recorded.url : recorded.url.slice(0, q),
    query: q === -1 ? [] : [...new URLSearchParams(recorded.url.slice(q + 1))],
    headers,
    body: await readBody(recorded),
  };
}

async function readBody(recorded: Recorded): Promise<unknown> {
  const type = String(recorded.headers['content-type'] ?? '');
  if (recorded.body.length === 0) return '';
  if (/^application\/(?:[\w.+-]*\+)?json/i.test(type)) return JSON.parse(recorded.body.toString('utf8'));
  if (/^application\/x-www-form-urlencoded/i.test(type))
    return [...new URLSearchParams(recorded.body.toString('utf8'))];
  if (/^multipart\/form-data/i.test(type)) {
    const form = await new Response(new Uint8Array(recorded.body), {
      headers: { 'content-type': type },
    }).formData();
    return Promise.all(
      [...form].map(async ([name, value]) =>
        typeof value === 'string'
          ? [name, value]
          : [name, { fileName: value.name, type: value.type, text: await value.text() }],
      ),
    );
  }
  return recorded.body.toString('utf8');
}
