/**
 * Gateway latency under hostile clients, and of streamed events (`npm run bench:gateway-latency`). Prints figures,
 * never enforces them.
 *
 * 1. Dribbling sockets: a real request's latency through the gateway process (200 sequential requests, medians
 *    and p99) with no other clients, then while 400 sockets dribble their request heads (one short header line
 *    per socket every 100 ms, never finishing, the slow-loris shape), opened by a process of their own; the
 *    difference is what they cost a real client. The gateway's head timeout (10 s) is longer than the measurement,
 *    so all 400 stay open throughout.
 * 2. Server-sent events: an upstream writes 100 events 20 ms apart, each carrying the time it was written; the
 *    client measures when each arrives, directly and through the gateway. Upstream and client share this process's
 *    clock, so the per-event delay is exact; the gateway's share is the through-minus-direct difference.
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import { listenOn } from '../node-support/listen-on.ts';
import { createRecordingUpstream } from '../test-support/create-recording-upstream.ts';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { sendRequest } from '../test-support/send-request.ts';
import { REPO_ROOT, spawnListening } from '../test-support/spawn-listening.ts';

const REQUESTS = 200;
const DRIBBLERS = 400;
const EVENTS = 100;
const EVENT_GAP_MS = 20;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

async function latencies(baseUrl: string, path: string): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    const res = await sendRequest(baseUrl, { path });
    if (res.status !== 200) throw new Error(`unexpected status ${res.status}`);
    out.push(performance.now() - started);
  }
  return out;
}

/** An upstream that streams EVENTS events, each `data: <performance.now() when written>`. */
async function startEventUpstream(): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    res.flushHeaders();
    let sent = 0;
    const timer = setInterval(() => {
      res.write(`data: ${performance.now()}\n\n`);
      if (++sent === EVENTS) {
        clearInterval(timer);
        res.end();
      }
    }, EVENT_GAP_MS);
    res.on('close', () => clearInterval(timer));
  });
  const url = await listenOn(server, '127.0.0.1', 0);
  return { url, close: () => server.close() };
}

/** Per-event delay (arrival minus write time) of one stream. */
function eventDelays(url: string): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const delays: number[] = [];
    http
      .get(url, { agent: false }, (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          const now = performance.now();
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
            delays.push(now - Number(buffer.slice(6, end)));
            buffer = buffer.slice(end + 2);
          }
        });
        res.on('end', () => resolve(delays));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main(): Promise<void> {
  console.log(
    `gateway latency bench: node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg()[0]?.toFixed(2)}`,
  );
  const recorder = await createRecordingUpstream();
  const events = await startEventUpstream();
  const gateway = await spawnListening(GATEWAY_ENTRY, {
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${recorder.url}/v1`,
    GATEWAY_MAX_CONNECTIONS_PER_CLIENT: String(DRIBBLERS + 100),
  });
  const streamGateway = await spawnListening(GATEWAY_ENTRY, {
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${events.url}/v1`,
  });
  try {
    const path = '/organization/costs?start_time=1';
    await latencies(gateway.url, path); // warm-up
    const quiet = await latencies(gateway.url, path);
    // The dribblers run in a process of their own: in this one, their timers would slow the measuring client.
    const dribblers = spawn(
      process.execPath,
      ['--import', 'tsx', 'bench/dribble-process.ts', gateway.url, path, String(DRIBBLERS)],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    await new Promise<void>((resolve, reject) => {
      dribblers.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('dribbling') && resolve());
      dribblers.once('exit', (code) => reject(new Error(`the dribbling process exited (${code})`)));
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    const busy = await latencies(gateway.url, path);
    dribblers.kill('SIGTERM');
    console.log(`\n1. a real request, ${REQUESTS} sequential, through the gateway`);
    console.log(
      `   alone:                     p50 ${ms(percentile(quiet, 0.5))}  p99 ${ms(percentile(quiet, 0.99))}`,
    );
    console.log(
      `   beside ${DRIBBLERS} dribbling sockets: p50 ${ms(percentile(busy, 0.5))}  p99 ${ms(percentile(busy, 0.99))}`,
    );
    console.log(
      `   added by the dribblers:    p50 ${ms(percentile(busy, 0.5) - percentile(quiet, 0.5))}  p99 ` +
        `${ms(percentile(busy, 0.99) - percentile(quiet, 0.99))}`,
    );

    const direct = await eventDelays(`${events.url}/v1/organization/costs`);
    const through = await eventDelays(`${streamGateway.url}/organization/costs`);
    console.log(
      `\n2. server-sent events, ${EVENTS} events ${EVENT_GAP_MS} ms apart, delay from write to arrival`,
    );
    console.log(
      `   direct:          p50 ${ms(percentile(direct, 0.5))}  p99 ${ms(percentile(direct, 0.99))}  (${direct.length} events)`,
    );
    console.log(
      `   through gateway: p50 ${ms(percentile(through, 0.5))}  p99 ${ms(percentile(through, 0.99))}  (${through.length} events)`,
    );
    console.log(
      `   added by the gateway: p50 ${ms(percentile(through, 0.5) - percentile(direct, 0.5))}  p99 ` +
        `${ms(percentile(through, 0.99) - percentile(direct, 0.99))}`,
    );
  } finally {
    await Promise.all([gateway.stop(), streamGateway.stop()]);
    events.close();
    await recorder.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
