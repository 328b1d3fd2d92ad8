import { describe, expect, it } from 'vitest';
import { readGatewayHealth } from './check-gateway.ts';

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
