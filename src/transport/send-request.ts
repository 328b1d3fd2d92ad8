import {
  GATEWAY_CREDENTIAL_HEADER,
  GATEWAY_ERROR_HEADER,
  GATEWAY_TOKEN_HEADER,
  type GatewayErrorKind,
  gatewayErrorBodySchema,
  gatewayErrorKind,
} from '../../contract/gateway-contract.ts';
import { buildUrl } from '../request/build-url.ts';
import type { HttpRequest, RequestBodyValue } from '../request/http-request.ts';
import { statusText } from '../response/format-response.ts';
import { isBinaryContentType } from '../response/is-binary-content-type.ts';
import type { ResponseRecord } from '../response/response-record.ts';
import { applyCredentials } from './apply-credentials.ts';
import { credentialSlots } from './credential-slot.ts';
import { diagnoseFetchFailure } from './diagnose-fetch-failure.ts';
import { encodeBase64 } from './encode-base64.ts';
import type { NamedScheme } from './named-scheme.ts';
import type { SendFailure } from './send-failure.ts';

/** Inputs of one send. `fetchImpl` and `now` are injectable for tests. */
export interface SendRequestOptions {
  gatewayUrl: string;
  request: HttpRequest;
  schemes: readonly NamedScheme[];
  credentials: Readonly<Record<string, string>>;
  /**
   * The gateway access token, sent as `X-Gateway-Token` when the gateway checks its callers (the caller decides:
   * only a gateway whose health says so gets it). Never part of the request the snippets see.
   */
  gatewayToken?: string;
  /** The user's Cancel. */
  signal?: AbortSignal;
  /** Whole exchange, up to the last body byte. Default 30 s. */
  timeoutMs?: number;
  /** Body bytes kept; the rest is cancelled. Default 5 MiB. */
  maxBodyBytes?: number;
  fetchImpl?: typeof fetch;
  now?: () => number;
  /**
   * Called while a `text/event-stream` response is being read, after each chunk, with its status and the text so
   * far (at most `maxBodyBytes`): the page shows the stream live. The result still comes when the stream ends.
   */
  onStream?: (progress: StreamProgress) => void;
}

/** A streaming response as far as it has arrived. */
export interface StreamProgress {
  status: number;
  statusText: string;
  text: string;
}

/** What the page could not send, so the UI can say so instead of pretending. */
export interface NotSent {
  /** Cookie parameters (and cookie API keys): a page cannot set `Cookie` on a cross-origin request. */
  cookies: string[];
  /** Headers browsers refuse to let a page set (`Host`, `Origin`, `Sec-*`, …). */
  headers: string[];
  /** File fields (multipart parts, a raw body) without a chosen file. */
  files: string[];
  /** Schemes without a credential typed in (fine when the gateway holds one). */
  missingCredentials: string[];
  /** Schemes a page cannot apply (mutualTLS, digest). */
  unsupportedSchemes: string[];
}

/** A response (maybe with the failure it represents), or a failure before any response. */
export type SendResult =
  | { response: ResponseRecord; failure?: SendFailure; notSent: NotSent }
  | { response?: undefined; failure: SendFailure; notSent: NotSent };

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

// Forbidden request-header names of the Fetch standard: browsers drop them silently, so say so up front.
const FORBIDDEN_HEADERS = new Set(
  (
    'accept-charset accept-encoding access-control-request-headers access-control-request-method connection ' +
    'content-length cookie cookie2 date dnt expect host keep-alive origin referer set-cookie te trailer ' +
    'transfer-encoding upgrade via'
  ).split(' '),
);

/**
 * Sends `request` to `{gatewayUrl}{path}?{query}` with the credentials applied, reads at most
 * `maxBodyBytes` of the answer and classifies any failure by hop. Never throws; never puts a credential
 * into the returned URL or a message.
 * Redirects: `redirect: 'manual'`. Following one would re-send the request to wherever a `Location` points
 * (outside the gateway's allowlist); the price is an opaque response (status 0, no headers), reported as
 * a redirect the page did not follow.
 */
