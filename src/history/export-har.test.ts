import { describe, expect, it } from 'vitest';
import { exportHar } from './export-har.ts';
import { multipartRequest } from './fixtures/multipart-request.ts';
import { usageRequest } from './fixtures/usage-request.ts';
import { usageResponse } from './fixtures/usage-response.ts';
import type { HistoryEntry } from './history-entry.ts';

const creator = { name: 'Try It', version: '0.1.0' };
const ok: HistoryEntry = {
  id: 2,
  apiId: 'openai-usage',
  operationId: 'usage-audio-speeches',
  at: Date.UTC(2024, 10, 2, 10, 30, 0, 250),
  request: usageRequest,
  values: {},
  response: usageResponse(),
  size: 1,
};

/** The fields HAR 1.2 requires of every entry (http://www.softwareishard.com/blog/har-12-spec/). */
function expectValidHarEntry(entry: Record<string, unknown>) {
  for (const key of ['startedDateTime', 'time', 'request', 'response', 'cache', 'timings']) {
    expect(entry).toHaveProperty(key);
  }
  for (const key of [
    'method',
    'url',
    'httpVersion',
    'cookies',
    'headers',
    'queryString',
    'headersSize',
    'bodySize',
  ]) {
    expect(entry.request).toHaveProperty(key);
  }
  for (const key of [
    'status',
    'statusText',
    'httpVersion',
    'cookies',
    'headers',
    'content',
    'redirectURL',
    'headersSize',
    'bodySize',
  ]) {
    expect(entry.response).toHaveProperty(key);
  }
  expect((entry.response as { content: object }).content).toHaveProperty('size');
  expect((entry.response as { content: object }).content).toHaveProperty('mimeType');
  expect(new Date(entry.startedDateTime as string).toISOString()).toBe(entry.startedDateTime);
}

describe('exportHar', () => {
  it('writes a HAR 1.2 log, oldest entry first', () => {
    const older = { ...ok, id: 1, at: ok.at - 60_000 };
    const har = exportHar([ok, older], creator);
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toEqual(creator);
    expect(har.log.entries.map((e) => e.startedDateTime)).toEqual([
      '2024-11-02T10:29:00.250Z',
      '2024-11-02T10:30:00.250Z',
    ]);
    for (const entry of har.log.entries) expectValidHarEntry(entry as unknown as Record<string, unknown>);
    // It is plain JSON: what other tools read.
    expect(JSON.parse(JSON.stringify(har))).toEqual(har);
  });

  it('maps request and response the way HAR readers expect', () => {
    const [entry] = exportHar([ok], creator).log.entries;
    expect(entry?.request).toEqual({
      method: 'GET',
      url: ok.response?.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [{ name: 'OpenAI-Organization', value: 'org_1' }],
      queryString: [
        { name: 'start_time', value: '1730419200' },
        { name: 'bucket_width', value: '1d' },
      ],
      headersSize: -1,
      bodySize: 0,
    });
    expect(entry?.response).toMatchObject({
      status: 200,
      statusText: 'OK',
      headers: [
        { name: 'content-type', value: 'application/json' },
        { name: 'x-request-id', value: 'req_1' },
      ],
      content: { size: ok.response?.bodyBytes, mimeType: 'application/json', text: ok.response?.bodyText },
    });
    expect(entry?.time).toBe(43);
    expect(entry?.timings).toEqual({ send: 0, wait: 43, receive: 0 });
  });

  it('writes a failed request with status 0, the API URL and why', () => {
    const failed: HistoryEntry = {
      ...ok,
      response: undefined,
      failure: { hop: 'browser', message: 'Could not reach the gateway.' },
    };
    delete failed.response;
    const [entry] = exportHar([failed], creator).log.entries;
    expectValidHarEntry(entry as unknown as Record<string, unknown>);
    expect(entry?.request.url).toBe(
      'https://api.openai.com/v1/organization/usage/audio_speeches?start_time=1730419200&bucket_width=1d',
    );
    expect(entry?.response.status).toBe(0);
    expect(entry?.comment).toBe('browser: Could not reach the gateway.');
  });

  it('writes JSON bodies as postData text and multipart parts as params without bytes', () => {
    const json: HistoryEntry = {
      ...ok,
      request: {
        ...usageRequest,
        method: 'POST',
        body: { kind: 'json', mediaType: 'application/json', value: { é: 1 }, text: '{"é":1}' },
      },
    };
    const upload: HistoryEntry = { ...ok, id: 3, at: ok.at + 1, request: multipartRequest };
    const [first, second] = exportHar([json, upload], creator).log.entries;
    expect(first?.request.postData).toEqual({ mimeType: 'application/json', text: '{"é":1}' });
    expect(first?.request.bodySize).toBe(8);
    expect(second?.request.postData).toEqual({
      mimeType: 'multipart/form-data',
      params: [
        { name: 'purpose', value: 'batch' },
        { name: 'file', fileName: 'data.jsonl', contentType: 'application/jsonl' },
      ],
    });
  });

  it('notes merged pages and cut bodies', () => {
    const merged: HistoryEntry = {
      ...ok,
      pages: { pages: 5, items: 31, capped: false },
      bodyNote: 'The body was cut to 1.0 MB for history (it had 2.0 MB).',
    };
    const [entry] = exportHar([merged], creator).log.entries;
    expect(entry?.comment).toBe(
      '5 pages merged by "Load all pages" (31 items) · The body was cut to 1.0 MB for history (it had 2.0 MB).',
    );
    expect(entry?.response.content.comment).toBe('The body was cut to 1.0 MB for history (it had 2.0 MB).');
  });
});
