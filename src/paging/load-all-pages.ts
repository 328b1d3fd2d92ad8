import type { HttpRequest } from '../request/http-request.ts';
import { formatSize } from '../response/format-response.ts';
import type { ResponseRecord } from '../response/response-record.ts';
import type { SendResult } from '../transport/send-request.ts';
import { nextCursor, type PagingOperation, pageItems } from './next-cursor.ts';
import { readJsonPointer } from './read-json-pointer.ts';
import { retryAfterMs } from './retry-after-ms.ts';
import { withQueryParams } from './with-query-params.ts';

/** How many pages "Load all pages" merged into one answer, and whether it stopped at its cap. */
export interface PagesSummary {
  pages: number;
  items: number;
  /** True when the cap stopped the loading although the API said there was more. */
  capped: boolean;
  /** Why loading stopped before the last page (cap, Cancel, a failure), in words. */
  stopped?: string;
}

/** Reported after every page, and before each wait that a 429 asks for. */
export interface LoadProgress {
  pages: number;
  items: number;
  /** Set while waiting for `Retry-After` before asking again. */
  waitMs?: number;
}

/** Why loading stopped before the last page. */
export interface LoadStop {
  reason: 'capped' | 'cancelled' | 'failed' | 'wait-too-long' | 'unreadable';
  message: string;
}

/** The pages' items merged into one answer. */
export interface LoadAllPagesResult {
  /** The last page's record (status, headers) carrying the merged body; sizes and times are the sums. */
  response: ResponseRecord;
  summary: PagesSummary;
  stopped?: LoadStop;
}

/** Inputs of `loadAllPages`; `sleep` and `now` are injectable for tests. */
export interface LoadAllPagesOptions {
  operation: PagingOperation;
  /** The page on screen, where loading starts (its items come first). */
  first: { request: HttpRequest; response: ResponseRecord };
  /** Sends one page's request (through the gateway in the app). */
  fetchPage: (request: HttpRequest, signal: AbortSignal) => Promise<SendResult>;
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
  /** Pages at most, counting the first. Default 100. */
  maxPages?: number;
  /** Body bytes at most, all pages together (the merged answer stays in memory and in view). Default 50 MB. */
  maxBytes?: number;
  /** A `Retry-After` longer than this stops the loading instead. Default 60 s. */
  maxWaitMs?: number;
  /** 429 answers in a row for one page before giving up. Default 5. */
  maxRetries?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  now?: () => number;
}

/** Default page cap: 100 pages of 31 daily buckets is more than eight years of usage. */
export const DEFAULT_MAX_PAGES = 100;
/** Default size cap of all pages together. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Follows `nextCursor` from the page on screen until the last page, the page cap, a failure or Cancel, and
 * merges the pages' items into one answer. A 429 waits for `Retry-After` (`retry-after-ms`, else a
 * doubling back-off from 1 s) and asks again. Never throws: a failure ends the loading with what was loaded.
 */