export async function sendRequest(options: SendRequestOptions): Promise<SendResult> {
  const { request, schemes, credentials } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const now = options.now ?? (() => performance.now());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const gatewayToken = options.gatewayToken?.trim() || undefined;
  const secrets = secretForms(
    gatewayToken ? { ...credentials, [GATEWAY_TOKEN_HEADER]: gatewayToken } : credentials,
  );
  const redact = (text: string) => redactSecrets(text, secrets);

  const applied = applyCredentials(request, schemes, credentials);
  const notSent: NotSent = {
    cookies: applied.cookies.map(([name]) => name),
    headers: [],
    files: [],
    missingCredentials: applied.missing,
    unsupportedSchemes: applied.unsupported,
  };
  const fail = (failure: SendFailure): SendResult => ({
    failure: { ...failure, message: redact(failure.message) },
    notSent,
  });

  const base = checkGatewayUrl(options.gatewayUrl);
  if (typeof base !== 'string') return fail(base);
  const url = buildUrl(base, { path: request.path, query: applied.query });
  const credentialQueryNames = new Set(
    credentialSlots(schemes)
      .slots.filter((slot) => slot.location === 'query')
      .map((slot) => slot.name),
  );
  const shownUrl = buildUrl(base, {
    path: request.path,
    query: applied.query.map(([name, value]) => [name, credentialQueryNames.has(name) ? 'REDACTED' : value]),
  });

  const isMultipart = request.body?.kind === 'multipart';
  const headers = new Headers();
  for (const [name, value] of applied.headers) {
    const lower = name.toLowerCase();
    if (FORBIDDEN_HEADERS.has(lower) || lower.startsWith('sec-') || lower.startsWith('proxy-')) {
      notSent.headers.push(name);
      continue;
    }
    // FormData needs the browser's own Content-Type with its boundary.
    if (isMultipart && lower === 'content-type') continue;
    try {
      headers.append(name, value);
    } catch {
      return fail({
        hop: 'config',
        message: `The ${name} header cannot be sent: it has a line break or a character outside Latin-1.`,
      });
    }
  }
  if (gatewayToken !== undefined) {
    try {
      headers.set(GATEWAY_TOKEN_HEADER, gatewayToken);
    } catch {
      return fail({
        hop: 'config',
        message: 'The gateway access token cannot be sent: it has a character outside Latin-1.',
      });
    }
  }
  if (request.body && (request.method === 'GET' || request.method === 'HEAD')) {
    return fail({ hop: 'config', message: `A ${request.method} request cannot carry a body in a browser.` });
  }
  const body = request.body ? toFetchBody(request.body, notSent) : undefined;

  // One controller for both Cancel and the timeout, so the reason tells them apart.
  const controller = new AbortController();
  let cause: 'aborted' | 'timeout' | undefined;
  const onUserAbort = () => {
    cause ??= 'aborted';
    controller.abort();
  };
  if (options.signal?.aborted) onUserAbort();
  options.signal?.addEventListener('abort', onUserAbort);
  const timer = setTimeout(() => {
    cause ??= 'timeout';
    controller.abort();
  }, timeoutMs);
  const stopped = (): SendFailure | undefined =>
    cause === 'timeout'
      ? { hop: 'timeout', message: `No response within ${formatSeconds(timeoutMs)}.` }
      : cause === 'aborted'
        ? { hop: 'aborted', message: 'Request cancelled.' }
        : undefined;

  const started = now();
  try {
    const early = stopped();
    if (early) return fail(early);
    let response: Response;
    try {
      response = await fetchImpl(url, {
        method: request.method,
        headers,
        body,
        signal: controller.signal,
        // Cookies of the gateway's origin are none of the API's business, and the API must not get our page URL.
        credentials: 'omit',
        redirect: 'manual',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
      });
    } catch (error) {
      const early = stopped();
      if (early) return fail(early);
      // "Failed to fetch" says nothing about which hop: ask the gateway itself before blaming it.
      const diagnosis = await diagnoseFetchFailure({
        base,
        headers,
        fetchImpl,
        signal: controller.signal,
        detail: error instanceof Error ? redact(error.message) : undefined,
      });
      return fail(stopped() ?? diagnosis);
    }

    const onStream = options.onStream;
    const live =
      onStream && /^text\/event-stream\b/i.test(response.headers.get('content-type') ?? '')
        ? (text: string) => onStream({ status: response.status, statusText: response.statusText, text })
        : undefined;
    const read = await readBody(response, maxBodyBytes, controller.signal, live);
    const record = toRecord(response, read, now() - started, shownUrl);
    if (record.gatewayError) record.gatewayError.message = redact(record.gatewayError.message);
    const result = (failure?: SendFailure): SendResult =>
      failure
        ? { response: record, failure: { ...failure, message: redact(failure.message) }, notSent }
        : { response: record, notSent };
    const interrupted = stopped();
    if (interrupted) return result(interrupted);
    if (read.broken) {
      return result({ hop: 'browser', message: 'The connection broke while the response was being read.' });
    }
    return result(classify(record, gatewayToken !== undefined));
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onUserAbort);
  }
}

