/**
 * Gateway overhead benchmark (`npm run bench:gateway`).
 *
 * Starts, as separate processes on 127.0.0.1, a trivial fixed-JSON upstream (one canned usage page: so the
 * figures measure the gateway, not the demo's data generation) and the real gateway (`tsx gateway/main.ts`,
 * default spec, server-held credential, a caller token checked on every request (BENCH_GATEWAY_PUBLIC=1: none),
 * access log on, written to a temporary file). Then runs autocannon (64 connections,
 * 1 s warm-up + 5 s measured) directly against the upstream and through the gateway, alternating, 3 rounds,
 * and prints medians; then one pair of runs over a single connection, where the added p50 is the hop's own
 * cost rather than queueing. Latency percentiles are computed from autocannon's per-response timings (sub-ms), not
 * its 1 ms histogram. Targets are reported, never enforced: the exit code is 0 whatever the figures.
 *
 * The gateway runs as `node --import tsx gateway/main.ts` (what `tsx gateway/main.ts` runs, minus the
 * wrapper process), so its pid is the gateway's own: the CPU time each process spent during a measured run is
 * read from /proc/<pid>/stat (the load generator's from process.cpuUsage) and printed per request. On 2 shared
 * cores those figures say more than req/s: they barely move with what else the machine is doing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 64;
const WARMUP_S = 1;
const MEASURE_S = 5;
const ROUNDS = 3;
const OPERATION = '/organization/costs?start_time=1730419200&limit=1';
/** The unsaturated pair of runs: one connection, one request in flight, so latency is the path's own. */
const SERIAL_S = 3;
/** The caller token the benchmarked gateway checks (a key-holding gateway must check callers; see README). */
const CALLER_TOKEN = 'bench-caller-token-00000000';
/** `BENCH_GATEWAY_PUBLIC=1` benchmarks the gateway without a caller check (GATEWAY_PUBLIC=1), for comparison. */
const PUBLIC = process.env.BENCH_GATEWAY_PUBLIC === '1';
const HEADERS: Record<string, string> = {
  authorization: 'Bearer bench-browser-key',
  accept: 'application/json',
  ...(PUBLIC ? {} : { 'x-gateway-token': CALLER_TOKEN }),
};

const FIXED_UPSTREAM = `
const http = require('node:http');
const body = JSON.stringify({ object: 'page', data: [{ object: 'bucket', start_time: 1730419200, end_time: 1730505600,
  results: [{ object: 'organization.costs.result', amount: { value: 0.06, currency: 'usd' }, line_item: null,
  project_id: null, api_key_id: null, quantity: null, quantity_unit: null }] }], has_more: false, next_page: null });
const server = http.createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body),
    'x-request-id': 'req_bench', 'openai-processing-ms': '1' });
  res.end(body);
});
server.keepAliveTimeout = 65000;
server.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
process.on('SIGTERM', () => process.exit(0));
`;

interface Started {
  url: string;
  child: ChildProcess;
}

/**
 * Spawns a process and waits for its "listening on" line. With `logFile` its stdout goes to that file (read
 * for the line, then left alone), so the load generator never spends CPU draining the gateway's access log;
 * otherwise later output is read and dropped (never blocks it).
 */
function start(
  command: string,
  args: string[],
  env: Record<string, string>,
  logFile?: string,
): Promise<Started> {
  const logFd = logFile === undefined ? undefined : openSync(logFile, 'w');
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', logFd ?? 'pipe', 'pipe'],
    detached: true,
  });
  if (logFd !== undefined) closeSync(logFd);
  let head = '';
  return new Promise((resolve, reject) => {
    let poll: NodeJS.Timeout | undefined;
    const found = (text: string): void => {
      const match = /listening on (http:\/\/[^\s]+)/.exec(text);
      if (!match?.[1]) return;
      clearTimeout(timer);
      clearInterval(poll);
      head = 'x'.repeat(10_000); // stop buffering; keep draining
      resolve({ url: match[1], child });
    };
    const timer = setTimeout(() => {
      clearInterval(poll);
      reject(new Error(`${args.join(' ')} did not start:\n${head}`));
    }, 15_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      if (head.length < 10_000) head += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      if (head.length >= 10_000) return;
      head += chunk.toString();
      found(head);
    });
    if (logFile !== undefined) poll = setInterval(() => found(readFileSync(logFile, 'utf8')), 50);
    child.once('exit', (code) => {
      clearInterval(poll);
      reject(new Error(`${args.join(' ')} exited with ${code}:\n${head}`));
    });
  });
}

