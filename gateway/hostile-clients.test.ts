import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createRecordingUpstream,
  type RecordingUpstream,
} from '../test-support/create-recording-upstream.ts';
import { dribbleHeaders } from '../test-support/dribble-headers.ts';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { rawHttp } from '../test-support/raw-http.ts';
import { sendRequest } from '../test-support/send-request.ts';
import { type ListeningProcess, spawnListening } from '../test-support/spawn-listening.ts';

// Slow and hostile clients against the real gateway process, with real sockets. Every refused case checks that
// the recording upstream received nothing. No assertion here is about how long something took: timeouts are
// short in these gateways so that the tests wait little, and each test only says what was cut and what answered.

const SPEC = {
  openapi: '3.1.0',
  info: { title: 'hostile', version: '1' },
  paths: {
    '/organization/costs': { get: {}, trace: {} },
    '/items/{item_id}': {
      post: { parameters: [{ name: 'X-Trace-Mode', in: 'header', schema: { type: 'string' } }] },
      delete: {},
    },
  },
};

const HEADERS_TIMEOUT_MS = 1500;
const MAX_HEADERS = 30;
const MAX_HEADER_BYTES = 4096;
const DRIBBLERS = 400;

let recorder: RecordingUpstream;
let gateway: ListeningProcess; // short timeouts, room for 400 sockets from one address
let capped: ListeningProcess; // three connections per client
let specDir: string;

beforeAll(async () => {
  recorder = await createRecordingUpstream();
  specDir = mkdtempSync(path.join(tmpdir(), 'gateway-hostile-'));
  const specPath = path.join(specDir, 'spec.json');
  writeFileSync(specPath, JSON.stringify(SPEC));
  const common = {
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
    GATEWAY_SPEC: specPath,
    GATEWAY_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    GATEWAY_REQUEST_TIMEOUT_MS: '2000',
    GATEWAY_KEEP_ALIVE_TIMEOUT_MS: '300',
    GATEWAY_MAX_HEADERS: String(MAX_HEADERS),
    GATEWAY_MAX_HEADER_BYTES: String(MAX_HEADER_BYTES),
  };
  [gateway, capped] = await Promise.all([
    spawnListening(GATEWAY_ENTRY, { ...common, GATEWAY_MAX_CONNECTIONS_PER_CLIENT: '1000' }),
    spawnListening(GATEWAY_ENTRY, { ...common, GATEWAY_MAX_CONNECTIONS_PER_CLIENT: '3' }),
  ]);
}, 30_000);

afterAll(async () => {
  await Promise.all([gateway?.stop(), capped?.stop()]);
  await recorder?.close();
  if (specDir) rmSync(specDir, { recursive: true, force: true });
}, 20_000);

beforeEach(() => recorder.reset());

const send = (request: string) => rawHttp(gateway.url, request);

function expectGatewayError(
  res: { status: number; headers: Record<string, unknown> },
  status: number,
  code: string,
) {
  expect(res.status).toBe(status);
  expect(res.headers['x-gateway-error']).toBe(code);
}

