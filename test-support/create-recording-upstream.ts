import http from 'node:http';
import { closeServer } from '../node-support/close-server.ts';
import { listenOn } from '../node-support/listen-on.ts';

/** One request as the recording upstream saw it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** True once the whole body arrived (an aborted upload stays false). */
  complete: boolean;
  /** True when the connection closed before the response was finished (the gateway gave up on it). */
  abandoned: boolean;
  /** Mode `events`: writes one server-sent event now (the response stays open until `endEvents`). */
  sendEvent?: (data: string) => void;
  endEvents?: () => void;
}

/** A test upstream on 127.0.0.1 that records every request it gets. */
export interface RecordingUpstream {
  readonly url: string;
  readonly requests: RecordedRequest[];
  reset(): void;
  close(): Promise<void>;
}

/**
 * Starts the recording upstream used by the gateway socket tests and the benchmark's sanity checks. The query
 * parameter `mode` picks a behaviour, since the gateway forwards the query unchanged:
 * default: 200 JSON echo with headers the gateway must strip (set-cookie, server, x-powered-by, via);
 * `slow`: never answers; `delay`: answers after `ms`; `redirect`: 302 to another host;
 * `big`: chunked body of `bytes` bytes; `bigdeclared`: content-length of `bytes` (body never sent);
 * `stall`: headers and a first chunk, then silence; `manyheaders`: `count` extra header lines;
 * `bigheader`: one header of `bytes` bytes; `events`: a `text/event-stream` response whose events the test writes
 * one at a time (`sendEvent`), so it can check that each one arrives before the next is written.
 */
export async function createRecordingUpstream(): Promise<RecordingUpstream> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const record: RecordedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: '',
      complete: false,
      abandoned: false,
    };
    res.once('close', () => {
      record.abandoned = !res.writableFinished;
    });
    requests.push(record);
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      record.body += chunk;
    });
    req.on('end', () => {
      record.complete = true;
      respond(new URL(req.url ?? '/', 'http://upstream.invalid'), record, res);
    });
  });
  const url = await listenOn(server, '127.0.0.1', 0);
  return {
    url,
    requests,
    reset() {
      requests.length = 0;
    },
    close: () => closeServer(server),
  };
}

function respond(url: URL, record: RecordedRequest, res: http.ServerResponse): void {
  const mode = url.searchParams.get('mode');
  const bytes = Number(url.searchParams.get('bytes') ?? '0');
  switch (mode) {
    case 'slow':
      return;
    case 'delay':
      setTimeout(() => echo(record, res), Number(url.searchParams.get('ms') ?? '100'));
      return;
    case 'redirect':
      res.writeHead(302, { location: 'https://elsewhere.example/landing', 'content-length': '0' });
      res.end();
      return;
    case 'big': {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      const chunk = Buffer.alloc(16 * 1024, 97);
      let sent = 0;
      const pump = (): void => {
        while (sent < bytes) {
          sent += chunk.length;
          if (!res.write(chunk)) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
      return;
    }
    case 'stall':
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"partial":');
      return;
    case 'events':
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.flushHeaders();
      record.sendEvent = (data) => res.write(`data: ${data}\n\n`);
      record.endEvents = () => res.end();
      return;
    case 'manyheaders': {
      const count = Number(url.searchParams.get('count') ?? '0');
      const headers: Record<string, string> = { 'content-length': '2' };
      for (let i = 0; i < count; i++) headers[`x-extra-${i}`] = String(i);
      res.writeHead(200, headers);
      res.end('{}');
      return;
    }
    case 'bigheader':
      res.writeHead(200, { 'content-length': '2', 'x-big': 'b'.repeat(bytes) });
      res.end('{}');
      return;
    case 'bigdeclared':
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(bytes) });
      res.write('partial');
      return;
    default:
      echo(record, res);
  }
}

function echo(record: RecordedRequest, res: http.ServerResponse): void {
  const body = JSON.stringify({ ok: true, method: record.method, url: record.url, body: record.body });
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'set-cookie': ['upstream_session=abc; HttpOnly', 'tracking=1'],
    server: 'recording-upstream/1.0',
    'x-powered-by': 'node',
    via: '1.1 upstream-proxy',
    'x-request-id': 'req_recorded',
    'x-upstream-extra': 'visible',
    'access-control-allow-origin': '*',
  });
  res.end(body);
}
