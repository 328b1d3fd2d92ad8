import { describe, expect, it } from 'vitest';
import { corsHeaders, preflightHeaders } from './cors-headers.ts';
import { isOriginAllowed } from './is-origin-allowed.ts';

describe('corsHeaders', () => {
  it('echoes the origin, varies on it and exposes every response header plus the fixed list', () => {
    const headers = corsHeaders('http://localhost:5173', {
      'x-custom': '1',
      'content-type': 'application/json',
    });
    expect(headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(headers.vary).toBe('origin');
    const exposed = String(headers['access-control-expose-headers']).split(', ');
    for (const name of [
      'x-custom',
      'content-type',
      'content-length',
      'x-request-id',
      'retry-after',
      'retry-after-ms',
      'openai-processing-ms',
      'x-gateway-error',
      'x-gateway-credential',
    ]) {
      expect(exposed).toContain(name);
    }
  });

  it('merges an upstream vary instead of replacing it, without duplicating origin', () => {
    expect(corsHeaders('http://a', { vary: 'accept-encoding' }).vary).toBe('accept-encoding, origin');
    expect(corsHeaders('http://a', { vary: 'Origin' }).vary).toBe('Origin');
  });
});

describe('preflightHeaders', () => {
  it('allows the methods and echoes only forwardable requested headers', () => {
    const headers = preflightHeaders('http://a', 'Authorization, Content-Type, X-Evil, cookie', (name) =>
      ['authorization', 'content-type'].includes(name),
    );
    expect(headers).toMatchObject({
      'access-control-allow-origin': 'http://a',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-max-age': '600',
    });
    expect(String(headers['access-control-allow-methods'])).toContain('GET');
  });

  it('omits allow-headers when nothing requested is forwardable', () => {
    expect(
      preflightHeaders('http://a', 'x-evil', () => false)['access-control-allow-headers'],
    ).toBeUndefined();
  });
});

describe('isOriginAllowed', () => {
  const list = ['http://localhost:5173', 'http://127.0.0.1:4173'];
  it('allows exact matches only', () => {
    expect(isOriginAllowed('http://localhost:5173', list)).toBe(true);
    expect(isOriginAllowed('http://localhost:5174', list)).toBe(false);
    expect(isOriginAllowed('http://localhost:5173.evil.example', list)).toBe(false);
    expect(isOriginAllowed('https://localhost:5173', list)).toBe(false);
    expect(isOriginAllowed('null', list)).toBe(false);
  });
  it('allows anything with *', () => {
    expect(isOriginAllowed('https://anything.example', ['*'])).toBe(true);
  });
});
