import { describe, expect, it } from 'vitest';
import { usageRequest } from '../history/fixtures/usage-request.ts';
import { usageResponse } from '../history/fixtures/usage-response.ts';
import type { HttpRequest } from '../request/http-request.ts';
import type { ResponseRecord } from '../response/response-record.ts';
import type { SendResult } from '../transport/send-request.ts';
import { usageOperation } from './fixtures/paging-operations.ts';
import { type LoadProgress, loadAllPages } from './load-all-pages.ts';

const notSent = { cookies: [], headers: [], files: [], missingCredentials: [], unsupportedSchemes: [] };

/** Page `n` of `total`, two buckets each, OpenAI usage shape. */
function usagePage(n: number, total: number): ResponseRecord {
  const body = {
    object: 'page',
    data: [{ start_time: n * 10 }, { start_time: n * 10 + 1 }],
    has_more: n < total,
    next_page: n < total ? `page_${n + 1}` : null,
  };
  return { ...usageResponse(JSON.stringify(body)), durationMs: 10 };
}

/** The API behind the gateway, at the outer edge: answers by the `page` query parameter. */
function api(total: number, answer?: (page: number, request: HttpRequest) => SendResult | undefined) {
  const requests: HttpRequest[] = [];
  const fetchPage = async (request: HttpRequest): Promise<SendResult> => {
    requests.push(request);
    const page = Number(/^page_(\d+)$/.exec(request.query.find(([n]) => n === 'page')?.[1] ?? '')?.[1]);
    return answer?.(page, request) ?? { response: usagePage(page, total), notSent };
  };
  return { fetchPage, requests };
}

const tooMany = (retryAfter?: string): SendResult => ({
  response: {
    ...usageResponse('{"error":{"message":"Rate limit"}}'),
    status: 429,
    statusText: 'Too Many Requests',
    ok: false,
    headers: retryAfter ? [['retry-after', retryAfter]] : [],
  },
  failure: { hop: 'api', message: 'The API answered 429 Too Many Requests.' },
  notSent,
});

const first = { request: usageRequest, response: usagePage(1, 3) };
const noSleep = async () => {};

