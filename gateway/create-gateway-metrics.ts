import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { AccessRecord } from './access-record.ts';

/** The gateway's Prometheus metrics: fed one access record per request, rendered in the text format. */
export interface GatewayMetrics {
  observe(record: AccessRecord): void;
  /** A client connection closed at once because its address already held its share. */
  connectionRefused(): void;
  /** The rate-limit store failed a check (Redis away): the request was let through or refused as configured. */
  rateLimitStoreFailed(): void;
  render(): Promise<string>;
  readonly contentType: string;
}

// Request latency from sub-millisecond (a refusal) to a long stream; upstream time over the same range.
const BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120];

/**
 * Creates the metrics, in a registry of their own (never prom-client's global one, so two gateways in one process
 * stay apart): `tryit_gateway_requests_total{operation,status,code}`, `tryit_gateway_request_duration_seconds`
 * and `tryit_gateway_upstream_duration_seconds` by operation, refused connections, rate-limit store failures, and
 * prom-client's process metrics (CPU, memory, event-loop lag). Labels are bounded: the operation is a template
 * of the description (or `none` when nothing matched), never a raw path; nothing holds a credential.
 */
export function createGatewayMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tryit_gateway_' });
  const requests = new Counter({
    name: 'tryit_gateway_requests_total',
    help: 'Requests answered, by operation, status and gateway error code (none when the answer is not a gateway error).',
    labelNames: ['operation', 'status', 'code'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'tryit_gateway_request_duration_seconds',
    help: 'Time from the request to the last byte of the response, by operation.',
    labelNames: ['operation'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  const upstream = new Histogram({
    name: 'tryit_gateway_upstream_duration_seconds',
    help: 'Time from dispatch to the upstream response head, by operation.',
    labelNames: ['operation'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  const refusedConnections = new Counter({
    name: 'tryit_gateway_connections_refused_total',
    help: 'Client connections closed at once: the address already held GATEWAY_MAX_CONNECTIONS_PER_CLIENT.',
    registers: [registry],
  });
  const storeFailures = new Counter({
    name: 'tryit_gateway_rate_limit_store_errors_total',
    help: 'Rate-limit checks the store could not answer (then GATEWAY_RATE_LIMIT_FAIL decided).',
    registers: [registry],
  });

  // prom-client hashes the label object on every call; the children per label set are kept instead.
  const requestChildren = new Map<string, Counter.Internal>();
  const durationChildren = new Map<string, Histogram.Internal<'operation'>>();
  const upstreamChildren = new Map<string, Histogram.Internal<'operation'>>();

  return {
    observe(record) {
      const operation = record.operation ?? 'none';
      const code = record.code ?? 'none';
      const key = `${operation}\n${record.status}\n${code}`;
      let counter = requestChildren.get(key);
      if (counter === undefined) {
        counter = requests.labels({ operation, status: String(record.status), code });
        requestChildren.set(key, counter);
      }
      counter.inc();
      let histogram = durationChildren.get(operation);
      if (histogram === undefined) {
        histogram = duration.labels({ operation });
        durationChildren.set(operation, histogram);
      }
      histogram.observe(record.ms / 1000);
      if (record.upstreamMs !== undefined) {
        let upstreamHistogram = upstreamChildren.get(operation);
        if (upstreamHistogram === undefined) {
          upstreamHistogram = upstream.labels({ operation });
          upstreamChildren.set(operation, upstreamHistogram);
        }
        upstreamHistogram.observe(record.upstreamMs / 1000);
      }
    },
    connectionRefused: () => refusedConnections.inc(),
    rateLimitStoreFailed: () => storeFailures.inc(),
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}
