import { describe, expect, it } from 'vitest';
import { parseStartArgs } from './parse-start-args.ts';

const defaults = { pagePort: 4173, gatewayPort: 8787, demoPort: 8788, help: false };

describe('parseStartArgs', () => {
  it('without arguments: the built-in API on the default ports', () => {
    expect(parseStartArgs([], {})).toEqual({ ok: true, options: defaults });
  });

  it('takes a description and --upstream, in either form, arguments before the environment', () => {
    expect(parseStartArgs(['my-api.yaml', '--upstream', 'https://api.example.com/v2'], {})).toEqual({
      ok: true,
      options: { ...defaults, description: 'my-api.yaml', upstream: 'https://api.example.com/v2' },
    });
    const env = { TRYIT_SPEC: 'env.yaml', GATEWAY_UPSTREAM_URL: 'http://env.example' };
    expect(parseStartArgs(['--upstream=http://arg.example', 'arg.yaml'], env)).toMatchObject({
      options: { description: 'arg.yaml', upstream: 'http://arg.example' },
    });
    expect(parseStartArgs([], env)).toMatchObject({
      options: { description: 'env.yaml', upstream: 'http://env.example' },
    });
  });

  it('reads the ports from PAGE_PORT, GATEWAY_PORT and DEMO_PORT (0: any free port)', () => {
    expect(parseStartArgs([], { PAGE_PORT: '0', GATEWAY_PORT: ' 9000 ', DEMO_PORT: '65535' })).toEqual({
      ok: true,
      options: { ...defaults, pagePort: 0, gatewayPort: 9000, demoPort: 65535 },
    });
  });

  it('names what is wrong', () => {
    expect(parseStartArgs([], { PAGE_PORT: 'http' })).toEqual({
      ok: false,
      message: 'PAGE_PORT must be a port number 0..65535 (0: any free port), got "http"',
    });
    expect(parseStartArgs([], { GATEWAY_PORT: '70000' })).toMatchObject({ ok: false });
    expect(parseStartArgs(['--port', '1'], {})).toEqual({ ok: false, message: 'unknown option --port' });
    expect(parseStartArgs(['a.yaml', 'b.yaml'], {})).toEqual({
      ok: false,
      message: 'one description at a time (got a.yaml, b.yaml)',
    });
    expect(parseStartArgs(['--upstream'], {})).toEqual({ ok: false, message: '--upstream needs a URL' });
    expect(parseStartArgs(['--upstream', 'ftp://x'], {})).toEqual({
      ok: false,
      message: 'the upstream must be http(s): ftp://x',
    });
    expect(parseStartArgs([], { GATEWAY_UPSTREAM_URL: 'not a url' })).toMatchObject({ ok: false });
  });

  it('--help and -h ask for the usage', () => {
    expect(parseStartArgs(['--help'], {})).toMatchObject({ ok: true, options: { help: true } });
    expect(parseStartArgs(['-h'], {})).toMatchObject({ ok: true, options: { help: true } });
  });
});