function stop(started: Started | undefined): void {
  if (started?.child.pid === undefined) return;
  try {
    process.kill(-started.child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

interface Figures {
  rps: number;
  p50: number;
  p99: number;
  bad: number;
  /** CPU µs per completed request: the load generator (this process), the upstream, the gateway (if any). */
  cpu: { load: number; upstream: number; gateway: number };
}

const CLOCK_TICK_US = 10_000; // USER_HZ is 100 on Linux whatever the kernel's HZ

/** CPU time (user + system) a process has used so far, in µs; NaN where /proc is not available. */
function processCpuUs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN;
  try {
    // Fields after the `(comm)` one: state is [0], utime [11], stime [12].
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_US;
  } catch {
    return Number.NaN;
  }
}

function selfCpuUs(): number {
  const usage = process.cpuUsage();
  return usage.user + usage.system;
}

/** Runs autocannon and measures, around it, the CPU time of this process and of the given child processes. */
async function run(
  url: string,
  seconds: number,
  upstreamPid?: number,
  gatewayPid?: number,
  connections = CONNECTIONS,
): Promise<Figures> {
  const before = [selfCpuUs(), processCpuUs(upstreamPid), processCpuUs(gatewayPid)] as const;
  const figures = await load(url, seconds, connections);
  const after = [selfCpuUs(), processCpuUs(upstreamPid), processCpuUs(gatewayPid)] as const;
  const requests = figures.rps * seconds;
  const perRequest = (i: 0 | 1 | 2) => (after[i] - before[i]) / requests;
  return { ...figures, cpu: { load: perRequest(0), upstream: perRequest(1), gateway: perRequest(2) } };
}

/** One autocannon run, each connection sending its next request as soon as the previous one is answered. */
function load(url: string, seconds: number, connections: number): Promise<Omit<Figures, 'cpu'>> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      { url, connections, duration: seconds, headers: HEADERS },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        latencies.sort((a, b) => a - b);
        resolve({
          rps: result.requests.total / seconds,
          p50: percentile(latencies, 0.5),
          p99: percentile(latencies, 0.99),
          bad: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits).padStart(9);
const us = (n: number) => (Number.isNaN(n) ? 'n/a' : n.toFixed(1));
const loadAverage = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

async function main(): Promise<void> {
  let upstream: Started | undefined;
  let gateway: Started | undefined;
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'gateway-bench-'));
  const cleanup = () => {
    stop(gateway);
    stop(upstream);
    rmSync(logDir, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  try {
    upstream = await start(process.execPath, ['-e', FIXED_UPSTREAM], {});
    gateway = await start(
      process.execPath,
      ['--import', 'tsx', GATEWAY_ENTRY],
      {
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        GATEWAY_UPSTREAM_URL: `${upstream.url}/v1`,
        GATEWAY_CREDENTIAL: 'bench-server-credential',
        ...(PUBLIC ? { GATEWAY_PUBLIC: '1' } : { GATEWAY_CALLER_TOKENS: CALLER_TOKEN }),
        GATEWAY_RATE_LIMIT: '',
      },
      path.join(logDir, 'gateway.log'),
    );
    const direct = `${upstream.url}/v1${OPERATION}`;
    const through = `${gateway.url}${OPERATION}`;
    console.log(
      `gateway bench: node ${process.version}, ${os.cpus().length} CPUs (autocannon, upstream and gateway share them), ` +
        `${CONNECTIONS} connections, ${WARMUP_S}s warm-up + ${MEASURE_S}s per run, ${ROUNDS} rounds`,
    );
    console.log(
      'upstream: fixed JSON (one canned costs page, 300 B); gateway: default spec, server credential, ' +
        `${PUBLIC ? 'no caller check (BENCH_GATEWAY_PUBLIC=1)' : 'caller token checked'}, access log on (to a file)`,
    );
    console.log(`load average at start (1, 5, 15 min): ${loadAverage()}\n`);
    const upstreamPid = upstream.child.pid;
    const gatewayPid = gateway.child.pid;

    const rows: { direct: Figures; gateway: Figures }[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      await run(direct, WARMUP_S);
      const d = await run(direct, MEASURE_S, upstreamPid);
      await run(through, WARMUP_S);
      const g = await run(through, MEASURE_S, upstreamPid, gatewayPid);
      rows.push({ direct: d, gateway: g });
      console.log(
        `run ${round}: direct ${d.rps.toFixed(0)} req/s p50 ${d.p50.toFixed(2)} ms p99 ${d.p99.toFixed(2)} ms | ` +
          `gateway ${g.rps.toFixed(0)} req/s p50 ${g.p50.toFixed(2)} ms p99 ${g.p99.toFixed(2)} ms | ` +
          `ratio ${((g.rps / d.rps) * 100).toFixed(1)}%, added p50 ${(g.p50 - d.p50).toFixed(2)} ms` +
          (d.bad + g.bad > 0 ? ` | non-2xx/errors: direct ${d.bad}, gateway ${g.bad}` : ''),
      );
      console.log(
        `       CPU µs/request: direct: load generator ${us(d.cpu.load)}, upstream ${us(d.cpu.upstream)} | ` +
          `gateway run: load generator ${us(g.cpu.load)}, upstream ${us(g.cpu.upstream)}, gateway ${us(g.cpu.gateway)}`,
      );
    }

    const med = (pick: (row: (typeof rows)[number]) => number) => median(rows.map(pick));
    const directRps = med((r) => r.direct.rps);
    const gatewayRps = med((r) => r.gateway.rps);
    const directP50 = med((r) => r.direct.p50);
    const gatewayP50 = med((r) => r.gateway.p50);
    // Each run pairs a direct and a gateway measurement taken seconds apart, so the per-run ratio and added
    // p50 cancel most of the drift of a shared machine; their medians are the headline figures.
    const ratio = med((r) => r.gateway.rps / r.direct.rps);
    const addedP50 = med((r) => r.gateway.p50 - r.direct.p50);

    console.log('\nmedians over runs     req/s     p50 ms     p99 ms');
    console.log(`direct           ${fmt(directRps, 0)} ${fmt(directP50)}  ${fmt(med((r) => r.direct.p99))}`);
    console.log(
      `through gateway  ${fmt(gatewayRps, 0)} ${fmt(gatewayP50)}  ${fmt(med((r) => r.gateway.p99))}`,
    );
    console.log(
      `\nCPU µs/request (medians): direct: load generator ${us(med((r) => r.direct.cpu.load))}, ` +
        `upstream ${us(med((r) => r.direct.cpu.upstream))} | through the gateway: load generator ` +
        `${us(med((r) => r.gateway.cpu.load))}, upstream ${us(med((r) => r.gateway.cpu.upstream))}, ` +
        `gateway ${us(med((r) => r.gateway.cpu.gateway))}`,
    );
    console.log(
      `\nthroughput ratio (median of per-run ratios): ${(ratio * 100).toFixed(1)}% of direct (target >= 50%): ` +
        (ratio >= 0.5 ? 'met' : 'NOT met'),
    );
    console.log(
      `added p50 (median of per-run differences): ${addedP50.toFixed(2)} ms (target < 2 ms): ${addedP50 < 2 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `(medians of the columns: ${((gatewayRps / directRps) * 100).toFixed(1)}% and ${(gatewayP50 - directP50).toFixed(2)} ms)`,
    );

    // Saturated runs measure capacity, and their p50 is mostly queueing (64 connections / req/s). With one
    // connection (one request in flight) the added p50 is what a request pays for the extra hop itself.
    // (autocannon's rate limiting sends each second's budget in a burst, so it cannot give this.)
    await run(direct, WARMUP_S, undefined, undefined, 1);
    const sd = await run(direct, SERIAL_S, upstreamPid, undefined, 1);
    await run(through, WARMUP_S, undefined, undefined, 1);
    const sg = await run(through, SERIAL_S, upstreamPid, gatewayPid, 1);
    console.log(
      `\none connection, ${SERIAL_S}s each: direct ${sd.rps.toFixed(0)} req/s p50 ${sd.p50.toFixed(3)} ms ` +
        `p99 ${sd.p99.toFixed(3)} ms | gateway ${sg.rps.toFixed(0)} req/s p50 ${sg.p50.toFixed(3)} ms ` +
        `p99 ${sg.p99.toFixed(3)} ms | added p50 ${(sg.p50 - sd.p50).toFixed(3)} ms | CPU µs/request: ` +
        `upstream ${us(sg.cpu.upstream)}, gateway ${us(sg.cpu.gateway)}` +
        (sd.bad + sg.bad > 0 ? ` | non-2xx/errors: direct ${sd.bad}, gateway ${sg.bad}` : ''),
    );
    console.log(`load average at end (1, 5, 15 min): ${loadAverage()}`);
  } finally {
    cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
