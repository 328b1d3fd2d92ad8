import { describe, expect, it, vi } from 'vitest';
import type { HttpRequest } from '../request/http-request.ts';
import { type SendRequestOptions, sendRequest } from './send-request.ts';

const SECRET = 'sk-admin-SECRET-123';
const bearer = [{ name: 'AdminApiKeyAuth', scheme: { type: 'http', scheme: 'bearer' } as const }];

const request: HttpRequest = {
  method: 'GET',
  pathTemplate: '/organization/usage/audio_speeches',
  path: '/organization/usage/audio_speeches',
  query: [
    ['bucket_width', '1d'],
    ['project_ids', 'a b'],
    ['project_ids', 'c'],
  ],
  headers: [['OpenAI-Organization', 'org_1']],
  cookies: [],
  args: [],
  operationId: 'usage-audio-speeches',
};

type Call = { url: string; init: RequestInit };

/** A fetch that records its call and answers with `response` (or rejects with it when it is an Error). */
function fakeFetch(answer: Response | Error | ((init: RequestInit) => Promise<Response>)) {
  const calls: Call[] = [];
  const impl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    if (typeof answer === 'function') return answer(init ?? {});
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { impl: impl as unknown as typeof fetch, calls };
}

function clock(...times: number[]) {
  let i = 0;
  return () => times[Math.min(i++, times.length - 1)] ?? 0;
}

function options(overrides: Partial<SendRequestOptions>): SendRequestOptions {
  return {
    gatewayUrl: 'http://127.0.0.1:8787/',
    request,
    schemes: bearer,
    credentials: { AdminApiKeyAuth: SECRET },
    now: clock(100, 242.5),
    ...overrides,
  };
}