describe('loadAllPages', () => {
  it('follows the cursor to the last page and merges the items into one answer', async () => {
    const { fetchPage, requests } = api(3);
    const progress: LoadProgress[] = [];
    const result = await loadAllPages({
      operation: usageOperation,
      first,
      fetchPage,
      onProgress: (p) => progress.push(p),
    });
    expect(result.stopped).toBeUndefined();
    expect(result.summary).toEqual({ pages: 3, items: 6, capped: false });
    expect(progress).toEqual([
      { pages: 1, items: 2 },
      { pages: 2, items: 4 },
      { pages: 3, items: 6 },
    ]);
    expect(requests.map((r) => r.query)).toEqual([
      [...usageRequest.query, ['page', 'page_2']],
      [...usageRequest.query, ['page', 'page_3']],
    ]);
    const merged = JSON.parse(result.response.bodyText);
    expect(merged.data.map((b: { start_time: number }) => b.start_time)).toEqual([10, 11, 20, 21, 30, 31]);
    expect(merged).toMatchObject({ object: 'page', has_more: false, next_page: null });
    expect(result.response.durationMs).toBe(30);
    expect(result.response.bodyBytes).toBe([1, 2, 3].reduce((sum, n) => sum + usagePage(n, 3).bodyBytes, 0));
  });

  it('stops at the page cap and says so; the merged answer still says there is more', async () => {
    const { fetchPage, requests } = api(1000);
    const result = await loadAllPages({
      operation: usageOperation,
      first: { ...first, response: usagePage(1, 1000) },
      fetchPage,
      maxPages: 4,
    });
    expect(requests).toHaveLength(3);
    expect(result.summary).toEqual({ pages: 4, items: 8, capped: true });
    expect(result.stopped).toEqual({
      reason: 'capped',
      message: 'Stopped at 4 pages, the most one load takes; the API has more.',
    });
    expect(JSON.parse(result.response.bodyText)).toMatchObject({ has_more: true, next_page: 'page_5' });
  });

  it('stops at the size cap and says so', async () => {
    const { fetchPage, requests } = api(1000);
    const one = usagePage(1, 1000).bodyBytes;
    const result = await loadAllPages({
      operation: usageOperation,
      first: { ...first, response: usagePage(1, 1000) },
      fetchPage,
      maxBytes: one * 3,
    });
    expect(requests).toHaveLength(2);
    expect(result.summary).toMatchObject({ pages: 3, capped: true });
    expect(result.stopped?.message).toMatch(
      /^Stopped at \d+ B, the most one load holds; the API has more\.$/,
    );
  });

  it('waits for Retry-After on a 429, reports the wait, then asks again', async () => {
    let refused = false;
    const { fetchPage, requests } = api(2, (page) => {
      if (page === 2 && !refused) {
        refused = true;
        return tooMany('2');
      }
      return undefined;
    });
    const waits: number[] = [];
    const progress: LoadProgress[] = [];
    const result = await loadAllPages({
      operation: usageOperation,
      first: { ...first, response: usagePage(1, 2) },
      fetchPage,
      onProgress: (p) => progress.push(p),
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([2000]);
    expect(progress).toContainEqual({ pages: 1, items: 2, waitMs: 2000 });
    expect(requests).toHaveLength(2);
    expect(result.summary.pages).toBe(2);
    expect(result.stopped).toBeUndefined();
  });

  it('backs off 1 s, 2 s, 4 s without Retry-After, and gives up after maxRetries', async () => {
    const { fetchPage } = api(3, (page) => (page === 2 ? tooMany() : undefined));
    const waits: number[] = [];
    const result = await loadAllPages({
      operation: usageOperation,
      first,
      fetchPage,
      maxRetries: 3,
      sleep: async (ms) => void waits.push(ms),
    });
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(result.stopped).toEqual({
      reason: 'failed',
      message: 'Page 2 was still refused (429) after 3 waits.',
    });
    expect(result.summary).toEqual({ pages: 1, items: 2, capped: false });
  });

  it('does not wait longer than maxWaitMs', async () => {
    const { fetchPage } = api(3, (page) => (page === 2 ? tooMany('3600') : undefined));
    const result = await loadAllPages({ operation: usageOperation, first, fetchPage, sleep: noSleep });
    expect(result.stopped).toEqual({
      reason: 'wait-too-long',
      message: 'The API asks to wait 3600 s before page 2; stopped here.',
    });
  });

  it('Cancel keeps the pages loaded so far', async () => {
    const controller = new AbortController();
    const { fetchPage } = api(5, (page) => {
      if (page === 3) controller.abort();
      return page === 3 ? { failure: { hop: 'aborted', message: 'Request cancelled.' }, notSent } : undefined;
    });
    const result = await loadAllPages({
      operation: usageOperation,
      first: { ...first, response: usagePage(1, 5) },
      fetchPage,
      signal: controller.signal,
    });
    expect(result.stopped).toEqual({ reason: 'cancelled', message: 'Cancelled.' });
    expect(result.summary).toEqual({ pages: 2, items: 4, capped: false });
    expect(JSON.parse(result.response.bodyText).data).toHaveLength(4);
  });

  it('a failing page ends the loading with what came before', async () => {
    const { fetchPage } = api(3, (page) =>
      page === 3
        ? { failure: { hop: 'gateway', message: 'The gateway could not get an answer' }, notSent }
        : undefined,
    );
    const result = await loadAllPages({ operation: usageOperation, first, fetchPage });
    expect(result.stopped).toEqual({
      reason: 'failed',
      message: 'Page 3 failed: The gateway could not get an answer',
    });
    expect(result.summary.pages).toBe(2);
  });

  it('a page cut at the size limit cannot be merged', async () => {
    const { fetchPage } = api(3, (page) =>
      page === 2
        ? { response: { ...usagePage(2, 3), bodyText: '{"data":[', truncated: true }, notSent }
        : undefined,
    );
    const result = await loadAllPages({ operation: usageOperation, first, fetchPage });
    expect(result.stopped).toEqual({
      reason: 'unreadable',
      message: 'Page 2 was cut at the size limit; stopped here.',
    });
  });

  it('stops when the API hands back the same cursor again', async () => {
    const stuck = { ...usageResponse(JSON.stringify({ data: [1], has_more: true, next_page: 'same' })) };
    const fetchPage = async (): Promise<SendResult> => ({ response: stuck, notSent });
    const result = await loadAllPages({
      operation: usageOperation,
      first: { request: usageRequest, response: stuck },
      fetchPage,
    });
    expect(result.stopped?.message).toBe('The API returned the same cursor twice; stopped to avoid a loop.');
    expect(result.summary.pages).toBe(2);
  });

  it('an answer without a list of items is left as it is', async () => {
    const single = usageResponse('{"id":"x"}');
    const { fetchPage, requests } = api(3);
    const result = await loadAllPages({
      operation: usageOperation,
      first: { request: usageRequest, response: single },
      fetchPage,
    });
    expect(requests).toEqual([]);
    expect(result.response).toBe(single);
    expect(result.stopped?.reason).toBe('unreadable');
  });
});
