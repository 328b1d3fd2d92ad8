import { buildUrl } from '../request/build-url.ts';
import type { HttpRequest, RequestBodyValue } from '../request/http-request.ts';
import { applyCredentials } from '../transport/apply-credentials.ts';
import { encodeBase64 } from '../transport/encode-base64.ts';
import { credentialEnvName } from './credential-env-name.ts';
import type { SnippetContext } from './snippet-context.ts';

/** A credential a snippet reads from the environment: written as `{prefix}{env value, maybe base64}`. */
export interface SnippetSecret {
  env: string;
  prefix: string;
  encoding: 'raw' | 'base64';
}

/** A value made of literal text and secrets, concatenated. */
export type Piece = (string | SnippetSecret)[];

/** The request as every raw-HTTP snippet writes it, credentials applied as placeholders (or revealed). */
export interface SnippetParts {
  method: string;
  /** Base URL + path, without query. */
  endpoint: string;
  /** Query pairs, credential ones included, in order. */
  query: [string, Piece][];
  /** `endpoint?encoded query`; a secret query value is appended as is (languages encode it themselves). */
  url: Piece;
  /** Headers, duplicates joined with `, ` as HTTP allows; no Content-Type for multipart (the client sets it). */
  headers: [string, Piece][];
  cookies: [string, Piece][];
  body?: RequestBodyValue;
}

/** Splits a request into what fetch/cURL/Python snippets need; credentials never appear unless revealed. */
export function snippetParts(request: HttpRequest, ctx: SnippetContext): SnippetParts {
  const applied = applyCredentials<string | SnippetSecret>(request, ctx.security, (slot) => {
    const revealed =
      ctx.reveal && Object.hasOwn(ctx.reveal, slot.scheme) ? ctx.reveal[slot.scheme] : undefined;
    if (revealed !== undefined && revealed.trim() !== '') {
      const credential = revealed.trim();
      return slot.prefix + (slot.encoding === 'base64' ? encodeBase64(credential) : credential);
    }
    return { env: credentialEnvName(ctx.config, slot.scheme), prefix: slot.prefix, encoding: slot.encoding };
  });
  const base = ctx.gatewayUrl?.trim() || ctx.baseUrl;
  const endpoint = buildUrl(base, { path: request.path, query: [] });
  const literal = applied.query.filter((pair): pair is [string, string] => typeof pair[1] === 'string');
  const url: Piece = [buildUrl(base, { path: request.path, query: literal })];
  let separator = literal.length > 0 ? '&' : '?';
  for (const [name, value] of applied.query) {
    if (typeof value === 'string') continue;
    url.push(`${separator}${encodeURIComponent(name)}=`, value);
    separator = '&';
  }
  const multipart = request.body?.kind === 'multipart';
  const headers = new Map<string, [string, Piece]>();
  for (const [name, value] of applied.headers) {
    if (multipart && name.toLowerCase() === 'content-type') continue;
    const seen = headers.get(name.toLowerCase());
    if (seen) seen[1].push(', ', value);
    else headers.set(name.toLowerCase(), [name, [value]]);
  }
  const parts: SnippetParts = {
    method: request.method.toUpperCase(),
    endpoint,
    query: applied.query.map(([name, value]) => [name, [value]]),
    url: join(url),
    headers: [...headers.values()].map(([name, piece]) => [name, join(piece)]),
    cookies: applied.cookies.map(([name, value]) => [name, [value]]),
  };
  if (request.body) parts.body = request.body;
  return parts;
}

/** Merges adjacent literal texts so renderers see `['a=1&b=', secret]`, not `['a=1', '&b=', secret]`. */
export function join(piece: Piece): Piece {
  const out: Piece = [];
  for (const item of piece) {
    const last = out.at(-1);
    if (typeof item === 'string' && typeof last === 'string') out[out.length - 1] = last + item;
    else if (item !== '') out.push(item);
  }
  return out;
}
