import { Counter, collectDefaultMetrics, type Metric, Registry } from 'prom-client';
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
 *
 * The per-request metrics are counted in plain arrays and handed to prom-client's registry only when it is
 * scraped: prom-client validates and hashes the label set on every inc/observe (children included), which cost
 * the request path more than everything else it does (measured with `npm run bench:gateway`).
 */
export function createGatewayMetrics(): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'tryit_gateway_' });
  const requests = new Map<string, { labels: Record<string, string>; count: number }>();
  const duration = new HistogramCounts(
    'tryit_gateway_request_duration_seconds',
    'Time from the request to the last byte of the response, by operation.',
  );
  const upstream = new HistogramCounts(
    'tryit_gateway_upstream_duration_seconds',
    'Time from dispatch to the upstream response head, by operation.',
  );
  registry.registerMetric({
    name: 'tryit_gateway_requests_total',
    get: async () => ({
      name: 'tryit_gateway_requests_total',
      help: 'Requests answered, by operation, status and gateway error code (none when the answer is not a gateway error).',
      type: 'counter',
      aggregator: 'sum',
      values: [...requests.values()].map(({ labels, count }) => ({ labels, value: count })),
    }),
  } as unknown as Metric);
  registry.registerMetric(duration.asMetric());
  registry.registerMetric(upstream.asMetric());
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

  return {
    observe(record) {
      const operation = record.operation ?? 'none';
      const code = record.code ?? 'none';
      const key = `${operation}\n${record.status}\n${code}`;
      const counted = requests.get(key);
      if (counted) counted.count++;
      else requests.set(key, { labels: { operation, status: String(record.status), code }, count: 1 });
      duration.observe(operation, record.ms / 1000);
      if (record.upstreamMs !== undefined) upstream.observe(operation, record.upstreamMs / 1000);
    },
    connectionRefused: () => refusedConnections.inc(),
    rateLimitStoreFailed: () => storeFailures.inc(),
    render: () => registry.metrics(),
    contentType: registry.contentType,
  };
}

/** A histogram by operation kept as plain bucket counts, rendered in prom-client's histogram shape on scrape. */
class HistogramCounts {
  private readonly byOperation = new Map<string, { buckets: number[]; sum: number; count: number }>();

  constructor(
    private readonly name: string,
    private readonly help: string,
  ) {}

  observe(operation: string, seconds: number): void {
    let entry = this.byOperation.get(operation);
    if (entry === undefined) {
      entry = { buckets: new Array<number>(BUCKETS.length).fill(0), sum: 0, count: 0 };
      this.byOperation.set(operation, entry);
    }
    entry.sum += seconds;
    entry.count++;
    for (let i = 0; i < BUCKETS.length; i++) {
      if (seconds <= (BUCKETS[i] as number)) {
        (entry.buckets as number[])[i] = (entry.buckets[i] as number) + 1;
        break;
      }
    }
  }

  asMetric(): Metric {
    const { name, help } = this;
    return {
      name,
      get: async () => {
        const values: { metricName: string; labels: Record<string, string | number>; value: number }[] = [];
        for (const [operation, entry] of this.byOperation) {
          let cumulative = 0;
          BUCKETS.forEach((bound, i) => {
            cumulative += entry.buckets[i] as number;
            values.push({
              metricName: `${name}_bucket`,
              labels: { le: bound, operation },
              value: cumulative,
            });
          });
          values.push({
            metricName: `${name}_bucket`,
            labels: { le: '+Inf', operation },
            value: entry.count,
          });
          values.push({ metricName: `${name}_sum`, labels: { operation }, value: entry.sum });
          values.push({ metricName: `${name}_count`, labels: { operation }, value: entry.count });
        }
        return { name, help, type: 'histogram', aggregator: 'sum', values };
      },
    } as unknown as Metric;
  }
}