const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('sendRequest', () => {
  it('sends method, URL, headers with the credential, and browser-safety options', async () => {
    const { impl, calls } = fakeFetch(
      json(
        { object: 'page' },
        { headers: { 'content-type': 'application/json', 'x-gateway-credential': 'browser' } },
      ),
    );
    const result = await sendRequest(options({ fetchImpl: impl }));
    expect(calls).toHaveLength(1);
    const [{ url, init }] = calls as [Call];
    expect(url).toBe(
      'http://127.0.0.1:8787/organization/usage/audio_speeches?bucket_width=1d&project_ids=a%20b&project_ids=c',
    );
    expect(init.method).toBe('GET');
    expect([...(init.headers as Headers)]).toEqual([
      ['authorization', `Bearer ${SECRET}`],
      ['openai-organization', 'org_1'],
    ]);
    expect(init).toMatchObject({
      credentials: 'omit',
      redirect: 'manual',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
    });
    expect(init.body).toBeUndefined();
    expect(result).toEqual({
      response: {
        status: 200,
        statusText: 'OK',
        ok: true,
        headers: [
          ['content-type', 'application/json'],
          ['x-gateway-credential', 'browser'],
        ],
        bodyText: '{"object":"page"}',
        bodyBytes: 17,
        truncated: false,
        contentType: 'application/json',
        durationMs: 142.5,
        url: 'http://127.0.0.1:8787/organization/usage/audio_speeches?bucket_width=1d&project_ids=a%20b&project_ids=c',
        credentialHeld: 'browser',
      },
      notSent: { cookies: [], headers: [], files: [], missingCredentials: [], unsupportedSchemes: [] },
    });
  });

  it('keeps a gateway path prefix and sends no Authorization when no credential is typed', async () => {
    const { impl, calls } = fakeFetch(new Response('ok'));
    const result = await sendRequest(
      options({ fetchImpl: impl, gatewayUrl: ' https://gw.example/tryit/ ', credentials: {} }),
    );
    expect(calls[0]?.url).toMatch(/^https:\/\/gw\.example\/tryit\/organization\/usage\/audio_speeches\?/);
    expect((calls[0]!.init.headers as Headers).has('authorization')).toBe(false);
    expect(result.notSent.missingCredentials).toEqual(['AdminApiKeyAuth']);
  });

  it.each([
    ['', 'Enter a gateway URL, e.g. http://127.0.0.1:8787'],
    ['   ', 'Enter a gateway URL, e.g. http://127.0.0.1:8787'],
    [
      'localhost:8787',
      'The gateway URL must start with http:// or https://. Enter a gateway URL, e.g. http://127.0.0.1:8787',
    ],
    ['127.0.0.1:8787', 'That is not a URL. Enter a gateway URL, e.g. http://127.0.0.1:8787'],
    [
      'ftp://host',
      'The gateway URL must start with http:// or https://. Enter a gateway URL, e.g. http://127.0.0.1:8787',
    ],
    [
      'javascript:alert(1)',
      'The gateway URL must start with http:// or https://. Enter a gateway URL, e.g. http://127.0.0.1:8787',
    ],
    ['http://user:pw@host', 'The gateway URL must not contain a user name or password.'],
    [
      'http://host/?x=1',
      'The gateway URL cannot have a query or fragment. Enter a gateway URL, e.g. http://127.0.0.1:8787',
    ],
  ])('gateway URL %j → config failure before any fetch', async (gatewayUrl, message) => {
    const { impl, calls } = fakeFetch(new Response('x'));
    const result = await sendRequest(options({ fetchImpl: impl, gatewayUrl }));
    expect(result).toMatchObject({ failure: { hop: 'config', message } });
    expect(result.response).toBeUndefined();
    expect(calls).toHaveLength(0);
  });

  it('a fetch rejection is a browser-hop failure naming the origin, without the credential', async () => {
    const { impl } = fakeFetch(new TypeError(`Failed to fetch ${SECRET}`));
    const result = await sendRequest(options({ fetchImpl: impl, gatewayUrl: 'http://127.0.0.1:8787/base' }));
    expect(result.failure).toEqual({
      hop: 'browser',
      message:
        "Could not reach the gateway at http://127.0.0.1:8787. Check that it is running and that it allows this page's origin (CORS).",
      detail: 'Failed to fetch ***',
    });
  });

  it('x-gateway-error → gateway hop with the JSON message and code, response still returned', async () => {
    const body = {
      error: {
        type: 'gateway_error',
        code: 'path_not_allowed',
        message: 'Only documented operations are forwarded.',
      },
    };
    const { impl } = fakeFetch(
      json(body, {
        status: 403,
        statusText: 'Forbidden',
        headers: { 'content-type': 'application/json', 'x-gateway-error': 'path_not_allowed' },
      }),
    );
    const result = await sendRequest(options({ fetchImpl: impl }));
    expect(result.failure).toEqual({
      hop: 'gateway',
      message: 'The gateway refused the request: Only documented operations are forwarded.',
      detail: 'path_not_allowed',
    });
    expect(result.response?.status).toBe(403);
    expect(result.response?.gatewayError).toEqual({
      code: 'path_not_allowed',
      message: 'Only documented operations are forwarded.',
    });
  });

  it('a broken upstream answer is named as such, not as a refusal', async () => {
    const { impl } = fakeFetch(
      new Response(
        '{"error":{"type":"gateway_error","code":"upstream_bad_response","message":"upstream answered with malformed HTTP"}}',
        {
          status: 502,
          headers: { 'x-gateway-error': 'upstream_bad_response', 'content-type': 'application/json' },
        },
      ),
    );
    const result = await sendRequest(options({ fetchImpl: impl }));
    expect(result.failure).toEqual({
      hop: 'gateway',
      message: 'The gateway got a broken answer from the API: upstream answered with malformed HTTP',
      detail: 'upstream_bad_response',
    });
  });

  it('x-gateway-error with a non-JSON body falls back to the header code', async () => {
    const { impl } = fakeFetch(
      new Response('nope', { status: 502, headers: { 'x-gateway-error': 'upstream_unreachable' } }),
    );
    const result = await sendRequest(options({ fetchImpl: impl }));
    expect(result.failure).toEqual({
      hop: 'gateway',
      message: 'The gateway could not get an answer from the API: Gateway error upstream_unreachable.',
      detail: 'upstream_unreachable',
    });
  });

  it('a non-2xx from the API → api hop with its error.message, status text filled in for HTTP/2', async () => {
    const { impl } = fakeFetch(
      json(
        { error: { message: 'Invalid value for limit.', type: 'invalid_request_error' } },
        { status: 400 },
      ),
    );
    const result = await sendRequest(options({ fetchImpl: impl }));
    expect(result.failure).toEqual({
      hop: 'api',
      message: 'The API answered 400 Bad Request: Invalid value for limit.',
    });
    expect(result.response?.statusText).toBe('Bad Request');
  });

  it('a non-JSON error body gives the status only; a key echoed by the API is redacted', async () => {
    const plain = await sendRequest(
      options({ fetchImpl: fakeFetch(new Response('<html>', { status: 503 })).impl }),
    );
    expect(plain.failure).toEqual({ hop: 'api', message: 'The API answered 503 Service Unavailable.' });
    const echoed = await sendRequest(
      options({
        fetchImpl: fakeFetch(
          json({ error: { message: `Incorrect API key provided: ${SECRET}` } }, { status: 401 }),
        ).impl,
      }),
    );
    expect(echoed.failure?.message).toBe(
      'The API answered 401 Unauthorized: Incorrect API key provided: ***',
    );
  });

  it('an unfollowed redirect (opaque, status 0) is reported, not crashed on', async () => {
    const opaque = {
      type: 'opaqueredirect',
      status: 0,
      statusText: '',
      ok: false,
      headers: new Headers(),
      body: null,
    };
    const result = await sendRequest(options({ fetchImpl: fakeFetch(opaque as unknown as Response).impl }));
    expect(result.response).toMatchObject({ status: 0, statusText: 'Redirect not followed', bodyText: '' });
    expect(result.failure?.hop).toBe('api');
  });

  it('truncates the body at maxBodyBytes and cancels the rest of the stream', async () => {
    const cancel = vi.fn();
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulls += 1;
        controller.enqueue(new TextEncoder().encode('0123456789'));
      },
      cancel,
    });
    const result = await sendRequest(
      options({ fetchImpl: fakeFetch(new Response(stream)).impl, maxBodyBytes: 25 }),
    );
    expect(result.response).toMatchObject({
      bodyText: '0123456789012345678901234',
      bodyBytes: 25,
      truncated: true,
    });
    expect(cancel).toHaveBeenCalledTimes(1);
    expect(pulls).toBeLessThan(6);
    expect(result.failure).toBeUndefined();
  });

  it('keeps a binary body as bytes (audio), not as decoded noise', async () => {
    const bytes = new Uint8Array([0xff, 0xfb, 0x90, 0x00, 0x01, 0x02]);
    const result = await sendRequest(
      options({
        fetchImpl: fakeFetch(new Response(bytes, { headers: { 'content-type': 'audio/mpeg' } })).impl,
      }),
    );
    expect(result.response).toMatchObject({ bodyText: '', bodyBytes: 6, truncated: false });
    const blob = result.response?.bodyBlob;
    expect(blob?.type).toBe('audio/mpeg');
    expect(new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(bytes);
  });

  it('cuts a binary body at maxBodyBytes too', async () => {
    const result = await sendRequest(
      options({
        fetchImpl: fakeFetch(new Response(new Uint8Array(100), { headers: { 'content-type': 'image/png' } }))
          .impl,
        maxBodyBytes: 40,
      }),
    );
    expect(result.response).toMatchObject({ bodyBytes: 40, truncated: true });
    expect(result.response?.bodyBlob?.size).toBe(40);
  });

  it('decodes a multi-byte character split across chunks', async () => {
    const bytes = new TextEncoder().encode('é🎉');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    const result = await sendRequest(options({ fetchImpl: fakeFetch(new Response(stream)).impl }));
    expect(result.response).toMatchObject({ bodyText: 'é🎉', bodyBytes: 6, truncated: false });
  });

  it('times out with a timeout-hop failure', async () => {
    const hang = (init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const result = await sendRequest(options({ fetchImpl: fakeFetch(hang).impl, timeoutMs: 20 }));
    expect(result.failure).toEqual({ hop: 'timeout', message: 'No response within 20 ms.' });
  });

  it('an already-aborted signal fails as aborted without fetching', async () => {
    const { impl, calls } = fakeFetch(new Response(''));
    const result = await sendRequest(options({ fetchImpl: impl, signal: AbortSignal.abort() }));
    expect(result.failure).toEqual({ hop: 'aborted', message: 'Request cancelled.' });
    expect(calls).toHaveLength(0);
  });

  it('says "No response within 30 s" for the default timeout', async () => {
    vi.useFakeTimers();
    try {
      const hang = (init: RequestInit) =>
        new Promise<Response>((_resolve, reject) =>
          init.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
        );
      const pending = sendRequest(options({ fetchImpl: fakeFetch(hang).impl }));
      await vi.advanceTimersByTimeAsync(30_000);
      expect((await pending).failure).toEqual({ hop: 'timeout', message: 'No response within 30 s.' });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a user abort while the body streams (a body deaf to the abort) ends as aborted, with the partial body', async () => {
    const user = new AbortController();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('part'));
      },
    });
    const fetchImpl = fakeFetch(async () => {
      const response = new Response(stream);
      setTimeout(() => user.abort(), 5);
      return response;
    }).impl;
    const result = await sendRequest(options({ fetchImpl, signal: user.signal }));
    expect(result.failure).toEqual({ hop: 'aborted', message: 'Request cancelled.' });
    expect(result.response?.bodyText).toBe('part');
  });

  it('apiKey in query is sent but redacted from the returned URL; cookies are reported as not sendable', async () => {
    const { impl, calls } = fakeFetch(new Response('{}'));
    const result = await sendRequest(
      options({
        fetchImpl: impl,
        request: { ...request, query: [['a', '1']], cookies: [['session', 'x']] },
        schemes: [
          { name: 'Q', scheme: { type: 'apiKey', in: 'query', name: 'api_key' } },
          { name: 'C', scheme: { type: 'apiKey', in: 'cookie', name: 'sid' } },
        ],
        credentials: { Q: SECRET, C: 'cookie-secret' },
      }),
    );
    expect(calls[0]?.url).toBe(
      `http://127.0.0.1:8787/organization/usage/audio_speeches?a=1&api_key=${SECRET}`,
    );
    expect(result.response?.url).toBe(
      'http://127.0.0.1:8787/organization/usage/audio_speeches?a=1&api_key=REDACTED',
    );
    expect(result.notSent.cookies).toEqual(['session', 'sid']);
    expect((calls[0]!.init.headers as Headers).has('cookie')).toBe(false);
  });

  it('HTTP Basic sends base64 of user:password', async () => {
    const { impl, calls } = fakeFetch(new Response(''));
    await sendRequest(
      options({
        fetchImpl: impl,
        schemes: [{ name: 'B', scheme: { type: 'http', scheme: 'Basic' } }],
        credentials: { B: 'ü:pw' },
      }),
    );
    expect((calls[0]!.init.headers as Headers).get('authorization')).toBe('Basic w7w6cHc=');
  });

  it('drops headers browsers forbid and reports them', async () => {
    const { impl, calls } = fakeFetch(new Response(''));
    const result = await sendRequest(
      options({
        fetchImpl: impl,
        request: {
          ...request,
          headers: [
            ['Host', 'x'],
            ['Sec-Fetch-Mode', 'x'],
            ['X-Ok', '1'],
          ],
        },
      }),
    );
    expect([...(calls[0]!.init.headers as Headers).keys()]).toEqual(['authorization', 'x-ok']);
    expect(result.notSent.headers).toEqual(['Host', 'Sec-Fetch-Mode']);
  });

  it('a header value that cannot be sent is a config failure that does not echo the value', async () => {
    const { impl, calls } = fakeFetch(new Response(''));
    const result = await sendRequest(
      options({ fetchImpl: impl, credentials: { AdminApiKeyAuth: 'sk-ключ-secret' } }),
    );
    expect(result.failure).toEqual({
      hop: 'config',
      message: 'The Authorization header cannot be sent: it has a line break or a character outside Latin-1.',
    });
    expect(calls).toHaveLength(0);
  });

  it('sends JSON text, urlencoded fields and multipart FormData (without its Content-Type)', async () => {
    const post = { ...request, method: 'POST', query: [] as [string, string][] };
    const { impl, calls } = fakeFetch(async () => new Response(''));
    await sendRequest(
      options({
        fetchImpl: impl,
        request: {
          ...post,
          headers: [['Content-Type', 'application/json']],
          body: { kind: 'json', mediaType: 'application/json', value: { a: 1 }, text: '{"a":1}' },
        },
      }),
    );
    await sendRequest(
      options({
        fetchImpl: impl,
        request: {
          ...post,
          body: {
            kind: 'urlencoded',
            mediaType: 'application/x-www-form-urlencoded',
            fields: [
              ['a', '1 2'],
              ['a', '&'],
            ],
          },
        },
      }),
    );
    const file = new Blob(['hi'], { type: 'text/plain' });
    const multipart = await sendRequest(
      options({
        fetchImpl: impl,
        request: {
          ...post,
          headers: [['Content-Type', 'multipart/form-data']],
          body: {
            kind: 'multipart',
            mediaType: 'multipart/form-data',
            parts: [
              { name: 'purpose', kind: 'text', value: 'batch' },
              { name: 'file', kind: 'file', fileName: 'a.txt', contentType: 'text/plain', size: 2, file },
              { name: 'other', kind: 'file', fileName: 'b.txt', contentType: 'text/plain', size: 2 },
            ],
          },
        },
      }),
    );
    expect(calls[0]?.init.body).toBe('{"a":1}');
    expect((calls[0]!.init.headers as Headers).get('content-type')).toBe('application/json');
    expect(String(calls[1]?.init.body)).toBe('a=1+2&a=%26');
    const form = calls[2]?.init.body as FormData;
    expect(form.get('purpose')).toBe('batch');
    expect((form.get('file') as File).name).toBe('a.txt');
    expect((calls[2]!.init.headers as Headers).has('content-type')).toBe(false);
    expect(multipart.notSent.files).toEqual(['other']);
  });

  it('refuses a GET with a body before fetching', async () => {
    const { impl, calls } = fakeFetch(new Response(''));
    const result = await sendRequest(
      options({
        fetchImpl: impl,
        request: { ...request, body: { kind: 'text', mediaType: 'text/plain', text: 'x' } },
      }),
    );
    expect(result.failure?.hop).toBe('config');
    expect(calls).toHaveLength(0);
  });

  it('never puts the credential in the result, whatever happens', async () => {
    for (const answer of [new Response('x', { status: 500 }), new Error(SECRET)]) {
      const result = await sendRequest(options({ fetchImpl: fakeFetch(answer).impl }));
      expect(JSON.stringify(result)).not.toContain(SECRET);
    }
  });

  describe('gateway access token', () => {
    const TOKEN = 'caller-token-page-test-91';
    const refusal = (code: string, status: number, message: string) =>
      json(
        { error: { type: 'gateway_error', code, message } },
        { status, headers: { 'content-type': 'application/json', 'x-gateway-error': code } },
      );

    it('goes out as X-Gateway-Token beside the API credential', async () => {
      const { impl, calls } = fakeFetch(json({ ok: true }));
      await sendRequest(options({ fetchImpl: impl, gatewayToken: ` ${TOKEN} ` }));
      const headers = new Headers(calls[0]?.init.headers);
      expect(headers.get('x-gateway-token')).toBe(TOKEN);
      expect(headers.get('authorization')).toBe(`Bearer ${SECRET}`);
    });

    it('is not sent when empty', async () => {
      const { impl, calls } = fakeFetch(json({ ok: true }));
      await sendRequest(options({ fetchImpl: impl, gatewayToken: '  ' }));
      expect(new Headers(calls[0]?.init.headers).has('x-gateway-token')).toBe(false);
    });

    it('a 401 without a token says a gateway access token is needed, and where to enter it', async () => {
      const { impl } = fakeFetch(
        refusal('caller_unauthenticated', 401, 'this gateway needs a gateway access token'),
      );
      const result = await sendRequest(options({ fetchImpl: impl }));
      expect(result.failure).toEqual({
        hop: 'gateway',
        message:
          'This gateway only serves callers with a gateway access token: enter yours under Authentication → Gateway access token.',
        detail: 'caller_unauthenticated',
      });
    });

    it('a 401 with a token says it was not accepted and why, never echoing the token', async () => {
      const { impl } = fakeFetch(refusal('caller_unauthenticated', 401, `the JWT has expired (${TOKEN})`));
      const result = await sendRequest(options({ fetchImpl: impl, gatewayToken: TOKEN }));
      expect(result.failure?.message).toBe(
        'The gateway did not accept the gateway access token (the JWT has expired (***)). Check it under Authentication → Gateway access token.',
      );
    });

    it('a 403 says the token does not allow this operation', async () => {
      const { impl } = fakeFetch(
        refusal('caller_forbidden', 403, "the caller's scopes do not allow operation x"),
      );
      const result = await sendRequest(options({ fetchImpl: impl, gatewayToken: TOKEN }));
      expect(result.failure).toMatchObject({
        hop: 'gateway',
        message: expect.stringMatching(
          /^The gateway access token does not allow this operation \(the caller's scopes/,
        ),
        detail: 'caller_forbidden',
      });
    });

    it('a 503 from the caller check says to try again', async () => {
      const { impl } = fakeFetch(
        refusal('caller_check_unavailable', 503, 'the key set (JWKS) could not be fetched'),
      );
      const result = await sendRequest(options({ fetchImpl: impl, gatewayToken: TOKEN }));
      expect(result.failure?.message).toMatch(
        /could not check the gateway access token just now.*Try again later/,
      );
    });
  });
});

