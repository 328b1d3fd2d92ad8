import { buildUrl } from '../request/build-url.ts';
import type { HttpRequest } from '../request/http-request.ts';
import type { HistoryEntry } from './history-entry.ts';

interface HarPair {
  name: string;
  value: string;
}

/** The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) this export writes. */
export interface HarLog {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    entries: HarEntry[];
    comment?: string;
  };
}

interface HarEntry {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: HarPair[];
    headers: HarPair[];
    queryString: HarPair[];
    postData?: {
      mimeType: string;
      text?: string;
      params?: { name: string; value?: string; fileName?: string; contentType?: string }[];
    };
    headersSize: -1;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: HarPair[];
    headers: HarPair[];
    content: { size: number; mimeType: string; text?: string; comment?: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
    comment?: string;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  comment?: string;
}

/**
 * A HAR 1.2 log of history entries (oldest first, as HAR viewers expect), for other tools to read. Holds
 * what history holds: no credentials (they were never stored). An entry without a response (the request
 * failed before one came) gets status 0, as browsers write such entries. `creator` names this page.
 */
export function exportHar(
  entries: readonly HistoryEntry[],
  creator: { name: string; version: string },
): HarLog {
  const sorted = [...entries].sort((a, b) => a.at - b.at || a.id - b.id);
  return { log: { version: '1.2', creator, entries: sorted.map(toHarEntry) } };
}

function toHarEntry(entry: HistoryEntry): HarEntry {
  const { request, response, failure } = entry;
  const time = Math.max(0, Math.round(response?.durationMs ?? 0));
  const notes = [
    failure && `${failure.hop}: ${failure.message}`,
    entry.pages && `${entry.pages.pages} pages merged by "Load all pages" (${entry.pages.items} items)`,
    entry.bodyNote,
  ].filter((note): note is string => typeof note === 'string' && note !== '');
  const harEntry: HarEntry = {
    startedDateTime: new Date(entry.at).toISOString(),
    time,
    request: toHarRequest(request, response?.url),
    response: {
      status: response?.status ?? 0,
      statusText: response?.statusText ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: pairs(response?.headers ?? []),
      content: {
        size: response?.bodyBytes ?? 0,
        mimeType: response?.contentType || 'x-unknown',
        ...(response ? { text: response.bodyText } : {}),
        ...(entry.bodyNote ? { comment: entry.bodyNote } : {}),
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: response ? response.bodyBytes : -1,
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
  };
  if (notes.length > 0) harEntry.comment = notes.join(' · ');
  return harEntry;
}

function toHarRequest(request: HttpRequest, calledUrl: string | undefined): HarEntry['request'] {
  // The URL called (the gateway's, credentials redacted) when there was an answer, else the API's own.
  const url = calledUrl || buildUrl(request.serverUrl ?? 'http://unknown.invalid', request);
  const harRequest: HarEntry['request'] = {
    method: request.method,
    url,
    httpVersion: 'HTTP/1.1',
    cookies: pairs(request.cookies),
    headers: pairs(request.headers),
    queryString: pairs(request.query),
    headersSize: -1,
    bodySize: 0,
  };
  const body = request.body;
  if (!body) return harRequest;
  switch (body.kind) {
    case 'json':
    case 'text':
      harRequest.postData = { mimeType: body.mediaType, text: body.text };
      harRequest.bodySize = new TextEncoder().encode(body.text).length;
      break;
    case 'urlencoded': {
      const text = new URLSearchParams(body.fields).toString();
      harRequest.postData = { mimeType: body.mediaType, text, params: pairs(body.fields) };
      harRequest.bodySize = text.length;
      break;
    }
    case 'binary':
      // The bytes are not kept: bodySize says how many were sent; an empty text keeps the HAR valid.
      harRequest.postData = { mimeType: body.mediaType, text: '' };
      harRequest.bodySize = body.size;
      break;
    case 'multipart':
      harRequest.postData = {
        mimeType: body.mediaType,
        params: body.parts.map((part) =>
          part.kind === 'text'
            ? { name: part.name, value: part.value }
            : { name: part.name, fileName: part.fileName, contentType: part.contentType },
        ),
      };
      harRequest.bodySize = -1;
      break;
  }
  return harRequest;
}

function pairs(list: readonly [string, string][]): HarPair[] {
  return list.map(([name, value]) => ({ name, value }));
}
