import { describe, expect, it } from 'vitest';
import { createGatewayMetrics } from './create-gateway-metrics.ts';

describe('createGatewayMetrics', () => {
  it('counts requests by operation, status and code, with cumulative latency buckets, never the raw path', async () => {
    const metrics = createGatewayMetrics();
    metrics.observe({
      method: 'GET',
      path: '/secret/path?api_key=REDACTED',
      status: 404,
      ms: 0.5,
      code: 'operation_not_allowed',
    });
    metrics.observe({ method: 'GET', path: '/a', status: 200, ms: 3, operation: 'GET /a', upstreamMs: 2 });
    metrics.observe({ method: 'GET', path: '/a', status: 200, ms: 40, operation: 'GET /a', upstreamMs: 30 });
    metrics.connectionRefused();
    const text = await metrics.render();
    expect(metrics.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(text).toContain(
      'tryit_gateway_requests_total{operation="none",status="404",code="operation_not_allowed"} 1',
    );
    expect(text).toContain('tryit_gateway_requests_total{operation="GET /a",status="200",code="none"} 2');
    expect(text).toContain('tryit_gateway_request_duration_seconds_bucket{le="0.001",operation="GET /a"} 0');
    expect(text).toContain('tryit_gateway_request_duration_seconds_bucket{le="0.005",operation="GET /a"} 1');
    expect(text).toContain('tryit_gateway_request_duration_seconds_bucket{le="0.05",operation="GET /a"} 2');
    expect(text).toContain('tryit_gateway_request_duration_seconds_bucket{le="+Inf",operation="GET /a"} 2');
    expect(text).toContain('tryit_gateway_request_duration_seconds_count{operation="GET /a"} 2');
    expect(text).toContain('tryit_gateway_upstream_duration_seconds_sum{operation="GET /a"} 0.032');
    expect(text).toContain('tryit_gateway_connections_refused_total 1');
    expect(text).toMatch(/^# TYPE tryit_gateway_request_duration_seconds histogram$/m);
    expect(text).not.toContain('secret');
  });
});