function checkGatewayUrl(raw: string): string | SendFailure {
  const hint = 'Enter a gateway URL, e.g. http://127.0.0.1:8787';
  const text = raw.trim();
  if (text === '') return { hop: 'config', message: hint };
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return { hop: 'config', message: `That is not a URL. ${hint}` };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return { hop: 'config', message: `The gateway URL must start with http:// or https://. ${hint}` };
  }
  // Userinfo would be a credential in a URL; fetch rejects it anyway, with a less helpful message.
  if (parsed.username !== '' || parsed.password !== '') {
    return { hop: 'config', message: 'The gateway URL must not contain a user name or password.' };
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    return { hop: 'config', message: `The gateway URL cannot have a query or fragment. ${hint}` };
  }
  return `${parsed.origin}${parsed.pathname}`;
}

function toFetchBody(body: RequestBodyValue, notSent: NotSent): BodyInit {
  switch (body.kind) {
    case 'json':
    case 'text':
      return body.text;
    case 'urlencoded':
      return new URLSearchParams(body.fields);
    case 'multipart': {
      const form = new FormData();
      for (const part of body.parts) {
        if (part.kind === 'text') form.append(part.name, part.value);
        else if (part.file) form.append(part.name, part.file, part.fileName);
        else notSent.files.push(part.name);
      }
      return form;
    }
    case 'binary':
      // The bytes as they are, with the request's own Content-Type (never a multipart wrapper).
      if (body.file) return body.file;
      notSent.files.push('body');
      return '';
  }
}

interface ReadBody {
  text: string;
  bytes: number;
  /** The bytes themselves, for binary content types (then `text` is empty). */
  blob?: Blob;
  truncated: boolean;
  /** The stream failed before its end (not because we stopped it). */
  broken: boolean;
}

async function readBody(
  response: Response,
  maxBytes: number,
  signal: AbortSignal,
  live?: (text: string) => void,
): Promise<ReadBody> {
  const contentType = response.headers.get('content-type') ?? '';
  // Bytes stay bytes (audio, images, archives): decoding them as text would only show noise.
  const binary = isBinaryContentType(contentType);
  const decoder = new TextDecoder(charsetOf(contentType));
  const reader = response.body?.getReader();
  if (!reader) return { text: '', bytes: 0, truncated: false, broken: false };
  let text = '';
  let bytes = 0;
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const take = (chunk: Uint8Array<ArrayBuffer>) => {
    if (binary) chunks.push(chunk);
    else text += decoder.decode(chunk, { stream: true });
  };
  const result = (truncated: boolean, broken: boolean): ReadBody => {
    if (!binary) return { text: text + decoder.decode(), bytes, truncated, broken };
    return { text: '', bytes, truncated, broken, blob: new Blob(chunks, { type: contentType }) };
  };
  // A reader of a body that ignores the abort (a service worker, a fake) would wait forever: cancel it.
  const onAbort = () => void reader.cancel().catch(() => {});
  signal.addEventListener('abort', onAbort);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const room = maxBytes - bytes;
      if (value.byteLength > room) {
        take(value.subarray(0, room));
        bytes += room;
        // Stop the download: the rest would only fill memory.
        await reader.cancel().catch(() => {});
        return result(true, false);
      }
      take(value);
      bytes += value.byteLength;
      live?.(text);
    }
    return result(false, false);
  } catch {
    // An abort (cancel/timeout) also lands here; the caller reports that instead of a broken stream.
    return result(true, !signal.aborted);
  } finally {
    signal.removeEventListener('abort', onAbort);
  }
}