describe('sendRequest with a streaming response', () => {
  it('reports a text/event-stream as it arrives, chunk by chunk, then the whole result', async () => {
    const encoder = new TextEncoder();
    let push: ((text: string | null) => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        push = (text) => (text === null ? controller.close() : controller.enqueue(encoder.encode(text)));
      },
    });
    const { impl } = fakeFetch(
      new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream; charset=utf-8' } }),
    );
    const seen: string[] = [];
    const pending = sendRequest(
      options({
        fetchImpl: impl,
        onStream: (progress) => {
          seen.push(progress.text);
          expect(progress.status).toBe(200);
        },
      }),
    );
    // Each chunk is reported before the next one exists: the reader does not wait for the end.
    await waitUntil(() => push !== undefined);
    push?.('data: one\n\n');
    await waitUntil(() => seen.length === 1);
    push?.('data: two\n\n');
    await waitUntil(() => seen.length === 2);
    push?.(null);
    const result = await pending;
    expect(seen).toEqual(['data: one\n\n', 'data: one\n\ndata: two\n\n']);
    expect(result.response?.bodyText).toBe('data: one\n\ndata: two\n\n');
  });

  it('does not report progress for other content types', async () => {
    const { impl } = fakeFetch(json({ ok: true }));
    const seen: string[] = [];
    await sendRequest(options({ fetchImpl: impl, onStream: (progress) => seen.push(progress.text) }));
    expect(seen).toEqual([]);
  });
});

async function waitUntil(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition not met');
}