export async function loadAllPages(options: LoadAllPagesOptions): Promise<LoadAllPagesResult> {
  const { operation, first } = options;
  const maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const maxRetries = options.maxRetries ?? 5;
  const sleep = options.sleep ?? sleepUnlessAborted;
  const now = options.now ?? Date.now;
  const signal = options.signal ?? new AbortController().signal;

  const firstBody = parseJson(first.response.bodyText);
  const firstItems = first.response.truncated ? undefined : pageItems(operation, firstBody);
  const summary: PagesSummary = { pages: 1, items: firstItems?.length ?? 0, capped: false };
  let last = first.response;
  let lastBody = firstBody;
  let bytes = first.response.bodyBytes;
  let duration = first.response.durationMs;
  const items = [...(firstItems ?? [])];
  const done = (stopped?: LoadStop): LoadAllPagesResult => {
    const merged = mergeBodies(firstBody, lastBody, items, operation.explore?.paging?.items);
    const response: ResponseRecord = {
      ...last,
      bodyText: JSON.stringify(merged),
      bodyBytes: bytes,
      durationMs: duration,
      truncated: false,
    };
    return stopped ? { response, summary, stopped } : { response, summary };
  };
  if (!firstItems) {
    return {
      response: first.response,
      summary,
      stopped: { reason: 'unreadable', message: 'This answer has no list of items to merge pages into.' },
    };
  }
  options.onProgress?.({ pages: summary.pages, items: summary.items });

  let cursor = nextCursor(operation, { headers: first.response.headers, body: firstBody });
  let previous: string | undefined;
  while (cursor) {
    const key = JSON.stringify(cursor);
    if (key === previous) {
      return done({
        reason: 'failed',
        message: 'The API returned the same cursor twice; stopped to avoid a loop.',
      });
    }
    previous = key;
    if (summary.pages >= maxPages) {
      summary.capped = true;
      return done({
        reason: 'capped',
        message: `Stopped at ${maxPages} pages, the most one load takes; the API has more.`,
      });
    }
    if (bytes >= maxBytes) {
      summary.capped = true;
      return done({
        reason: 'capped',
        message: `Stopped at ${formatSize(bytes)}, the most one load holds; the API has more.`,
      });
    }
    const pageNumber = summary.pages + 1;
    const request = withQueryParams(first.request, cursor);
    let response: ResponseRecord | undefined;
    for (let attempt = 0; ; attempt += 1) {
      if (signal.aborted) return done({ reason: 'cancelled', message: 'Cancelled.' });
      const result = await options.fetchPage(request, signal);
      if (result.failure?.hop === 'aborted' || signal.aborted) {
        return done({ reason: 'cancelled', message: 'Cancelled.' });
      }
      const status = result.response?.status;
      if (
        status === 429 ||
        (status === 503 && result.response && retryAfterMs(result.response.headers, now()))
      ) {
        if (attempt >= maxRetries) {
          return done({
            reason: 'failed',
            message: `Page ${pageNumber} was still refused (${status}) after ${maxRetries} waits.`,
          });
        }
        const wait = retryAfterMs(result.response?.headers ?? [], now()) ?? 1000 * 2 ** attempt;
        if (wait > maxWaitMs) {
          return done({
            reason: 'wait-too-long',
            message: `The API asks to wait ${Math.ceil(wait / 1000)} s before page ${pageNumber}; stopped here.`,
          });
        }
        options.onProgress?.({ pages: summary.pages, items: summary.items, waitMs: wait });
        await sleep(wait, signal);
        continue;
      }
      if (!result.response || result.failure) {
        const why = result.failure?.message ?? 'no answer';
        return done({ reason: 'failed', message: `Page ${pageNumber} failed: ${why}` });
      }
      response = result.response;
      break;
    }
    const body = parseJson(response.bodyText);
    const pageList = response.truncated ? undefined : pageItems(operation, body);
    if (!pageList) {
      const why = response.truncated ? 'was cut at the size limit' : 'has no list of items';
      return done({ reason: 'unreadable', message: `Page ${pageNumber} ${why}; stopped here.` });
    }
    items.push(...pageList);
    summary.pages = pageNumber;
    summary.items = items.length;
    bytes += response.bodyBytes;
    duration += response.durationMs;
    last = response;
    lastBody = body;
    options.onProgress?.({ pages: summary.pages, items: summary.items });
    cursor = nextCursor(operation, { headers: response.headers, body });
  }
  return done();
}

/**
 * One answer from the pages: the first page's shape, the last page's other top-level fields (`has_more`,
 * cursors) and every page's items at the items pointer (default: the page's item array as found).
 */
function mergeBodies(first: unknown, last: unknown, items: unknown[], pointer: string | undefined): unknown {
  if (Array.isArray(first)) return items;
  if (!isObject(first)) return first;
  const path = pointer ?? `/${itemsKey(first) ?? 'data'}`;
  const merged: Record<string, unknown> = { ...first, ...(isObject(last) ? last : {}) };
  return setAtPointer(merged, path, items);
}

function itemsKey(body: Record<string, unknown>): string | undefined {
  if (Array.isArray(body.data)) return 'data';
  const arrays = Object.keys(body).filter((key) => Array.isArray(body[key]));
  return arrays.length === 1 ? arrays[0]?.replace(/~/g, '~0').replace(/\//g, '~1') : undefined;
}

/** A copy of `value` with `replacement` at `pointer` (objects copied along the way; missing levels made). */
function setAtPointer(value: unknown, pointer: string, replacement: unknown): unknown {
  if (pointer === '') return replacement;
  const [head = '', ...rest] = pointer.slice(1).split('/');
  const key = head.replace(/~1/g, '/').replace(/~0/g, '~');
  const container: Record<string, unknown> = isObject(value) ? { ...value } : {};
  const inner =
    rest.length === 0
      ? replacement
      : setAtPointer(readJsonPointer(value, `/${head}`), `/${rest.join('/')}`, replacement);
  Object.defineProperty(container, key, {
    value: inner,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return container;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done);
  });
}
