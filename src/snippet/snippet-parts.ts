import { GATEWAY_TOKEN_HEADER } from '../../contract/gateway-contract.ts';
import { buildUrl } from '../request/build-url.ts';
import { encodeComponent } from '../request/encode-query.ts';
import type { HttpRequest, RequestBodyValue } from '../request/http-request.ts';
import { applyCredentials, credentialValue } from '../transport/apply-credentials.ts';
import { credentialEnvName } from './credential-env-name.ts';
import type { SnippetContext } from './snippet-context.ts';
import { type JsonValue, toJsonValue } from './to-json-value.ts';

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
  /**
   * A JSON body as a value the snippet may write as a literal: set only when serializing it gives back the
   * text that is sent (compact, or the body editor's two-space layout). Otherwise (big numbers, key order,
   * hand-typed spacing) snippets show the exact text.
   */
  jsonLiteral?: JsonValue;
}

/** Splits a request into what fetch/cURL/Python snippets need; credentials never appear unless revealed. */
export function snippetParts(request: HttpRequest, ctx: SnippetContext): SnippetParts {
  const applied = applyCredentials<string | SnippetSecret>(
    request,
    ctx.security,
    (slot) =>
      (ctx.reveal && credentialValue(ctx.reveal, slot)) ?? {
        env: credentialEnvName(ctx.config, slot.scheme),
        prefix: slot.prefix,
        encoding: slot.encoding,
      },
  );
  const base = ctx.gatewayUrl?.trim() || ctx.baseUrl;
  const endpoint = buildUrl(base, { path: request.path, query: [] });
  const literal = applied.query.filter((pair): pair is [string, string] => typeof pair[1] === 'string');
  const url: Piece = [buildUrl(base, { path: request.path, query: literal })];
  // After the literal query, or after a fixed query in the path template (`/responses?beta=true`).
  let separator = (url[0] as string).includes('?') ? '&' : '?';
  for (const [name, value] of applied.query) {
    if (typeof value === 'string') continue;
    url.push(`${separator}${encodeComponent(name)}=`, value);
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
  // Only on the way to a gateway: the API itself has no use for (and must never see) the gateway's token.
  if (ctx.gatewayUrl?.trim() && ctx.gatewayTokenEnv) {
    headers.set(GATEWAY_TOKEN_HEADER, [
      'X-Gateway-Token',
      [{ env: ctx.gatewayTokenEnv, prefix: '', encoding: 'raw' }],
    ]);
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
  if (request.body?.kind === 'json') {
    const value = toJsonValue(request.body.value);
    const { text } = request.body;
    if (JSON.stringify(value) === text || JSON.stringify(value, null, 2) === text) parts.jsonLiteral = value;
  }
  return parts;
}

/** The `Cookie` header value of the parts' cookies: `a=1; b=2`. */
export function cookieHeader(cookies: SnippetParts['cookies']): Piece {
  return join(cookies.flatMap(([name, value], index) => [index === 0 ? '' : '; ', `${name}=`, ...value]));
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
