import http from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createRecordingUpstream,
  type RecordedRequest,
  type RecordingUpstream,
} from '../test-support/create-recording-upstream.ts';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { type ListeningProcess, spawnListening } from '../test-support/spawn-listening.ts';

// Server-sent events through the real gateway process. No timing thresholds: the upstream writes the next event
// only after the client has received the previous one, so a gateway that buffered would never see the test end
// (and fail it by its timeout); a client that leaves must make the gateway drop the upstream request.

let recorder: RecordingUpstream;
let gateway: ListeningProcess;

beforeAll(async () => {
  recorder = await createRecordingUpstream();
  gateway = await spawnListening(GATEWAY_ENTRY, {
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
    GATEWAY_TIMEOUT_MS: '10000',
  });
}, 30_000);

afterAll(async () => {
  await gateway?.stop();
  await recorder?.close();
});

beforeEach(() => recorder.reset());

/** Opens an SSE request through the gateway; `next()` resolves with the next complete event's data. */
function openStream(): Promise<{
  res: http.IncomingMessage;
  req: http.ClientRequest;
  next(): Promise<string>;
}> {
  const { hostname, port } = new URL(gateway.url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: hostname,
        port: Number(port),
        path: '/organization/costs?mode=events',
        headers: { accept: 'text/event-stream' },
        agent: false,
      },
      (res) => {
        let buffer = '';
        const waiting: ((data: string) => void)[] = [];
        const ready: string[] = [];
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end !== -1) {
            const data = buffer.slice(0, end).replace(/^data: /, '');
            buffer = buffer.slice(end + 2);
            const taker = waiting.shift();
            if (taker) taker(data);
            else ready.push(data);
            end = buffer.indexOf('\n\n');
          }
        });
        res.on('error', () => {});
        resolve({
          res,
          req,
          next: () =>
            new Promise((take) => {
              const queued = ready.shift();
              if (queued !== undefined) take(queued);
              else waiting.push(take);
            }),
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function upstreamStream(): Promise<RecordedRequest> {
  for (let i = 0; i < 200; i++) {
    const record = recorder.requests[0];
    if (record?.sendEvent) return record;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the upstream never got the stream request');
}

describe('text/event-stream through the gateway', () => {
  it('passes each event through as it is written, unbuffered, with the stream headers', async () => {
    const stream = await openStream();
    expect(stream.res.statusCode).toBe(200);
    expect(stream.res.headers['content-type']).toBe('text/event-stream');
    expect(stream.res.headers['content-length']).toBeUndefined();
    const upstream = await upstreamStream();
    for (let i = 1; i <= 5; i++) {
      upstream.sendEvent?.(`{"n":${i}}`);
      // The next event is written only once this one arrived.
      expect(await stream.next()).toBe(`{"n":${i}}`);
    }
    const ended = new Promise((resolve) => stream.res.once('end', resolve));
    upstream.endEvents?.();
    await ended;
    expect(upstream.abandoned).toBe(false);
  });

  it('a client that goes away mid-stream makes the gateway abort the upstream request', async () => {
    const stream = await openStream();
    const upstream = await upstreamStream();
    upstream.sendEvent?.('first');
    expect(await stream.next()).toBe('first');
    stream.req.destroy();
    for (let i = 0; i < 500 && !upstream.abandoned; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(upstream.abandoned).toBe(true);
    const aborted = /"path":"\/organization\/costs\?mode=events","status":200,[^\n]*"aborted":true/;
    for (let i = 0; i < 200 && !aborted.test(gateway.output()); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(gateway.output()).toMatch(aborted);
  });
});
