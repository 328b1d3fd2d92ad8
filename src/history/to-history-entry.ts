import type { PagesSummary } from '../paging/load-all-pages.ts';
import type { HttpRequest, RequestBodyValue } from '../request/http-request.ts';
import { formatSize } from '../response/format-response.ts';
import { secretNeedles, textValuesWithoutSecrets } from '../storage/text-values-without-secrets.ts';
import { encodeBase64 } from '../transport/encode-base64.ts';
import type { SendResult } from '../transport/send-request.ts';
import type { NewHistoryEntry, StoredResponse } from './history-entry.ts';

/** Body characters one history entry keeps; longer bodies are cut, with a note. */
export const HISTORY_BODY_LIMIT = 1024 * 1024;

/** Header names that carry credentials whatever the description says; never kept in history. */
const SECRET_HEADERS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'api-key',
  'x-gateway-token',
];

/** What one finished send leaves for history. */
export interface HistoryInput {
  apiId: string;
  operationId: string;
  /** When the request left, Unix ms. */
  at: number;
  request: HttpRequest;
  /** The form values the request was built from. */
  values: Readonly<Record<string, unknown>>;
  result: SendResult;
  /** The credentials the user typed: neither they nor any value holding them are kept. */
  secrets: readonly string[];
  /** Header, query and cookie names the operation's security schemes put credentials in. */
  secretNames?: readonly string[];
  pages?: PagesSummary;
}

/**
 * The history entry of one send: credential headers dropped, every credential (as typed and in Basic's
 * base64) replaced by `***` wherever it appears (URL, headers, bodies, values), file bytes and binary bodies
 * left out, and the body cut to `bodyLimit` characters, with a note saying so. Pure.
 */
export function toHistoryEntry(input: HistoryInput, bodyLimit = HISTORY_BODY_LIMIT): NewHistoryEntry {
  const needles = secretNeedles(input.secrets);
  const forms = [...new Set(needles.flatMap((needle) => [needle, encodeBase64(needle)]))].sort(
    (a, b) => b.length - a.length,
  );
  const redact = (text: string) => forms.reduce((out, secret) => out.split(secret).join('***'), text);
  const secretNames = new Set([...SECRET_HEADERS, ...(input.secretNames ?? []).map((n) => n.toLowerCase())]);
  const keepPairs = (list: readonly [string, string][]): [string, string][] =>
    list
      .filter(([name]) => !secretNames.has(name.toLowerCase()))
      .map(([name, value]) => [name, redact(value)]);

  const { request, result } = input;
  const storedRequest: HttpRequest = {
    ...request,
    path: redact(request.path),
    query: keepPairs(request.query),
    headers: keepPairs(request.headers),
    cookies: keepPairs(request.cookies),
    args: request.args
      .filter((arg) => !secretNames.has(arg.name.toLowerCase()))
      .map((arg) => ({ ...arg, value: redactJson(arg.value, redact) })),
  };
  if (request.body) storedRequest.body = storeBody(request.body, redact);
  else delete storedRequest.body;

  const entry: NewHistoryEntry = {
    apiId: input.apiId,
    operationId: input.operationId,
    at: input.at,
    request: storedRequest,
    values: Object.fromEntries(textValuesWithoutSecrets(input.values, input.secrets)),
    size: 0,
  };
  if (result.response) {
    const { bodyBlob, ...record } = result.response;
    // Cut before redacting (an 11 MB body is not searched whole), with room for a secret across the cut.
    const longest = Math.max(0, ...forms.map((form) => form.length));
    const response: StoredResponse = {
      ...record,
      url: redact(record.url),
      headers: keepPairs(record.headers),
      bodyText: redact(record.bodyText.slice(0, bodyLimit + longest)),
    };
    if (record.gatewayError) {
      response.gatewayError = { ...record.gatewayError, message: redact(record.gatewayError.message) };
    }
    if (bodyBlob) {
      entry.bodyNote = `The binary body (${formatSize(bodyBlob.size)}) is not kept in history.`;
    } else if (record.bodyText.length > bodyLimit) {
      entry.bodyNote = `The body was cut to ${formatSize(bodyLimit)} for history (it had ${formatSize(record.bodyBytes)}).`;
      response.bodyText = response.bodyText.slice(0, bodyLimit);
    }
    entry.response = response;
  }
  if (result.failure) {
    entry.failure = {
      ...result.failure,
      message: redact(result.failure.message),
      ...(result.failure.detail === undefined ? {} : { detail: redact(result.failure.detail) }),
    };
  }
  if (input.pages) entry.pages = input.pages;
  entry.size = JSON.stringify(entry).length;
  return entry;
}

function storeBody(body: RequestBodyValue, redact: (text: string) => string): RequestBodyValue {
  switch (body.kind) {
    case 'json':
      return { ...body, text: redact(body.text), value: redactJson(body.value, redact) };
    case 'text':
      return { ...body, text: redact(body.text) };
    case 'urlencoded':
      return { ...body, fields: body.fields.map(([name, value]) => [name, redact(value)]) };
    case 'binary':
      // The file's bytes never enter history: its name, type and size do.
      return { kind: 'binary', mediaType: body.mediaType, fileName: body.fileName, size: body.size };
    case 'multipart':
      // File bytes never enter history: the part keeps its name, file name, type and size.
      return {
        ...body,
        parts: body.parts.map((part) =>
          part.kind === 'text'
            ? { ...part, value: redact(part.value) }
            : {
                name: part.name,
                kind: 'file',
                fileName: part.fileName,
                contentType: part.contentType,
                size: part.size,
              },
        ),
      };
  }
}

/** A JSON value with every string redacted (and anything not JSON, such as a Blob, dropped). */
function redactJson(value: unknown, redact: (text: string) => string): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(redact(JSON.stringify(value) ?? 'null'));
  } catch {
    return null;
  }
}
