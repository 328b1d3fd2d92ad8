import { describe, expect, it } from 'vitest';
import { buildUsagePage, type UsagePage } from './build-usage-page.ts';
import { DEMO_ENDPOINTS, type DemoEndpoint } from './demo-endpoints.ts';
import { parseUsageQuery } from './parse-usage-query.ts';

const NOW = 1_730_851_200; // 2024-11-06T00:00:00Z
const START = 1_730_419_200; // 2024-11-01T00:00:00Z

function page(path: string, query: string): UsagePage {
  const endpoint = DEMO_ENDPOINTS[path] as DemoEndpoint;
  const parsed = parseUsageQuery(endpoint, new URLSearchParams(query), NOW);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return buildUsagePage(endpoint, parsed.query);
}

// Required numeric fields per result kind, from the schemas in specs/openai-usage.yaml.
const SHAPES: Record<string, { object: string; numbers: string[]; groupFields: string[] }> = {
  '/organization/costs': {
    object: 'organization.costs.result',
    numbers: [],
    groupFields: ['line_item', 'project_id', 'api_key_id'],
  },
  '/organization/usage/audio_speeches': {
    object: 'organization.usage.audio_speeches.result',
    numbers: ['characters', 'num_model_requests'],
    groupFields: ['project_id', 'user_id', 'api_key_id', 'model'],
  },
  '/organization/usage/audio_transcriptions': {
    object: 'organization.usage.audio_transcriptions.result',
    numbers: ['seconds', 'num_model_requests'],
    groupFields: ['project_id', 'user_id', 'api_key_id', 'model'],
  },
  '/organization/usage/code_interpreter_sessions': {
    object: 'organization.usage.code_interpreter_sessions.result',
    numbers: ['num_sessions'],
    groupFields: ['project_id'],
  },
  '/organization/usage/completions': {
    object: 'organization.usage.completions.result',
    numbers: [
      'input_tokens',
      'output_tokens',
      'input_cached_tokens',
      'input_audio_tokens',
      'output_audio_tokens',
      'num_model_requests',
    ],
    groupFields: ['project_id', 'user_id', 'api_key_id', 'model', 'batch', 'service_tier'],
  },
  '/organization/usage/embeddings': {
    object: 'organization.usage.embeddings.result',
    numbers: ['input_tokens', 'num_model_requests'],
    groupFields: ['project_id', 'user_id', 'api_key_id', 'model'],
  },
  '/organization/usage/file_search_calls': {
    object: 'organization.usage.file_searches.result',
    numbers: ['num_requests'],
    groupFields: ['project_id', 'user_id', 'api_key_id', 'vector_store_id'],
  },
  '/organization/usage/images': {
    object: 'organization.usage.images.result',
    numbers: ['images', 'num_model_requests'],
    groupFields: ['source', 'size', 'project_id', 'user_id', 'api_key_id', 'model'],
  },
  '/organization/usage/moderations': {
    object: 'organization.usage.moderations.result',
    numbers: ['input_tokens', 'num_model_requests'],
    groupFields: ['project_id', 'user_id', 'api_key_id', 'model'],
  },
  '/organization/usage/vector_stores': {
    object: 'organization.usage.vector_stores.result',
    numbers: ['usage_bytes'],
    groupFields: ['project_id'],
  },
  '/organization/usage/web_search_calls': {
    object: 'organization.usage.web_searches.result',
    numbers: ['num_model_requests', 'num_requests'],
    groupFields: ['project_id', 'user_id', 'api_key_id', 'model', 'context_level'],
  },
};

