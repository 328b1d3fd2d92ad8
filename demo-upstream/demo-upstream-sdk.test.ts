/**
 * The demo upstream stays compatible with OpenAI's official SDK (`openai`, pinned): the SDK, pointed at the
 * reference gateway (`baseURL`) in front of the demo, as real processes. Every usage and costs method,
 * filters (the SDK writes arrays as `project_ids[]=…`), cursor paging, and 400/401/429 as typed SDK errors.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_UPSTREAM_ENTRY, GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { type ListeningProcess, spawnListening } from '../test-support/spawn-listening.ts';
import { RATE_LIMITED_KEY } from './demo-upstream.ts';

let demo: ListeningProcess;
let gateway: ListeningProcess;
let client: OpenAI;

beforeAll(async () => {
  demo = await spawnListening(DEMO_UPSTREAM_ENTRY, { DEMO_PORT: '0' });
  gateway = await spawnListening(GATEWAY_ENTRY, {
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${demo.url}/v1`,
  });
  // No retries: a 429 must surface as the error it is, at once.
  client = new OpenAI({ adminAPIKey: 'sk-admin-demo', baseURL: gateway.url, maxRetries: 0 });
}, 30_000);

afterAll(async () => {
  await Promise.all([gateway?.stop(), demo?.stop()]);
}, 20_000);

const NOV_1_2024 = 1730419200;
const DAY = 86_400;
const range = { start_time: NOV_1_2024, end_time: NOV_1_2024 + 3 * DAY };

describe('the official SDK through the gateway against the demo upstream', () => {
  const usage = () => client.admin.organization.usage;
  // Method, and the result kind the description (and the SDK's types) give it.
  const methods: [
    string,
    string,
    () => Promise<{ object: string; data: { results: { object: string }[] }[] }>,
  ][] = [
    ['audioSpeeches', 'audio_speeches', () => usage().audioSpeeches(range)],
    ['audioTranscriptions', 'audio_transcriptions', () => usage().audioTranscriptions(range)],
    ['codeInterpreterSessions', 'code_interpreter_sessions', () => usage().codeInterpreterSessions(range)],
    ['completions', 'completions', () => usage().completions(range)],
    ['embeddings', 'embeddings', () => usage().embeddings(range)],
    ['fileSearchCalls', 'file_searches', () => usage().fileSearchCalls(range)],
    ['images', 'images', () => usage().images(range)],
    ['moderations', 'moderations', () => usage().moderations(range)],
    ['vectorStores', 'vector_stores', () => usage().vectorStores(range)],
    ['webSearchCalls', 'web_searches', () => usage().webSearchCalls(range)],
  ];

  it.each(methods)('usage.%s returns a page of its own result kind (%s)', async (_method, kind, call) => {
    const page = await call();
    expect(page.object).toBe('page');
    expect(page.data).toHaveLength(3);
    const results = page.data.flatMap((bucket) => bucket.results);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) expect(result.object).toBe(`organization.usage.${kind}.result`);
  });

  it('usage.costs returns amounts per bucket', async () => {
    const page = await usage().costs({ ...range, group_by: ['project_id'] });
    const results = page.data.flatMap((bucket) => bucket.results);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      if (result.object !== 'organization.costs.result') throw new Error(`a ${result.object} among costs`);
      expect(result.amount).toEqual({ value: expect.any(Number), currency: 'usd' });
      expect(result.project_id).toEqual(expect.any(String));
    }
  });

  it('filters and groups as asked (arrays sent the SDK’s way, with brackets)', async () => {
    const page = await usage().completions({
      ...range,
      project_ids: ['proj_sdk_a', 'proj_sdk_b'],
      models: ['gpt-4o-mini'],
      group_by: ['project_id', 'model'],
    });
    const results = page.data.flatMap((bucket) => bucket.results);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      if (result.object !== 'organization.usage.completions.result') throw new Error(`a ${result.object}`);
      expect(['proj_sdk_a', 'proj_sdk_b']).toContain(result.project_id);
      expect(result.model).toBe('gpt-4o-mini');
    }
    // The gateway's access log shows the SDK's own array format (`project_ids[]`, percent-encoded). The
    // line is written when the exchange ends and comes through a pipe: it may trail the answer a little.
    await expect
      .poll(() => gateway.output())
      .toMatch(/project_ids%5B%5D=proj_sdk_a&project_ids%5B%5D=proj_sdk_b/);
    // The same filters the page sends (repeated keys) give the very same page.
    const repeated = await fetch(
      `${gateway.url}/organization/usage/completions?start_time=${range.start_time}&end_time=${range.end_time}` +
        '&project_ids=proj_sdk_a&project_ids=proj_sdk_b&models=gpt-4o-mini&group_by=project_id&group_by=model',
      { headers: { authorization: 'Bearer sk-admin-demo' } },
    );
    expect(await repeated.json()).toEqual(JSON.parse(JSON.stringify(page)));
  });

  it('pages with the cursor until has_more is false, each bucket once and in order', async () => {
    const starts: number[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await usage().embeddings({
        start_time: NOV_1_2024,
        end_time: NOV_1_2024 + 5 * DAY,
        limit: 2,
        ...(cursor ? { page: cursor } : {}),
      });
      starts.push(...page.data.map((bucket) => bucket.start_time));
      if (!page.has_more) break;
      expect(page.next_page).toEqual(expect.any(String));
      cursor = page.next_page ?? undefined;
    }
    expect(starts).toEqual([0, 1, 2, 3, 4].map((day) => NOV_1_2024 + day * DAY));
  });

  it('a limit over the maximum is a typed 400 naming the parameter', async () => {
    const error = await usage()
      .images({ start_time: NOV_1_2024, limit: 1000 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.BadRequestError);
    expect(error).toMatchObject({ status: 400, param: 'limit', type: 'invalid_request_error' });
  });

  it('no key is a typed 401 (the SDK sends no Authorization header when told to)', async () => {
    const anonymous = new OpenAI({
      adminAPIKey: 'unused',
      baseURL: gateway.url,
      maxRetries: 0,
      defaultHeaders: { Authorization: null },
    });
    const error = await anonymous.admin.organization.usage
      .moderations({ start_time: NOV_1_2024 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.AuthenticationError);
    expect(error).toMatchObject({ status: 401 });
  });

  it('the demo’s rate-limited key is a typed 429 with Retry-After', async () => {
    const limited = new OpenAI({ adminAPIKey: RATE_LIMITED_KEY, baseURL: gateway.url, maxRetries: 0 });
    const error = await limited.admin.organization.usage
      .costs({ start_time: NOV_1_2024 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenAI.RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_exceeded' });
    expect((error as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('2');
  });
});
