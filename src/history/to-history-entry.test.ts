import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../transport/encode-base64.ts';
import { multipartRequest } from './fixtures/multipart-request.ts';
import { usageRequest } from './fixtures/usage-request.ts';
import { usageResponse } from './fixtures/usage-response.ts';
import { toHistoryEntry } from './to-history-entry.ts';

const KEY = 'fake-admin-key-for-history-test-42';
const notSent = { cookies: [], headers: [], files: [], missingCredentials: [], unsupportedSchemes: [] };
const base = {
  apiId: 'openai-usage',
  operationId: 'usage-audio-speeches',
  at: Date.UTC(2024, 10, 2, 10, 30),
  request: usageRequest,
  values: { query__start_time: '1730419200', query__bucket_width: '1d' },
  result: { response: usageResponse(), notSent },
  secrets: [KEY],
};

describe('toHistoryEntry', () => {
  it('keeps the request, the form values and the response, and measures the entry', () => {
    const entry = toHistoryEntry(base);
    expect(entry.request).toEqual(usageRequest);
    expect(entry.values).toEqual(base.values);
    expect(entry.response?.status).toBe(200);
    expect(entry.response?.bodyText).toBe(usageResponse().bodyText);
    expect(entry.size).toBe(JSON.stringify({ ...entry, size: 0 }).length);
    expect(entry.bodyNote).toBeUndefined();
  });

  it('never keeps a credential: not in values, query, headers, URL, body, nor in Basic base64', () => {
    const leaky = toHistoryEntry({
      ...base,
      request: {
        ...usageRequest,
        query: [...usageRequest.query, ['project_ids', `x${KEY}y`]],
        headers: [
          ['OpenAI-Organization', 'org_1'],
          ['Authorization', `Bearer ${KEY}`],
          ['X-Api-Key', 'other-key-value'],
        ],
        args: [...usageRequest.args, { name: 'project_ids', in: 'query', value: [`x${KEY}y`] }],
        body: {
          kind: 'json',
          mediaType: 'application/json',
          value: { note: KEY },
          text: `{"note":"${KEY}"}`,
        },
      },
      values: { ...base.values, query__project_ids: [`x${KEY}y`] },
      result: {
        response: {
          ...usageResponse(`{"echo":"Bearer ${KEY}","basic":"${encodeBase64(KEY)}"}`),
          headers: [
            ['content-type', 'application/json'],
            ['set-cookie', 'session=abc'],
            ['x-echo', KEY],
          ],
          url: `http://127.0.0.1:8787/x?k=${KEY}`,
        },
        failure: { hop: 'api', message: `Incorrect API key provided: ${KEY}` },
        notSent,
      },
    });
    const stored = JSON.stringify(leaky);
    expect(stored).not.toContain(KEY);
    expect(stored).not.toContain(encodeBase64(KEY));
    expect(stored).not.toContain('other-key-value');
    expect(stored).not.toContain('session=abc');
    expect(leaky.values).not.toHaveProperty('query__project_ids');
    expect(leaky.request.query).toContainEqual(['project_ids', 'x***y']);
    expect(leaky.request.headers).toEqual([['OpenAI-Organization', 'org_1']]);
    expect(leaky.response?.bodyText).toBe('{"echo":"Bearer ***","basic":"***"}');
    expect(leaky.failure?.message).toBe('Incorrect API key provided: ***');
  });

  it("drops headers named by the operation's schemes", () => {
    const entry = toHistoryEntry({
      ...base,
      request: { ...usageRequest, headers: [['X-Custom-Auth', 'abc']] },
      secretNames: ['x-custom-auth'],
    });
    expect(entry.request.headers).toEqual([]);
  });

  it('cuts a body longer than the limit and says so', () => {
    const body = `{"data":"${'x'.repeat(5000)}"}`;
    const entry = toHistoryEntry({ ...base, result: { response: usageResponse(body), notSent } }, 1024);
    expect(entry.response?.bodyText).toHaveLength(1024);
    expect(entry.bodyNote).toBe('The body was cut to 1.0 KB for history (it had 4.9 KB).');
  });

  it('a credential across the cut is still redacted, not kept in part', () => {
    const body = `${'x'.repeat(1020)}${KEY}${'y'.repeat(100)}`;
    const entry = toHistoryEntry({ ...base, result: { response: usageResponse(body), notSent } }, 1024);
    expect(entry.response?.bodyText).toBe(`${'x'.repeat(1020)}***y`);
  });

  it('keeps no bytes of a binary body, and says so', () => {
    const response = {
      ...usageResponse(''),
      bodyBlob: new Blob([new Uint8Array(2048)], { type: 'audio/mpeg' }),
    };
    const entry = toHistoryEntry({ ...base, result: { response, notSent } });
    expect(entry.response).not.toHaveProperty('bodyBlob');
    expect(entry.bodyNote).toBe('The binary body (2.0 KB) is not kept in history.');
  });

  it('keeps a file part by name, type and size, without its bytes', () => {
    const entry = toHistoryEntry({ ...base, request: multipartRequest });
    expect(entry.request.body).toEqual({
      kind: 'multipart',
      mediaType: 'multipart/form-data',
      parts: [
        { name: 'purpose', kind: 'text', value: 'batch' },
        { name: 'file', kind: 'file', fileName: 'data.jsonl', contentType: 'application/jsonl', size: 5 },
      ],
    });
    expect(() => structuredClone(entry)).not.toThrow();
  });

  it('keeps a binary body by name, type and size, without its bytes', () => {
    const request = {
      ...usageRequest,
      method: 'PUT',
      body: {
        kind: 'binary' as const,
        mediaType: 'image/png',
        fileName: 'a.png',
        size: 3,
        file: new Blob(['abc']),
      },
    };
    const entry = toHistoryEntry({ ...base, request });
    expect(entry.request.body).toEqual({
      kind: 'binary',
      mediaType: 'image/png',
      fileName: 'a.png',
      size: 3,
    });
  });

  it('keeps a failure without a response', () => {
    const entry = toHistoryEntry({
      ...base,
      result: { failure: { hop: 'browser', message: 'Could not reach the gateway' }, notSent },
    });
    expect(entry.response).toBeUndefined();
    expect(entry.failure).toEqual({ hop: 'browser', message: 'Could not reach the gateway' });
  });
});
