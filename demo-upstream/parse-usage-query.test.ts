import { describe, expect, it } from 'vitest';
import { DEMO_ENDPOINTS } from './demo-endpoints.ts';
import { encodePageCursor } from './encode-page-cursor.ts';
import { parseUsageQuery } from './parse-usage-query.ts';

const completions = DEMO_ENDPOINTS['/organization/usage/completions']!;
const costs = DEMO_ENDPOINTS['/organization/costs']!;
const images = DEMO_ENDPOINTS['/organization/usage/images']!;
const NOW = 1_730_851_200; // 2024-11-06T00:00:00Z
const parse = (endpoint = completions, query = '') =>
  parseUsageQuery(endpoint, new URLSearchParams(query), NOW);

describe('parseUsageQuery', () => {
  it('applies defaults: 1d buckets, limit 7, end = now, start aligned to the bucket', () => {
    expect(parse(completions, 'start_time=1730419300')).toEqual({
      ok: true,
      query: {
        startTime: 1_730_419_300,
        endTime: NOW,
        bucketWidth: '1d',
        limit: 7,
        groupBy: [],
        filters: {},
        firstBucket: 1_730_419_200,
      },
    });
  });

  it.each([
    ['1d', 7],
    ['1h', 24],
    ['1m', 60],
  ])('defaults limit for bucket_width=%s to %i', (width, limit) => {
    const result = parse(completions, `start_time=0&bucket_width=${width}`);
    expect(result.ok && result.query.limit).toBe(limit);
  });

  it('reads repeated and bracketed array parameters and drops duplicates', () => {
    const result = parse(
      completions,
      'start_time=0&project_ids=a&project_ids[]=b&project_ids=a&group_by[]=model&group_by=project_id',
    );
    expect(result.ok && result.query.filters).toEqual({ project_id: ['a', 'b'] });
    expect(result.ok && result.query.groupBy).toEqual(['project_id', 'model']);
  });

  it('reads the batch filter as a boolean', () => {
    const result = parse(completions, 'start_time=0&batch=true');
    expect(result.ok && result.query.filters).toEqual({ batch: [true] });
  });

  it('starts at the cursor of a page', () => {
    const page = encodePageCursor({ bucketStart: 1_730_505_600, bucketWidth: '1d' });
    const result = parse(completions, `start_time=1730419200&page=${page}`);
    expect(result.ok && result.query.firstBucket).toBe(1_730_505_600);
  });

  const invalid: [string, string, string, string][] = [
    ['missing start_time', '', 'start_time', 'missing_required_parameter'],
    ['non-integer start_time', 'start_time=abc', 'start_time', 'invalid_type'],
    ['fractional start_time', 'start_time=1.5', 'start_time', 'invalid_type'],
    ['negative start_time', 'start_time=-1', 'start_time', 'invalid_type'],
    ['non-integer end_time', 'start_time=10&end_time=x', 'end_time', 'invalid_type'],
    ['end_time equal to start_time', 'start_time=10&end_time=10', 'end_time', 'invalid_value'],
    ['end_time before start_time', 'start_time=10&end_time=5', 'end_time', 'invalid_value'],
    ['unknown bucket_width', 'start_time=0&bucket_width=1w', 'bucket_width', 'invalid_value'],
    ['limit over the 1d max', 'start_time=0&limit=32', 'limit', 'invalid_value'],
    ['limit over the 1h max', 'start_time=0&bucket_width=1h&limit=169', 'limit', 'invalid_value'],
    ['limit over the 1m max', 'start_time=0&bucket_width=1m&limit=1441', 'limit', 'invalid_value'],
    ['limit zero', 'start_time=0&limit=0', 'limit', 'invalid_value'],
    ['non-integer limit', 'start_time=0&limit=ten', 'limit', 'invalid_type'],
    ['bad group_by value', 'start_time=0&group_by=line_item', 'group_by', 'invalid_value'],
    ['bad batch', 'start_time=0&batch=maybe', 'batch', 'invalid_type'],
    ['bad cursor', 'start_time=0&page=garbage', 'page', 'invalid_value'],
    [
      'cursor of another width',
      `start_time=0&bucket_width=1h&page=${encodePageCursor({ bucketStart: 86_400, bucketWidth: '1d' })}`,
      'page',
      'invalid_value',
    ],
    [
      'cursor before the range',
      `start_time=172800&page=${encodePageCursor({ bucketStart: 86_400, bucketWidth: '1d' })}`,
      'page',
      'invalid_value',
    ],
  ];
  it.each(invalid)('refuses %s', (_name, query, param, code) => {
    const result = parse(completions, query);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.param).toBe(param);
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(0);
    }
  });

  it('allows only 1d buckets and up to 180 of them for costs', () => {
    expect(parse(costs, 'start_time=0&bucket_width=1h').ok).toBe(false);
    expect(parse(costs, 'start_time=0&limit=180').ok).toBe(true);
    expect(parse(costs, 'start_time=0&limit=181').ok).toBe(false);
    expect(parse(costs, 'start_time=0&group_by=line_item').ok).toBe(true);
    expect(parse(costs, 'start_time=0&group_by=model').ok).toBe(false);
  });

  it('checks enum filters (images sizes and sources)', () => {
    expect(parse(images, 'start_time=0&sizes=1024x1024&sources=image.edit').ok).toBe(true);
    expect(parse(images, 'start_time=0&sizes=2x2').ok).toBe(false);
  });
});
