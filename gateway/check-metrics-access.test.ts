import { describe, expect, it } from 'vitest';
import { checkMetricsAccess, loadMetricsAccess } from './check-metrics-access.ts';

const TOKEN = 'metrics-scrape-token-0123456789';

describe('checkMetricsAccess', () => {
  it('serves loopback peers by default, and refuses everyone else', () => {
    const access = loadMetricsAccess({});
    expect(checkMetricsAccess(access, '127.0.0.1', {})).toBe('serve');
    expect(checkMetricsAccess(access, '::1', {})).toBe('serve');
    expect(checkMetricsAccess(access, '::ffff:127.0.0.1', {})).toBe('serve');
    expect(checkMetricsAccess(access, '10.0.0.7', {})).toBe('forbidden');
    expect(checkMetricsAccess(access, '::ffff:192.0.2.1', {})).toBe('forbidden');
    expect(checkMetricsAccess(access, undefined, {})).toBe('forbidden');
  });

  it('refuses a loopback peer that is a reverse proxy speaking for someone else', () => {
    const access = loadMetricsAccess({});
    expect(checkMetricsAccess(access, '127.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).toBe('forbidden');
    expect(checkMetricsAccess(access, '127.0.0.1', { forwarded: 'for=203.0.113.9' })).toBe('forbidden');
  });

  it('with a token: only the right Bearer token, from any address', () => {
    const access = loadMetricsAccess({ GATEWAY_METRICS_TOKEN: TOKEN });
    expect(access.kind).toBe('token');
    expect(JSON.stringify(access)).not.toContain(TOKEN);
    expect(checkMetricsAccess(access, '10.0.0.7', { authorization: `Bearer ${TOKEN}` })).toBe('serve');
    expect(checkMetricsAccess(access, '127.0.0.1', {})).toBe('forbidden');
    expect(checkMetricsAccess(access, '127.0.0.1', { authorization: `Bearer ${TOKEN}x` })).toBe('forbidden');
    expect(checkMetricsAccess(access, '127.0.0.1', { authorization: TOKEN })).toBe('forbidden');
  });

  it('can be switched off, and refuses contradicting or weak settings', () => {
    expect(checkMetricsAccess(loadMetricsAccess({ GATEWAY_METRICS: 'off' }), '127.0.0.1', {})).toBe('off');
    expect(() => loadMetricsAccess({ GATEWAY_METRICS: 'off', GATEWAY_METRICS_TOKEN: TOKEN })).toThrow(
      /pick one/,
    );
    expect(() => loadMetricsAccess({ GATEWAY_METRICS_TOKEN: 'short' })).toThrow(/16 characters/);
    expect(() => loadMetricsAccess({ GATEWAY_METRICS: 'public' })).toThrow(/GATEWAY_METRICS/);
  });
});