function charsetOf(contentType: string): string {
  const label = /charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

function toRecord(response: Response, body: ReadBody, durationMs: number, url: string): ResponseRecord {
  const headers: [string, string][] = [...response.headers];
  const opaque = response.type === 'opaqueredirect';
  const record: ResponseRecord = {
    status: response.status,
    statusText: opaque ? 'Redirect not followed' : response.statusText || statusText(response.status),
    ok: response.ok,
    headers,
    bodyText: body.text,
    bodyBytes: body.bytes,
    ...(body.blob ? { bodyBlob: body.blob } : {}),
    truncated: body.truncated,
    contentType: response.headers.get('content-type') ?? '',
    durationMs,
    url,
  };
  const gatewayCode = response.headers.get(GATEWAY_ERROR_HEADER);
  if (gatewayCode !== null) {
    const error = gatewayErrorOf(body.text);
    record.gatewayError = error ?? { code: gatewayCode, message: `Gateway error ${gatewayCode}.` };
  }
  const held = response.headers.get(GATEWAY_CREDENTIAL_HEADER);
  if (held === 'server' || held === 'browser') record.credentialHeld = held;
  return record;
}

function classify(record: ResponseRecord, tokenSent: boolean): SendFailure | undefined {
  if (record.gatewayError) {
    const { code, message } = record.gatewayError;
    // The contract says which hop each code is about: the gateway itself, its caller, or the API behind it.
    const kind = gatewayErrorKind(code);
    if (kind === 'caller')
      return { hop: 'gateway', message: callerRefusal(code, message, tokenSent), detail: code };
    return { hop: 'gateway', message: `${GATEWAY_FAILURE_LEAD[kind]}: ${message}`, detail: code };
  }
  if (record.status === 0) {
    return {
      hop: 'api',
      message:
        'The API answered with a redirect. The page does not follow redirects, so the request stays with the gateway.',
    };
  }
  if (record.ok) return undefined;
  const error = errorOf(record.bodyText);
  const said =
    typeof error?.message === 'string' && error.message !== '' ? `: ${clip(error.message, 300)}` : '.';
  return { hop: 'api', message: `The API answered ${record.status} ${record.statusText}${said}` };
}

const GATEWAY_FAILURE_LEAD: Readonly<Record<Exclude<GatewayErrorKind, 'caller'>, string>> = {
  refused: 'The gateway refused the request',
  unreachable: 'The gateway could not get an answer from the API',
  bad_answer: 'The gateway got a broken answer from the API',
};

const TOKEN_FIELD = 'Authentication → Gateway access token';

/** What to tell the user when the gateway refused the caller: what is missing, and where to put it. */
function callerRefusal(code: string, message: string, tokenSent: boolean): string {
  if (code === 'caller_forbidden') {
    return `The gateway access token does not allow this operation (${message}). Ask the gateway's operator for one that does.`;
  }
  if (code === 'caller_check_unavailable') {
    return `The gateway could not check the gateway access token just now (${message}). Try again later.`;
  }
  return tokenSent
    ? `The gateway did not accept the gateway access token (${message}). Check it under ${TOKEN_FIELD}.`
    : `This gateway only serves callers with a gateway access token: enter yours under ${TOKEN_FIELD}.`;
}

/** The gateway's own error body (the contract's shape), or undefined when the body is not one. */
function gatewayErrorOf(text: string): { code: string; message: string } | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  const checked = gatewayErrorBodySchema.safeParse(parsed);
  return checked.success ? { code: checked.data.error.code, message: checked.data.error.message } : undefined;
}

/** `error` of an API error body (`{"error": {...}}`), or the body itself when it has a `message`. */
function errorOf(text: string): { message?: unknown; code?: unknown } | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { error } = parsed as { error?: unknown };
    if (typeof error === 'object' && error !== null) return error;
    if (typeof error === 'string') return { message: error };
    return parsed;
  } catch {
    return undefined;
  }
}

/** Every form a typed credential can take on the wire (as typed, trimmed, Basic's base64). */
function secretForms(credentials: Readonly<Record<string, string>>): string[] {
  const forms = new Set<string>();
  for (const value of Object.values(credentials)) {
    const trimmed = value.trim();
    // Very short values would redact ordinary words; nobody's key is 3 characters long.
    if (trimmed.length < 4) continue;
    forms.add(trimmed);
    forms.add(encodeBase64(trimmed));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

function redactSecrets(text: string, secrets: readonly string[]): string {
  return secrets.reduce((out, secret) => out.split(secret).join('***'), text);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
