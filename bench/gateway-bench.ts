/**
 * Gateway speed benchmark (`npm run bench:gateway`): ours against nginx and a bare Node proxy.
 *
 * Starts, as separate processes on 127.0.0.1, a trivial fixed-JSON upstream (one canned costs page, so the
 * figures measure the proxies, not the demo's data generation) and in front of it, each injecting the same
 * server-held credential:
 * - nginx (Debian `nginx-light`), one process (`master_process off`, one worker's work), configured as a
 *   credential-injecting reverse proxy with upstream keep-alive and an access log, config generated into a temp dir;
 * - a bare Node proxy: node:http in, an undici pool out, the same low-level dispatch as ours, no rules at all
 *   (the practical ceiling for Node);
 * - ours (`gateway/main.ts`, default engine: node:http + undici, default spec, access log to a file, metrics on);
 * - ours with the Web-standard handler (`GATEWAY_ENGINE=fetch`), to show what the fast path is worth;
 * - ours checking a caller token on every request (`GATEWAY_CALLER_TOKENS`), as a key-holding gateway on the
 *   internet must (the two above run with GATEWAY_PUBLIC=1, like nginx and the bare proxy, which check nothing);
 * - the upstream directly, for reference.
 * autocannon (64 connections, 1 s warm-up + 5 s measured) runs against each in turn, interleaved, 3 rounds; the
 * figures are medians over rounds. Latency percentiles come from autocannon's per-response timings (sub-ms), not its
 * 1 ms histogram. CPU time per request is read for each process from /proc/<pid>/stat around each measured run
 * (the load generator's from process.cpuUsage): on 2 shared cores it moves far less with the machine's load than
 * req/s. Targets are reported, never enforced: the exit code is 0 whatever the figures.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { freePort } from '../test-support/free-port.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 64;
const WARMUP_S = 1;
const MEASURE_S = 5;
// BENCH_ROUNDS and BENCH_TARGETS (comma-separated names) narrow a run while working on one proxy.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? '3');
const ONLY = process.env.BENCH_TARGETS?.split(',').map((name) => name.trim());
const OPERATION = '/organization/costs?start_time=1730419200&limit=1';
const CREDENTIAL = 'bench-server-credential';
/** The caller token "ours (token)" checks. Every target gets the header (the others drop or ignore it), so every
 * request has the same bytes. */
