import { describe, expect, it } from 'vitest';
import { checkGateway, readGatewayHealth } from './check-gateway.ts';

describe('readGatewayHealth', () => {
  it('reads a v2 body', () => {
    const api = { title: 'OpenAI API', version: '2.3.0', digest: 'b'.repeat(64) };
    expect(
      readGatewayHealth(
        {
          status: 'ok',
          upstream: 'api.openai.com',
          credential: 'server',
          operations: 11,
          callerCheck: 'jwt',
          api,
        },
        'server',
      ),
    ).toEqual({ status: 'ok', upstream: 'api.openai.com', credential: 'server', callerCheck: 'jwt', api });
  });

  it('reads a v1 body: no caller check, no api', () => {
    expect(
      readGatewayHealth({ status: 'ok', upstream: 'h', credential: 'browser', operations: 3 }, null),
    ).toEqual({
      status: 'ok',
      upstream: 'h',
      credential: 'browser',
    });
  });

  it('leaves out malformed fields instead of failing, and takes the credential from the header', () => {
    expect(
      readGatewayHealth(
        { status: 'ok', upstream: 42, credential: 'maybe', callerCheck: 'password', api: { title: 'x' } },
        'server',
      ),
    ).toEqual({ status: 'ok', credential: 'server' });
  });

  it('a body that is not JSON (undefined) still reports ok with the header credential', () => {
    expect(readGatewayHealth(undefined, 'browser')).toEqual({ status: 'ok', credential: 'browser' });
    expect(readGatewayHealth(undefined, 'other')).toEqual({ status: 'ok' });
  });
});

/** A fetch that answers every call with `body` (JSON unless a string) and `init`, recording the URLs. */
function answering(body: unknown, init: ResponseInit = {}) {
  const calls: string[] = [];
  const fetchImpl = (async (input: RequestInfo | URL) => {
    calls.push(String(input));
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
      ...init,
    });
  }) as typeof fetch;
  return { calls, fetchImpl };
}

describe('checkGateway', () => {
  it('reads a v2 health body and calls the health route once, without a doubled slash', async () => {
    const body = {
      status: 'ok',
      upstream: 'api.openai.com',
      credential: 'server',
      operations: 11,
      callerCheck: 'none',
      api: { title: 'Usage', version: '2.3.0', digest: 'a'.repeat(64) },
    };
    const { calls, fetchImpl } = answering(body);
    const { operations: _, ...kept } = body;
    expect(await checkGateway(' http://127.0.0.1:8787/ ', undefined, fetchImpl)).toEqual(kept);
    expect(calls).toEqual(['http://127.0.0.1:8787/_gateway/health']);
  });

  it('takes who holds the key from the header when an older body does not say', async () => {
    const { fetchImpl } = answering(
      { status: 'ok', upstream: 'x' },
      { headers: { 'x-gateway-credential': 'browser' } },
    );
    expect((await checkGateway('http://g', undefined, fetchImpl)).credential).toBe('browser');
  });

  it('says so when something else answers at the URL', async () => {
    const { fetchImpl } = answering('<html>hello</html>', { headers: { 'content-type': 'text/html' } });
    await expect(checkGateway('http://g', undefined, fetchImpl)).rejects.toThrow(/not as a Try It gateway/);
    const wrongShape = answering({ status: 'ok', credential: 'maybe' });
    await expect(checkGateway('http://g', undefined, wrongShape.fetchImpl)).rejects.toThrow(
      /not as a Try It gateway/,
    );
  });

  it('names the HTTP status of an error answer', async () => {
    const { fetchImpl } = answering({ error: 'no' }, { status: 503 });
    await expect(checkGateway('http://g', undefined, fetchImpl)).rejects.toThrow('HTTP 503');
  });

  it('says the gateway is not reachable when fetch fails (down, CORS)', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(checkGateway('http://g', undefined, fetchImpl)).rejects.toThrow(/Not reachable/);
  });
});
