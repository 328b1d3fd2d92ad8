import { describe, expect, it } from 'vitest';
import {
  BASE_REQUEST_HEADERS,
  filterRequestHeaders,
  isDeniedRequestHeader,
} from './filter-request-headers.ts';

const allow = new Set([...BASE_REQUEST_HEADERS, 'x-trace', 'cookie', 'host']);

const browserHeaders = {
  host: 'gateway.local:8787',
  connection: 'keep-alive',
  'keep-alive': 'timeout=5',
  'proxy-authorization': 'Basic abc',
  te: 'trailers',
  trailer: 'x',
  'transfer-encoding': 'chunked',
  upgrade: 'websocket',
  'content-length': '12',
  cookie: 'session=1',
  origin: 'http://localhost:5173',
  referer: 'http://localhost:5173/docs',
  'sec-fetch-mode': 'cors',
  'sec-ch-ua': '"Chromium"',
  'sec-ch-ua-platform': '"Linux"',
  'x-forwarded-for': '10.0.0.1',
  'x-unknown': 'y',
  accept: 'application/json',
  'accept-encoding': 'gzip, br',
  'content-type': 'application/json',
  authorization: 'Bearer browser-key',
  'openai-organization': 'org_1',
  'openai-project': 'proj_1',
  'x-trace': 'on',
};

describe('filterRequestHeaders', () => {
  it('forwards only the allowlist and drops hop-by-hop, browser and routing headers', () => {
    expect(filterRequestHeaders(browserHeaders, allow)).toEqual({
      ok: true,
      headers: {
        accept: 'application/json',
        'accept-encoding': 'gzip, br',
        'content-type': 'application/json',
        authorization: 'Bearer browser-key',
        'openai-organization': 'org_1',
        'openai-project': 'proj_1',
        'x-trace': 'on',
      },
    });
  });

  it('replaces the browser Authorization with the server credential', () => {
    const result = filterRequestHeaders(browserHeaders, allow, 'server-secret');
    expect(result.ok && result.headers.authorization).toBe('Bearer server-secret');
  });

  it('sets the server credential even when the browser sent none', () => {
    const result = filterRequestHeaders({ accept: '*/*' }, allow, 'server-secret');
    expect(result).toEqual({ ok: true, headers: { accept: '*/*', authorization: 'Bearer server-secret' } });
  });

  it.each([
    ['CR', 'a\rb'],
    ['LF', 'a\nb'],
    ['CRLF injection', 'x\r\nHost: evil'],
    ['NUL', 'a\u0000b'],
  ])('refuses a %s in any header value, allowed or not', (_name, value) => {
    expect(filterRequestHeaders({ 'x-trace': value }, allow).ok).toBe(false);
    expect(filterRequestHeaders({ 'x-not-allowed': value }, allow).ok).toBe(false);
    expect(filterRequestHeaders({ 'set-cookie': ['ok', value] }, allow).ok).toBe(false);
  });
});

describe('isDeniedRequestHeader', () => {
  it.each([
    'Host',
    'cookie',
    'Proxy-Foo',
    'sec-fetch-site',
    'sec-ch-ua-mobile',
    'X-Forwarded-Host',
    'forwarded',
  ])('denies %s', (name) => expect(isDeniedRequestHeader(name)).toBe(true));
  it.each(['authorization', 'content-type', 'openai-project'])('does not deny %s', (name) =>
    expect(isDeniedRequestHeader(name)).toBe(false),
  );
});

describe('filterRequestHeaders: hop-by-hop and overrides', () => {
  const declared = new Set([...BASE_REQUEST_HEADERS, 'x-trace', 'x-http-method-override', 'x-original-url']);

  it('drops allowlisted headers that the request names in Connection', () => {
    const result = filterRequestHeaders(
      { connection: 'x-trace, OpenAI-Project', 'x-trace': 'on', 'openai-project': 'p', accept: '*/*' },
      declared,
    );
    expect(result).toEqual({ ok: true, headers: { accept: '*/*' } });
  });

  it('keeps headers when Connection only says keep-alive or close', () => {
    for (const connection of ['keep-alive', 'close', 'Keep-Alive']) {
      const result = filterRequestHeaders({ connection, 'x-trace': 'on' }, declared);
      expect(result).toEqual({ ok: true, headers: { 'x-trace': 'on' } });
    }
  });

  it('never forwards method or routing overrides, even when the description declares them', () => {
    for (const name of [
      'x-http-method-override',
      'x-http-method',
      'x-method-override',
      'x-original-method',
      'x-original-url',
      'x-rewrite-url',
    ]) {
      expect(isDeniedRequestHeader(name), name).toBe(true);
    }
    const result = filterRequestHeaders(
      { 'x-http-method-override': 'DELETE', 'x-original-url': '/admin', accept: '*/*' },
      declared,
    );
    expect(result).toEqual({ ok: true, headers: { accept: '*/*' } });
  });
});