const CALLER_TOKEN = 'bench-caller-token-00000000';
const HEADERS = {
  authorization: 'Bearer bench-browser-key',
  accept: 'application/json',
  'x-gateway-token': CALLER_TOKEN,
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

// The practical ceiling for Node: the same node:http server and undici dispatch as ours, and nothing else (no
// admission, no header filters, no CORS, no log, no metrics). argv[1]: the upstream origin.
const BARE_PROXY = `
const http = require('node:http');
const { Pool } = require('undici');
const pool = new Pool(process.argv[1], { connections: 256, pipelining: 1, headersTimeout: 0, bodyTimeout: 0 });
class Relay {
  constructor(res) { this.res = res; }
  onRequestStart() {}
  onResponseStart(controller, status, headers) { this.res.writeHead(status, headers); }
  onResponseData(controller, chunk) { this.res.write(chunk); }
  onResponseEnd() { this.res.end(); }
  onResponseError() { if (!this.res.headersSent) { this.res.statusCode = 502; } this.res.end(); }
}
http.createServer({ noDelay: true }, (req, res) => {
  req.resume();
  pool.dispatch({ method: req.method, path: '/v1' + req.url,
    headers: { authorization: 'Bearer ${CREDENTIAL}', accept: req.headers.accept || '*/*' } }, new Relay(res));
}).listen(0, '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port); });
process.on('SIGTERM', () => process.exit(0));
`;

/** nginx as a credential-injecting reverse proxy: one process, upstream keep-alive, an access log like ours. */
function nginxConfig(dir: string, port: number, upstreamPort: number): string {
  return `
daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  keepalive_requests 100000;
  upstream api { server 127.0.0.1:${upstreamPort}; keepalive 256; }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://api/v1/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host 127.0.0.1:${upstreamPort};
      proxy_set_header Authorization "Bearer ${CREDENTIAL}";
      proxy_set_header Cookie "";
      proxy_hide_header Set-Cookie;
    }
  }
}
`;
}

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

interface Target {
  name: string;
  url: string;
  pid: number | undefined;
}

async function main(): Promise<void> {
  const started: Started[] = [];
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gateway-bench-'));
  const cleanup = () => {
    for (const process of started) stop(process);
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('exit', cleanup);
  try {
    const upstream = await start(process.execPath, ['-e', FIXED_UPSTREAM], {});
    started.push(upstream);
    const upstreamPort = Number(new URL(upstream.url).port);
    const gatewayEnv = {
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: `${upstream.url}/v1`,
      GATEWAY_CREDENTIAL: CREDENTIAL,
      GATEWAY_PUBLIC: '1',
      GATEWAY_RATE_LIMIT: '',
      // The load generator's 64 connections come from one address.
      GATEWAY_MAX_CONNECTIONS_PER_CLIENT: '1000',
    };
    const ours = await start(
      process.execPath,
      ['--import', 'tsx', GATEWAY_ENTRY],
      gatewayEnv,
      path.join(dir, 'ours.log'),
    );
    const oursFetch = await start(
      process.execPath,
      ['--import', 'tsx', GATEWAY_ENTRY],
      { ...gatewayEnv, GATEWAY_ENGINE: 'fetch' },
      path.join(dir, 'ours-fetch.log'),
    );
    const { GATEWAY_PUBLIC: _public, ...tokenEnv } = gatewayEnv;
    const oursToken = await start(
      process.execPath,
      ['--import', 'tsx', GATEWAY_ENTRY],
      { ...tokenEnv, GATEWAY_CALLER_TOKENS: CALLER_TOKEN },
      path.join(dir, 'ours-token.log'),
    );
    const bare = await start(process.execPath, ['-e', BARE_PROXY, upstream.url], {});
    started.push(ours, oursFetch, oursToken, bare);
    const nginx = await startNginx(dir, upstreamPort);
    if (nginx) started.push(nginx);

    const targets: Target[] = [
      { name: 'direct', url: `${upstream.url}/v1${OPERATION}`, pid: undefined },
      ...(nginx ? [{ name: 'nginx', url: `${nginx.url}${OPERATION}`, pid: nginx.child.pid }] : []),
      { name: 'bare node', url: `${bare.url}${OPERATION}`, pid: bare.child.pid },
      { name: 'ours', url: `${ours.url}${OPERATION}`, pid: ours.child.pid },
      { name: 'ours (fetch)', url: `${oursFetch.url}${OPERATION}`, pid: oursFetch.child.pid },
      { name: 'ours (token)', url: `${oursToken.url}${OPERATION}`, pid: oursToken.child.pid },
    ].filter((target) => ONLY === undefined || ONLY.includes(target.name));
    console.log(
      `gateway bench: node ${process.version}, ${os.cpus().length} CPUs (load generator, upstream and proxies share ` +
        `them), ${CONNECTIONS} connections, ${WARMUP_S}s warm-up + ${MEASURE_S}s per run, ${ROUNDS} rounds, interleaved`,
    );
    console.log(
      'upstream: fixed JSON (one canned costs page, 300 B); every proxy injects the same credential and writes an ' +
        'access log to a file' +
        (nginx ? '' : '\nnginx: NOT RUN (not installed: apt-get install nginx-light)'),
    );
    console.log(`load average at start (1, 5, 15 min): ${loadAverage()}\n`);

    const rows = new Map<string, Figures[]>(targets.map((target) => [target.name, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      for (const target of targets) {
        await run(target.url, WARMUP_S);
        const figures = await run(target.url, MEASURE_S, upstream.child.pid, target.pid);
        rows.get(target.name)?.push(figures);
        console.log(
          `round ${round} ${target.name.padEnd(12)} ${figures.rps.toFixed(0).padStart(6)} req/s  p50 ` +
            `${figures.p50.toFixed(2)} ms  p99 ${figures.p99.toFixed(2)} ms  CPU µs/req: proxy ` +
            `${us(figures.cpu.gateway)}, upstream ${us(figures.cpu.upstream)}, load generator ${us(figures.cpu.load)}` +
            (figures.bad > 0 ? `  non-2xx/errors: ${figures.bad}` : ''),
        );
      }
    }

    const med = (name: string, pick: (figures: Figures) => number) =>
      median((rows.get(name) ?? []).map(pick));
    console.log(
      `\nmedians over ${ROUNDS} rounds   req/s     p50 ms     p99 ms   proxy CPU µs/req   upstream   load gen`,
    );
    for (const target of targets) {
      const name = target.name;
      console.log(
        `${name.padEnd(16)} ${fmt(
          med(name, (f) => f.rps),
          0,
        )} ${fmt(med(name, (f) => f.p50))}  ${fmt(med(name, (f) => f.p99))}` +
          `   ${us(med(name, (f) => f.cpu.gateway)).padStart(12)}   ${us(med(name, (f) => f.cpu.upstream)).padStart(8)}` +
          `   ${us(med(name, (f) => f.cpu.load)).padStart(8)}`,
      );
    }
    // Ratios per round (each pair measured seconds apart), then their median: drift of a shared machine cancels.
    const ratio = (a: string, b: string) => {
      const mine = rows.get(a) ?? [];
      const theirs = rows.get(b) ?? [];
      return median(mine.map((figures, i) => figures.rps / (theirs[i]?.rps ?? Number.NaN)));
    };
    const report = (label: string, value: number, target: number) =>
      console.log(
        `${label}: ${value.toFixed(2)}× (target >= ${target}×): ${value >= target ? 'met' : 'NOT met'}`,
      );
    console.log('');
    if (nginx) report('ours / nginx (req/s)', ratio('ours', 'nginx'), 0.75);
    report('ours / bare node proxy (req/s)', ratio('ours', 'bare node'), 0.9);
    console.log(
      `ours (fetch engine) / ours (default engine) (req/s): ${ratio('ours (fetch)', 'ours').toFixed(2)}×`,
    );
    console.log(
      `ours checking a caller token / ours without (req/s): ${ratio('ours (token)', 'ours').toFixed(2)}×`,
    );
    if (nginx) console.log(`bare node proxy / nginx (req/s): ${ratio('bare node', 'nginx').toFixed(2)}×`);
    const cpu = (name: string) => med(name, (f) => f.cpu.gateway);
    if (nginx) {
      console.log(
        `proxy CPU per request: nginx ${us(cpu('nginx'))} µs, bare node ${us(cpu('bare node'))} µs, ours ` +
          `${us(cpu('ours'))} µs, ours (fetch) ${us(cpu('ours (fetch)'))} µs`,
      );
    }
    console.log(`load average at end (1, 5, 15 min): ${loadAverage()}`);
  } finally {
    cleanup();
  }
}

/** Starts nginx with a generated config on a free port; undefined (and said so) when nginx is not installed. */
async function startNginx(dir: string, upstreamPort: number): Promise<Started | undefined> {
  const binary = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate));
  if (!binary) return undefined;
  const port = await freePort();
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(path.join(dir, sub), { recursive: true });
  const config = path.join(dir, 'nginx.conf');
  writeFileSync(config, nginxConfig(dir, port, upstreamPort));
  const child = spawn(binary, ['-p', dir, '-c', config, '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`${url}/`, { signal: AbortSignal.timeout(500) }).then(
      () => true,
      () => false,
    );
    if (up) return { url, child };
    if (child.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not start: ${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`benchmark could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