describe('request smuggling shapes never reach the upstream', () => {
  const post = (headers: string, body: string) =>
    `POST /items/1 HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\n${headers}Connection: close\r\n\r\n${body}`;

  it.each([
    [
      'Content-Length then Transfer-Encoding',
      post('Content-Length: 5\r\nTransfer-Encoding: chunked\r\n', '0\r\n\r\n'),
    ],
    [
      'Transfer-Encoding then Content-Length',
      post('Transfer-Encoding: chunked\r\nContent-Length: 5\r\n', '0\r\n\r\n'),
    ],
    ['two equal Content-Length headers', post('Content-Length: 2\r\nContent-Length: 2\r\n', '{}')],
    ['two different Content-Length headers', post('Content-Length: 2\r\nContent-Length: 7\r\n', '{}xxxxx')],
    ['a Content-Length list', post('Content-Length: 2, 2\r\n', '{}')],
    [
      'two Transfer-Encoding headers',
      post('Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n', '0\r\n\r\n'),
    ],
    ['Transfer-Encoding: identity', post('Transfer-Encoding: identity\r\n', '{}')],
    ['Transfer-Encoding: gzip, chunked', post('Transfer-Encoding: gzip, chunked\r\n', '0\r\n\r\n')],
    ['obsolete line folding (space)', post('X-Trace-Mode: a\r\n b\r\nContent-Length: 2\r\n', '{}')],
    ['obsolete line folding (tab)', post('X-Trace-Mode: a\r\n\tb\r\nContent-Length: 2\r\n', '{}')],
  ])('%s → 400', async (_name, request) => {
    const res = await send(request);
    expect(res.status).toBe(400);
    expect(res.headers['x-gateway-error']).toMatch(/^(bad_request|header_not_allowed)$/);
    await settle();
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('methods and headers that would steer the upstream', () => {
  it('TRACE → 405, even when the description declares it', async () => {
    const res = await send(
      'TRACE /organization/costs HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n',
    );
    expectGatewayError(res, 405, 'operation_not_allowed');
    expect(recorder.requests).toHaveLength(0);
  });

  it('CONNECT → 405 and the connection is closed', async () => {
    const res = await send(
      `CONNECT ${new URL(recorder.url).host} HTTP/1.1\r\nHost: ${new URL(recorder.url).host}\r\n\r\n`,
    );
    expectGatewayError(res, 405, 'operation_not_allowed');
    expect(res.headers.connection).toBe('close');
    await settle();
    expect(recorder.requests).toHaveLength(0);
  });

  it('X-HTTP-Method-Override and its relatives are dropped: a POST stays a POST', async () => {
    const res = await sendRequest(gateway.url, {
      method: 'POST',
      path: '/items/1',
      headers: {
        'content-type': 'application/json',
        'x-http-method-override': 'DELETE',
        'x-http-method': 'DELETE',
        'x-method-override': 'DELETE',
        'x-original-url': '/v1/organization/admin_api_keys',
      },
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(recorder.requests).toHaveLength(1);
    const seen = recorder.requests[0];
    expect(seen?.method).toBe('POST');
    expect(seen?.url).toBe('/v1/items/1');
    for (const name of ['x-http-method-override', 'x-http-method', 'x-method-override', 'x-original-url']) {
      expect(seen?.headers[name], name).toBeUndefined();
    }
  });

  it('headers named in Connection are stripped as hop-by-hop, even a declared parameter', async () => {
    const res = await send(
      'POST /items/1 HTTP/1.1\r\nHost: gateway\r\nContent-Length: 2\r\nX-Trace-Mode: on\r\n' +
        'Connection: close, X-Trace-Mode\r\n\r\n{}',
    );
    expect(res.status).toBe(200);
    expect(recorder.requests[0]?.headers['x-trace-mode']).toBeUndefined();
    // The same header without the Connection listing is forwarded: the rule, not the header, dropped it.
    await send(
      'POST /items/1 HTTP/1.1\r\nHost: gateway\r\nContent-Length: 2\r\nX-Trace-Mode: on\r\nConnection: close\r\n\r\n{}',
    );
    expect(recorder.requests[1]?.headers['x-trace-mode']).toBe('on');
  });

  it('an Upgrade request is forwarded as plain HTTP, without the upgrade', async () => {
    const res = await send(
      'GET /organization/costs HTTP/1.1\r\nHost: gateway\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n',
    );
    expect(res.status).toBe(200);
    expect(recorder.requests[0]?.headers.upgrade).toBeUndefined();
  });
});

describe('header limits, both ways', () => {
  const manyHeaders = (count: number) =>
    Array.from({ length: count }, (_, i) => `X-Filler-${i}: ${i}\r\n`).join('');

  it(`a request with more than ${MAX_HEADERS} header lines → 431`, async () => {
    const res = await send(
      `GET /organization/costs HTTP/1.1\r\nHost: gateway\r\n${manyHeaders(MAX_HEADERS)}Connection: close\r\n\r\n`,
    );
    expectGatewayError(res, 431, 'headers_too_large');
    expect(recorder.requests).toHaveLength(0);
  });

  it(`a request head over ${MAX_HEADER_BYTES} bytes → 431`, async () => {
    const res = await send(
      `GET /organization/costs HTTP/1.1\r\nHost: gateway\r\nX-Big: ${'b'.repeat(MAX_HEADER_BYTES)}\r\nConnection: close\r\n\r\n`,
    );
    expectGatewayError(res, 431, 'headers_too_large');
    expect(recorder.requests).toHaveLength(0);
  });

  it('a request just within both limits is forwarded', async () => {
    const res = await send(
      `GET /organization/costs HTTP/1.1\r\nHost: gateway\r\n${manyHeaders(MAX_HEADERS - 3)}Connection: close\r\n\r\n`,
    );
    expect(res.status).toBe(200);
    expect(recorder.requests).toHaveLength(1);
  });

  it(`an upstream response with more than ${MAX_HEADERS} header lines → 502 upstream_bad_response`, async () => {
    const res = await sendRequest(gateway.url, {
      path: `/organization/costs?mode=manyheaders&count=${MAX_HEADERS + 5}`,
    });
    expectGatewayError(res, 502, 'upstream_bad_response');
    const fine = await sendRequest(gateway.url, {
      path: `/organization/costs?mode=manyheaders&count=${MAX_HEADERS - 10}`,
    });
    expect(fine.status).toBe(200);
  });

  it(`an upstream response head over ${MAX_HEADER_BYTES} bytes → 502 upstream_bad_response`, async () => {
    const res = await sendRequest(gateway.url, {
      path: `/organization/costs?mode=bigheader&bytes=${MAX_HEADER_BYTES + 100}`,
    });
    expectGatewayError(res, 502, 'upstream_bad_response');
  });
});

describe('slow clients', () => {
  it('a client that never finishes its head is answered 408 and cut off', async () => {
    const socket = net.connect(Number(new URL(gateway.url).port), '127.0.0.1');
    socket.write('GET /organization/costs HTTP/1.1\r\nHost: gateway\r\nX-Half');
    const received = await readUntilClosed(socket);
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(received).toContain('x-gateway-error: request_timeout');
    expect(recorder.requests).toHaveLength(0);
  });

  it(`${DRIBBLERS} sockets dribbling their heads: a real request is still answered, and every dribbler is cut`, async () => {
    const dribblers = Array.from({ length: DRIBBLERS }, () =>
      dribbleHeaders(gateway.url, '/organization/costs', 100),
    );
    try {
      // Let them all connect and start dribbling before the real request goes out.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const res = await sendRequest(gateway.url, { path: '/organization/costs?real=1' });
      expect(res.status).toBe(200);
      const answers = await Promise.all(dribblers.map((dribbler) => dribbler.closed));
      const firstLines = answers.map((text) => text.split('\r\n')[0] || '(closed without a reply)');
      const timedOut = firstLines.filter((line) => line.startsWith('HTTP/1.1 408 ')).length;
      expect(timedOut, [...new Set(firstLines)].join(' | ')).toBe(DRIBBLERS);
      expect(recorder.requests.map((request) => request.url)).toEqual(['/v1/organization/costs?real=1']);
    } finally {
      for (const dribbler of dribblers) dribbler.stop();
    }
  }, 30_000);

  it('a request body that never completes is cut (408) and the upstream never gets a complete request', async () => {
    const socket = net.connect(Number(new URL(gateway.url).port), '127.0.0.1');
    socket.write(
      'POST /items/1 HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":',
    );
    const received = await readUntilClosed(socket);
    expect(received === '' || /^HTTP\/1\.1 (408|504) /.test(received)).toBe(true);
    await settle();
    expect(recorder.requests.filter((request) => request.complete)).toHaveLength(0);
  });

  it('an idle keep-alive connection is closed by the gateway', async () => {
    const socket = net.connect(Number(new URL(gateway.url).port), '127.0.0.1');
    socket.write('GET /organization/costs HTTP/1.1\r\nHost: gateway\r\n\r\n');
    const received = await readUntilClosed(socket);
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received.toLowerCase()).toContain('keep-alive');
  });

  it('connections beyond the per-client cap are closed at once; those within it are served', async () => {
    const port = Number(new URL(capped.url).port);
    const held = await Promise.all([0, 1, 2].map(() => connected(port)));
    try {
      // Let the gateway count them before the fourth arrives.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const extra = await connected(port);
      extra.write('GET /organization/costs HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n');
      expect(await readUntilClosed(extra)).toBe('');
      const first = held[0] as net.Socket;
      first.write('GET /organization/costs HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n');
      expect(await readUntilClosed(first)).toMatch(/^HTTP\/1\.1 200 /);
      expect(recorder.requests).toHaveLength(1);
    } finally {
      for (const socket of held) socket.destroy();
    }
  });
});

/** Everything the server writes until it closes the connection (bounded: 10 s, then the test fails). */
function readUntilClosed(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error('the gateway kept the connection open'));
    }, 10_000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('latin1'));
    });
  });
}

function connected(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Gives a request that would have been forwarded the time to reach the recording upstream. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 100));
}