describe('buildUsagePage', () => {
  it('covers all 11 operations of the usage API', () => {
    expect(Object.keys(DEMO_ENDPOINTS).sort()).toEqual(Object.keys(SHAPES).sort());
  });

  it.each(Object.entries(SHAPES))(
    '%s returns its own result kind with null grouping fields',
    (path, shape) => {
      const result = page(path, `start_time=${START}&end_time=${START + 5 * 86_400}`);
      expect(result.object).toBe('page');
      expect(result.data).toHaveLength(5);
      const rows = result.data.flatMap((bucket) => bucket.results);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.object).toBe(shape.object);
        for (const field of shape.numbers) expect(Number.isInteger(row[field]), `${field}`).toBe(true);
        for (const field of shape.groupFields) expect(row[field], field).toBeNull();
      }
    },
  );

  it('gives costs an amount in usd and a quantity only per line item', () => {
    const plain = page('/organization/costs', `start_time=${START}&end_time=${START + 86_400}`).data[0]!
      .results[0]!;
    expect(plain.amount).toEqual({ value: expect.any(Number), currency: 'usd' });
    expect(plain.quantity).toBeNull();
    const byItem = page(
      '/organization/costs',
      `start_time=${START}&end_time=${START + 86_400}&group_by=line_item`,
    );
    for (const row of byItem.data[0]!.results) {
      expect(typeof row.line_item).toBe('string');
      expect(typeof row.quantity).toBe('number');
      expect(['tokens', 'images', 'characters']).toContain(row.quantity_unit);
    }
  });

  it('keeps completions totals consistent with their parts', () => {
    const rows = page(
      '/organization/usage/completions',
      `start_time=${START}&end_time=${START + 3 * 86_400}`,
    ).data.flatMap((b) => b.results);
    for (const row of rows) {
      const n = row as Record<string, number>;
      expect(n.input_tokens).toBe(n.input_text_tokens! + n.input_audio_tokens! + n.input_image_tokens!);
      expect(n.input_cached_tokens).toBeLessThanOrEqual(n.input_tokens!);
      expect(n.input_uncached_tokens).toBe(
        n.input_tokens! - n.input_cached_tokens! - n.input_cache_write_tokens!,
      );
    }
  });

  it('is deterministic: the same query gives the same page', () => {
    const query = `start_time=${START}&end_time=${START + 86_400}&group_by=model`;
    expect(page('/organization/usage/completions', query)).toEqual(
      page('/organization/usage/completions', query),
    );
  });

  it('gives different data for different buckets and endpoints', () => {
    const a = page('/organization/usage/embeddings', `start_time=${START}&end_time=${START + 2 * 86_400}`);
    expect(a.data[0]!.results).not.toEqual(a.data[1]!.results);
    const b = page('/organization/usage/moderations', `start_time=${START}&end_time=${START + 2 * 86_400}`);
    expect(a.data[0]!.results[0]!.input_tokens).not.toBe(b.data[0]!.results[0]!.input_tokens);
  });

  it('grouped rows sum to the ungrouped total and carry their group values', () => {
    const base = `start_time=${START}&end_time=${START + 86_400}`;
    const total = page('/organization/usage/completions', base).data[0]!.results[0]!;
    const grouped = page('/organization/usage/completions', `${base}&group_by=model&group_by=project_id`)
      .data[0]!.results;
    expect(grouped.length).toBeGreaterThan(1);
    const sum = grouped.reduce((acc, row) => acc + (row.input_tokens as number), 0);
    expect(sum).toBe(total.input_tokens);
    for (const row of grouped) {
      expect(typeof row.model).toBe('string');
      expect(row.project_id).toMatch(/^proj_/);
      expect(row.user_id).toBeNull();
    }
  });

  it('filters: only the named projects appear, with the same numbers they have unfiltered', () => {
    const base = `start_time=${START}&end_time=${START + 86_400}&group_by=project_id`;
    const all = page('/organization/usage/embeddings', base).data[0]!.results;
    const one = page('/organization/usage/embeddings', `${base}&project_ids=proj_demo_web`).data[0]!.results;
    expect(one.map((r) => r.project_id)).toEqual(['proj_demo_web']);
    expect(one[0]).toEqual(all.find((r) => r.project_id === 'proj_demo_web'));
  });

  it('filters accept ids outside the demo pool (any project a user names has data)', () => {
    const rows = page(
      '/organization/usage/embeddings',
      `start_time=${START}&end_time=${START + 86_400}&project_ids=proj_mine&group_by=project_id`,
    ).data[0]!.results;
    expect(rows.map((r) => r.project_id)).toEqual(['proj_mine']);
  });

  it('derived filters restrict rows (images by size)', () => {
    const rows = page(
      '/organization/usage/images',
      `start_time=${START}&end_time=${START + 7 * 86_400}&group_by=size&sizes=1024x1024`,
    ).data.flatMap((b) => b.results);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.size))).toEqual(new Set(['1024x1024']));
  });

  it('limit counts buckets, and next_page walks the whole range without gaps or overlap', () => {
    const base = `start_time=${START}&end_time=${START + 5 * 86_400}&limit=2`;
    const starts: number[] = [];
    let query = base;
    let pages = 0;
    for (;;) {
      const p = page('/organization/usage/audio_speeches', query);
      pages++;
      expect(p.data.length).toBeLessThanOrEqual(2);
      starts.push(...p.data.map((b) => b.start_time));
      if (!p.has_more) {
        expect(p.next_page).toBeNull();
        break;
      }
      expect(typeof p.next_page).toBe('string');
      query = `${base}&page=${p.next_page}`;
    }
    expect(pages).toBe(3);
    expect(starts).toEqual([0, 1, 2, 3, 4].map((i) => START + i * 86_400));
  });

  it('1m buckets are a minute wide and end_time is exclusive', () => {
    const p = page(
      '/organization/usage/completions',
      `start_time=${START}&end_time=${START + 180}&bucket_width=1m`,
    );
    expect(p.data.map((b) => [b.start_time, b.end_time])).toEqual([
      [START, START + 60],
      [START + 60, START + 120],
      [START + 120, START + 180],
    ]);
    expect(p.has_more).toBe(false);
  });

  it('without end_time, pages up to now', () => {
    const p = page('/organization/usage/completions', `start_time=${NOW - 3 * 86_400}`);
    expect(p.data).toHaveLength(3);
    expect(p.has_more).toBe(false);
  });
});
