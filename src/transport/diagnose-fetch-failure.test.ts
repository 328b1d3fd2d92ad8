import { describe, expect, it } from 'vitest';
import { diagnoseFetchFailure } from './diagnose-fetch-failure.ts';

const SECRET = 'key-SECRET-9';

/** A browser's view of a gateway: the health route answers unless `down`; a preflight with a `refused` header fails. */
function browser({ down = false, refused = [] as string[] }) {
  const probes: Record<string, string>[] = [];
  const fetchImpl = (async (url: string, init: RequestInit = {}) => {
    const headers = Object.fromEntries(new Headers(init.headers));
    probes.push(headers);
    if (!url.endsWith('/_gateway/health')) throw new Error(`unexpected URL ${url}`);
    if (down || Object.keys(headers).some((name) => refused.includes(name)))
      throw new TypeError('Failed to fetch');
    return new Response('{"status":"ok"}');
  }) as typeof fetch;
  return { fetchImpl, probes };
}

const sent = () =>
  new Headers({
    'content-type': 'application/json',
    accept: 'application/json',
    'x-api-key': SECRET,
    authorization: `Bearer ${SECRET}`,
  });

describe('diagnoseFetchFailure', () => {
  const signal = new AbortController().signal;

  it('names the header the preflight refuses and the gateway that answers, and never re-sends a credential', async () => {
    const { fetchImpl, probes } = browser({ refused: ['x-api-key'] });
    const failure = await diagnoseFetchFailure({
      base: 'http://127.0.0.1:8787/api',
      headers: sent(),
      fetchImpl,
      signal,
      detail: 'Failed to fetch',
    });
    expect(failure).toEqual({
      hop: 'gateway',
      message:
        'The gateway at http://127.0.0.1:8787 answers, but its CORS preflight refused the header X-Api-Key, so the ' +
        'browser did not send the request. The gateway forwards only the headers its API description declares ' +
        '(parameters and security schemes): start it with a description that declares it.',
      detail: 'Failed to fetch',
    });
    expect(failure.message).not.toMatch(/could not reach/i);
    // One plain health probe, then one per header that needs a preflight (accept needs none).
    expect(probes.map((headers) => Object.keys(headers))).toEqual([
      [],
      ['authorization'],
      ['content-type'],
      ['x-api-key'],
    ]);
    expect(JSON.stringify(probes)).not.toContain(SECRET);
  });

  it('lists every refused header', async () => {
    const { fetchImpl } = browser({ refused: ['x-api-key', 'authorization'] });
    const failure = await diagnoseFetchFailure({
      base: 'http://gw.test',
      headers: sent(),
      fetchImpl,
      signal,
      detail: undefined,
    });
    expect(failure.message).toContain('refused the headers Authorization, X-Api-Key,');
    expect(failure.detail).toBe('header_not_allowed: Authorization, X-Api-Key');
  });

  it('says the gateway cannot be reached only when its health route does not answer either', async () => {
    const { fetchImpl, probes } = browser({ down: true });
    const failure = await diagnoseFetchFailure({
      base: 'http://gw.test',
      headers: sent(),
      fetchImpl,
      signal,
      detail: 'x',
    });
    expect(failure).toEqual({
      hop: 'browser',
      message:
        "Could not reach the gateway at http://gw.test. Check that it is running and that it allows this page's origin (CORS).",
      detail: 'x',
    });
    expect(probes).toHaveLength(1);
  });

  it('says the gateway answers when no single header explains the refusal', async () => {
    const { fetchImpl } = browser({});
    const failure = await diagnoseFetchFailure({
      base: 'http://gw.test',
      headers: sent(),
      fetchImpl,
      signal,
      detail: undefined,
    });
    expect(failure.hop).toBe('gateway');
    expect(failure.message).toMatch(/^The gateway at http:\/\/gw.test answers its health check/);
  });
});
