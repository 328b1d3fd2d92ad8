import { type Atom, BUCKET_SECONDS, type DemoEndpoint, LINE_ITEMS } from './demo-endpoints.ts';
import { encodePageCursor } from './encode-page-cursor.ts';
import type { UsageQuery } from './parse-usage-query.ts';
import { seededRandom } from './seeded-random.ts';

/** One bucket of the usage API's page. */
export interface UsageBucket {
  object: 'bucket';
  start_time: number;
  end_time: number;
  results: Record<string, unknown>[];
}

/** The usage API's page object. */
export interface UsagePage {
  object: 'page';
  data: UsageBucket[];
  has_more: boolean;
  next_page: string | null;
}

// Requests per atom per bucket and the chance an atom is active: smaller buckets hold less traffic.
const TRAFFIC = {
  '1d': { maxRequests: 400, presence: 0.7 },
  '1h': { maxRequests: 30, presence: 0.35 },
  '1m': { maxRequests: 3, presence: 0.06 },
} as const;

/**
 * Builds a deterministic page for a validated query: every value derives from the endpoint, bucket and the
 * atom's grouping values, so the same bucket always shows the same data, grouped rows sum to the ungrouped
 * total, and filtering never changes the rows that remain.
 */
export function buildUsagePage(endpoint: DemoEndpoint, query: UsageQuery): UsagePage {
  const width = BUCKET_SECONDS[query.bucketWidth];
  // Who uses the API does not depend on the bucket: build the population once per page.
  const population = atoms(endpoint, query.filters).map((atom): [Atom, string] => [atom, atomKey(atom)]);
  const data: UsageBucket[] = [];
  let bucket = query.firstBucket;
  while (bucket < query.endTime && data.length < query.limit) {
    data.push({
      object: 'bucket',
      start_time: bucket,
      end_time: bucket + width,
      results: bucketResults(endpoint, query, bucket, population),
    });
    bucket += width;
  }
  const hasMore = bucket < query.endTime;
  return {
    object: 'page',
    data,
    has_more: hasMore,
    next_page: hasMore ? encodePageCursor({ bucketStart: bucket, bucketWidth: query.bucketWidth }) : null,
  };
}

function bucketResults(
  endpoint: DemoEndpoint,
  query: UsageQuery,
  bucket: number,
  population: [Atom, string][],
): Record<string, unknown>[] {
  const traffic = TRAFFIC[query.bucketWidth];
  // Weekdays and working hours (UTC) are busier, as real traffic is.
  const date = new Date(bucket * 1000);
  const weekday = date.getUTCDay() % 6 === 0 ? 0.45 : 1;
  const hourly = query.bucketWidth === '1d' ? 1 : 0.35 + 0.65 * Math.sin((Math.PI * date.getUTCHours()) / 23);
  const groups = new Map<string, { atom: Atom; metrics: Record<string, number> }>();

  for (const [atom, atomId] of population) {
    const key = `${endpoint.path}|${query.bucketWidth}|${bucket}|${atomId}`;
    const random = seededRandom(key);
    const derived: Record<string, string | boolean> = {};
    for (const [field, values] of Object.entries(endpoint.derived)) {
      // Squared draw: the first value of each list is the common case (batch=false, tier=default, …).
      derived[field] = values[Math.floor(random() ** 2 * values.length)] as string | boolean;
    }
    const full: Atom = { ...atom, ...derived };
    if (!passesFilters(full, query.filters, endpoint)) continue;
    if (!endpoint.always && random() > traffic.presence * weekday * hourly) continue;
    const requests = 1 + Math.floor(random() * traffic.maxRequests * weekday);
    const metrics = endpoint.metrics(random, requests, full);

    const groupKey = query.groupBy.map((field) => String(full[field])).join('|');
    const group = groups.get(groupKey);
    if (group) {
      for (const [name, value] of Object.entries(metrics))
        group.metrics[name] = (group.metrics[name] ?? 0) + value;
    } else {
      groups.set(groupKey, { atom: full, metrics: { ...metrics } });
    }
  }

  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, group]) => toResult(endpoint, query.groupBy, group.atom, group.metrics));
}

function toResult(
  endpoint: DemoEndpoint,
  groupBy: readonly string[],
  atom: Atom,
  metrics: Record<string, number>,
): Record<string, unknown> {
  const grouped = (field: string) => (groupBy.includes(field) ? atom[field] : null);
  if (endpoint.resultObject === 'organization.costs.result') {
    const lineItem = grouped('line_item');
    const unit = typeof lineItem === 'string' ? (LINE_ITEMS[lineItem]?.unit ?? null) : null;
    return {
      object: endpoint.resultObject,
      amount: { value: Math.round((metrics.value ?? 0) * 1e6) / 1e6, currency: 'usd' },
      line_item: lineItem,
      project_id: grouped('project_id'),
      api_key_id: grouped('api_key_id'),
      // A quantity only means something for one line item; summed across units it would not.
      quantity: unit ? (metrics.quantity ?? 0) : null,
      quantity_unit: unit,
    };
  }
  const result: Record<string, unknown> = { object: endpoint.resultObject, ...metrics };
  for (const field of endpoint.groupFields) result[field] = grouped(field);
  return result;
}

/** Every combination of the endpoint's axes, with filtered axes replaced by the caller's values. */
function atoms(endpoint: DemoEndpoint, filters: UsageQuery['filters']): Atom[] {
  let out: Record<string, string | boolean>[] = [{}];
  for (const [field, base] of Object.entries(endpoint.axes)) {
    const values = filters[field] ?? base;
    out = out.flatMap((atom) => values.map((value) => ({ ...atom, [field]: value })));
  }
  return out;
}

function passesFilters(atom: Atom, filters: UsageQuery['filters'], endpoint: DemoEndpoint): boolean {
  for (const field of Object.keys(endpoint.derived)) {
    const allowed = filters[field];
    if (allowed && !allowed.includes(atom[field] as string | boolean)) return false;
  }
  return true;
}

function atomKey(atom: Atom): string {
  return Object.entries(atom)
    .map(([field, value]) => `${field}=${String(value)}`)
    .join('&');
}
