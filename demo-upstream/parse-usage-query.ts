import { BUCKET_SECONDS, type BucketWidth, type DemoEndpoint } from './demo-endpoints.ts';
import { decodePageCursor } from './encode-page-cursor.ts';

/** A validated usage/costs query. */
export interface UsageQuery {
  startTime: number;
  /** Exclusive end (Unix seconds). */
  endTime: number;
  bucketWidth: BucketWidth;
  limit: number;
  groupBy: string[];
  /** Grouping field → allowed values (only for fields the caller filtered). */
  filters: Record<string, (string | boolean)[]>;
  /** Start of the first bucket of this page (from `page`, else the aligned start). */
  firstBucket: number;
}

/** An error in the API's shape (`{"error":{message,type,param,code}}`, status 400). */
export interface ApiParamError {
  message: string;
  param: string;
  code: string;
}

/**
 * Validates a usage/costs query like the API does: required integer start_time, end_time after it (default
 * `now`), bucket_width and limit per endpoint, group_by and filter enums, and an opaque page cursor.
 * Array parameters are accepted repeated (`a=1&a=2`) and with brackets (`a[]=1`).
 */
export function parseUsageQuery(
  endpoint: DemoEndpoint,
  params: URLSearchParams,
  nowSeconds: number,
): { ok: true; query: UsageQuery } | { ok: false; error: ApiParamError } {
  const fail = (param: string, code: string, message: string) =>
    ({ ok: false, error: { param, code, message } }) as const;
  const list = (name: string): string[] => [...params.getAll(name), ...params.getAll(`${name}[]`)];

  const startText = params.get('start_time');
  if (startText === null || startText === '') {
    return fail('start_time', 'missing_required_parameter', "Missing required parameter: 'start_time'.");
  }
  if (!/^\d+$/.test(startText) || !Number.isSafeInteger(Number(startText))) {
    return fail(
      'start_time',
      'invalid_type',
      `Invalid 'start_time': expected an integer, got '${startText}'.`,
    );
  }
  const startTime = Number(startText);

  const endText = params.get('end_time');
  let endTime = nowSeconds;
  if (endText !== null && endText !== '') {
    if (!/^\d+$/.test(endText) || !Number.isSafeInteger(Number(endText))) {
      return fail('end_time', 'invalid_type', `Invalid 'end_time': expected an integer, got '${endText}'.`);
    }
    endTime = Number(endText);
    if (endTime <= startTime) {
      return fail('end_time', 'invalid_value', "Invalid 'end_time': must be greater than 'start_time'.");
    }
  }

  const widths = Object.keys(endpoint.limits) as BucketWidth[];
  const widthText = params.get('bucket_width') || '1d';
  if (!(widths as string[]).includes(widthText)) {
    return fail(
      'bucket_width',
      'invalid_value',
      `Invalid 'bucket_width': '${widthText}'. Expected one of ${widths.map((w) => `'${w}'`).join(', ')}.`,
    );
  }
  const bucketWidth = widthText as BucketWidth;
  const bounds = endpoint.limits[bucketWidth] ?? { default: 7, max: 31 };

  const limitText = params.get('limit');
  let limit = bounds.default;
  if (limitText !== null && limitText !== '') {
    if (!/^\d+$/.test(limitText)) {
      return fail('limit', 'invalid_type', `Invalid 'limit': expected an integer, got '${limitText}'.`);
    }
    limit = Number(limitText);
    if (limit < 1 || limit > bounds.max) {
      return fail(
        'limit',
        'invalid_value',
        `Invalid 'limit': ${limit}. With bucket_width=${bucketWidth} it must be between 1 and ${bounds.max}.`,
      );
    }
  }

  const groupBy: string[] = [];
  for (const field of list('group_by')) {
    if (!endpoint.groupFields.includes(field)) {
      return fail(
        'group_by',
        'invalid_value',
        `Invalid 'group_by' value '${field}'. Expected any of ${endpoint.groupFields.map((f) => `'${f}'`).join(', ')}.`,
      );
    }
    if (!groupBy.includes(field)) groupBy.push(field);
  }

  const filters: Record<string, (string | boolean)[]> = {};
  for (const [name, spec] of Object.entries(endpoint.filters)) {
    const values = list(name).filter((value) => value !== '');
    if (values.length === 0) continue;
    if (spec.boolean) {
      const value = values[0];
      if (value !== 'true' && value !== 'false') {
        return fail(name, 'invalid_type', `Invalid '${name}': expected a boolean, got '${value}'.`);
      }
      filters[spec.field] = [value === 'true'];
      continue;
    }
    const bad = spec.values ? values.find((value) => !spec.values?.includes(value)) : undefined;
    if (bad !== undefined) {
      return fail(name, 'invalid_value', `Invalid '${name}' value '${bad}'.`);
    }
    filters[spec.field] = [...new Set(values)];
  }

  const width = BUCKET_SECONDS[bucketWidth];
  const alignedStart = Math.floor(startTime / width) * width;
  let firstBucket = alignedStart;
  const pageText = params.get('page');
  if (pageText !== null && pageText !== '') {
    const cursor = decodePageCursor(pageText);
    if (
      !cursor ||
      cursor.bucketWidth !== bucketWidth ||
      cursor.bucketStart % width !== 0 ||
      cursor.bucketStart < alignedStart ||
      cursor.bucketStart >= endTime
    ) {
      return fail('page', 'invalid_value', "Invalid 'page': not a cursor returned for this query.");
    }
    firstBucket = cursor.bucketStart;
  }

  return { ok: true, query: { startTime, endTime, bucketWidth, limit, groupBy, filters, firstBucket } };
}
