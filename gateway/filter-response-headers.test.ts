import { describe, expect, it } from 'vitest';
import { filterResponseHeaders } from './filter-response-headers.ts';

describe('filterResponseHeaders', () => {
  it('strips hop-by-hop, cookies, server identification and upstream CORS, keeps the rest', () => {
    const out = filterResponseHeaders({
      connection: 'keep-alive, x-hop',
      'keep-alive': 'timeout=5',
      'x-hop': 'only for this hop',
      'transfer-encoding': 'chunked',
      trailer: 'x',
      upgrade: 'h2c',
      'proxy-authenticate': 'Basic',
      'set-cookie': ['a=1', 'b=2'],
      server: 'cloudflare',
      'x-powered-by': 'Express',
      via: '1.1 varnish',
      'alt-svc': 'h3=":443"',
      'access-control-allow-origin': '*',
      'content-type': 'application/json',
      'content-length': '10',
      'content-encoding': 'gzip',
      'x-request-id': 'req_1',
      'retry-after': '2',
      'openai-processing-ms': '12',
      location: 'https://example.com/next',
    });
    expect(out).toEqual({
      'content-type': 'application/json',
      'content-length': '10',
      'content-encoding': 'gzip',
      'x-request-id': 'req_1',
      'retry-after': '2',
      'openai-processing-ms': '12',
      location: 'https://example.com/next',
    });
  });
});
