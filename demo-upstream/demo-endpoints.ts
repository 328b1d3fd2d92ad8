/** Bucket widths of the usage API. */
export type BucketWidth = '1m' | '1h' | '1d';

/** Seconds per bucket width. */
export const BUCKET_SECONDS: Readonly<Record<BucketWidth, number>> = { '1m': 60, '1h': 3600, '1d': 86_400 };

/** One combination of grouping values (project, user, key, model, …) that has usage in a bucket. */
export type Atom = Readonly<Record<string, string | boolean>>;

/** A filter query parameter: which grouping field it restricts, and its enum or boolean nature. */
export interface FilterSpec {
  field: string;
  values?: readonly string[];
  boolean?: true;
}

/** How the demo upstream emulates one endpoint of the usage API. */
export interface DemoEndpoint {
  /** Path below `/v1`, as in the API description. */
  path: string;
  resultObject: string;
  /** Allowed bucket widths with default and maximum `limit` (buckets per page). */
  limits: Readonly<Partial<Record<BucketWidth, { default: number; max: number }>>>;
  /** Grouping fields in the order they appear in a result; `group_by` accepts exactly these. */
  groupFields: readonly string[];
  filters: Readonly<Record<string, FilterSpec>>;
  /** Axes every atom combines (a filter on one replaces its values, so any id the caller names has data). */
  axes: Readonly<Record<string, readonly string[]>>;
  /** Fields picked per atom instead of combined (bounded work: 3 × 3 × 2 × 3 atoms at most). */
  derived: Readonly<Record<string, readonly (string | boolean)[]>>;
  /** Gauge-like endpoints (vector store bytes) have a value in every bucket. */
  always?: boolean;
  /** The endpoint's counters for one atom in one bucket; `requests` already scales with the bucket width. */
  metrics(random: () => number, requests: number, atom: Atom): Record<string, number>;
}

const USAGE_LIMITS = {
  '1d': { default: 7, max: 31 },
  '1h': { default: 24, max: 168 },
  '1m': { default: 60, max: 1440 },
} as const;

const PROJECTS = ['proj_demo_web', 'proj_demo_batch', 'proj_demo_research'];
const USERS = ['user-demo-ada', 'user-demo-grace', 'user-demo-linus'];
const KEYS = ['key_demo_prod', 'key_demo_dev'];

const SCOPE_FILTERS = {
  project_ids: { field: 'project_id' },
  user_ids: { field: 'user_id' },
  api_key_ids: { field: 'api_key_id' },
  models: { field: 'model' },
} as const;

const between = (random: () => number, low: number, high: number): number =>
  low + Math.floor(random() * (high - low + 1));

/** A usage endpoint scoped by project, user, API key and model (the common shape). */
function scoped(
  name: string,
  resultName: string,
  models: readonly string[],
  metrics: DemoEndpoint['metrics'],
  extra: Partial<Pick<DemoEndpoint, 'groupFields' | 'filters' | 'derived'>> = {},
): DemoEndpoint {
  return {
    path: `/organization/usage/${name}`,
    resultObject: `organization.usage.${resultName}.result`,
    limits: USAGE_LIMITS,
    groupFields: extra.groupFields ?? ['project_id', 'user_id', 'api_key_id', 'model'],
    filters: { ...SCOPE_FILTERS, ...extra.filters },
    axes: { project_id: PROJECTS, user_id: USERS, api_key_id: KEYS, model: models },
    derived: extra.derived ?? {},
    metrics,
  };
}

const GPT = ['gpt-4o-mini-2024-07-18', 'gpt-4o-2024-08-06', 'o3-mini-2025-01-31'];

/** Cost per unit for each demo line item, in USD, and the unit its quantity is counted in. */
export const LINE_ITEMS: Readonly<
  Record<string, { unit: string; usdPerUnit: number; perRequest: [number, number] }>
> = {
  'gpt-4o-mini-2024-07-18, input': { unit: 'tokens', usdPerUnit: 0.15e-6, perRequest: [500, 4000] },
  'gpt-4o-mini-2024-07-18, output': { unit: 'tokens', usdPerUnit: 0.6e-6, perRequest: [100, 800] },
  'gpt-4o-2024-08-06, input': { unit: 'tokens', usdPerUnit: 2.5e-6, perRequest: [500, 4000] },
  'gpt-4o-2024-08-06, output': { unit: 'tokens', usdPerUnit: 10e-6, perRequest: [100, 800] },
  'dall-e-3, images': { unit: 'images', usdPerUnit: 0.04, perRequest: [1, 2] },
  'tts-1, characters': { unit: 'characters', usdPerUnit: 15e-6, perRequest: [200, 1500] },
};

// Every operation of specs/openai-usage.yaml.
const ENDPOINT_LIST: DemoEndpoint[] = [
  {
    path: '/organization/costs',
    resultObject: 'organization.costs.result',
    limits: { '1d': { default: 7, max: 180 } },
    groupFields: ['line_item', 'project_id', 'api_key_id'],
    filters: { project_ids: { field: 'project_id' }, api_key_ids: { field: 'api_key_id' } },
    axes: { project_id: PROJECTS, api_key_id: KEYS, line_item: Object.keys(LINE_ITEMS) },
    derived: {},
    metrics(random, requests, atom) {
      const item = LINE_ITEMS[String(atom.line_item)];
      const quantity = item ? requests * between(random, item.perRequest[0], item.perRequest[1]) : 0;
      return { quantity, value: quantity * (item?.usdPerUnit ?? 0) };
    },
  },
  scoped(
    'audio_speeches',
    'audio_speeches',
    ['tts-1', 'tts-1-hd', 'gpt-4o-mini-tts'],
    (random, requests) => ({
      characters: requests * between(random, 150, 1500),
      num_model_requests: requests,
    }),
  ),
  scoped(
    'audio_transcriptions',
    'audio_transcriptions',
    ['whisper-1', 'gpt-4o-transcribe'],
    (random, requests) => ({
      seconds: requests * between(random, 5, 300),
      num_model_requests: requests,
    }),
  ),
  {
    path: '/organization/usage/code_interpreter_sessions',
    resultObject: 'organization.usage.code_interpreter_sessions.result',
    limits: USAGE_LIMITS,
    groupFields: ['project_id'],
    filters: { project_ids: { field: 'project_id' } },
    axes: { project_id: PROJECTS },
    derived: {},
    metrics: (random, requests) => ({ num_sessions: Math.max(1, Math.round(requests * random() * 0.3)) }),
  },
  scoped('completions', 'completions', GPT, completionMetrics, {
    groupFields: ['project_id', 'user_id', 'api_key_id', 'model', 'batch', 'service_tier'],
    filters: { batch: { field: 'batch', boolean: true } },
    derived: { batch: [false, true], service_tier: ['default', 'flex', 'priority'] },
  }),
  scoped(
    'embeddings',
    'embeddings',
    ['text-embedding-3-small', 'text-embedding-3-large'],
    (random, requests) => ({
      input_tokens: requests * between(random, 20, 2000),
      num_model_requests: requests,
    }),
  ),
  {
    ...scoped('file_search_calls', 'file_searches', [], (random, requests) => ({
      num_requests: requests * between(random, 1, 3),
    })),
    groupFields: ['project_id', 'user_id', 'api_key_id', 'vector_store_id'],
    filters: {
      project_ids: { field: 'project_id' },
      user_ids: { field: 'user_id' },
      api_key_ids: { field: 'api_key_id' },
      vector_store_ids: { field: 'vector_store_id' },
    },
    axes: {
      project_id: PROJECTS,
      user_id: USERS,
      api_key_id: KEYS,
      vector_store_id: ['vs_demo_docs', 'vs_demo_support'],
    },
  },
  scoped(
    'images',
    'images',
    ['dall-e-3', 'gpt-image-1'],
    (random, requests) => ({ images: requests * between(random, 1, 4), num_model_requests: requests }),
    {
      groupFields: ['source', 'size', 'project_id', 'user_id', 'api_key_id', 'model'],
      filters: {
        sources: { field: 'source', values: ['image.generation', 'image.edit', 'image.variation'] },
        sizes: { field: 'size', values: ['256x256', '512x512', '1024x1024', '1792x1792', '1024x1792'] },
      },
      derived: {
        source: ['image.generation', 'image.edit', 'image.variation'],
        size: ['1024x1024', '1024x1792', '512x512', '1792x1792', '256x256'],
      },
    },
  ),
  scoped(
    'moderations',
    'moderations',
    ['omni-moderation-latest', 'text-moderation-007'],
    (random, requests) => ({
      input_tokens: requests * between(random, 10, 500),
      num_model_requests: requests,
    }),
  ),
  {
    path: '/organization/usage/vector_stores',
    resultObject: 'organization.usage.vector_stores.result',
    limits: USAGE_LIMITS,
    groupFields: ['project_id'],
    filters: { project_ids: { field: 'project_id' } },
    axes: { project_id: PROJECTS },
    derived: {},
    always: true,
    // A stored-bytes gauge: the same order of magnitude whatever the bucket width.
    metrics: (random) => ({ usage_bytes: between(random, 1_000_000, 500_000_000) }),
  },
  scoped(
    'web_search_calls',
    'web_searches',
    ['gpt-4o-mini-2024-07-18', 'gpt-4o-2024-08-06'],
    (random, requests) => ({ num_model_requests: requests, num_requests: requests * between(random, 1, 3) }),
    {
      groupFields: ['project_id', 'user_id', 'api_key_id', 'model', 'context_level'],
      filters: { context_levels: { field: 'context_level', values: ['low', 'medium', 'high'] } },
      derived: { context_level: ['medium', 'low', 'high'] },
    },
  ),
];

/** Every operation of specs/openai-usage.yaml, keyed by path. */
export const DEMO_ENDPOINTS: Readonly<Record<string, DemoEndpoint>> = Object.fromEntries(
  ENDPOINT_LIST.map((endpoint) => [endpoint.path, endpoint]),
);

/** Completions counters, internally consistent: totals are the sums of their text/audio/image parts. */
function completionMetrics(random: () => number, requests: number): Record<string, number> {
  const inputText = requests * between(random, 200, 3000);
  const inputAudio = random() < 0.2 ? requests * between(random, 10, 400) : 0;
  const inputImage = random() < 0.3 ? requests * between(random, 85, 800) : 0;
  const cachedText = Math.floor(inputText * random() * 0.6);
  const cachedAudio = Math.floor(inputAudio * random() * 0.3);
  const cachedImage = Math.floor(inputImage * random() * 0.3);
  const inputTokens = inputText + inputAudio + inputImage;
  const cached = cachedText + cachedAudio + cachedImage;
  const cacheWrite = Math.floor((inputTokens - cached) * random() * 0.1);
  const outputText = requests * between(random, 50, 800);
  const outputAudio = inputAudio > 0 ? requests * between(random, 10, 300) : 0;
  const outputImage = 0;
  return {
    input_tokens: inputTokens,
    input_cached_tokens: cached,
    input_cache_write_tokens: cacheWrite,
    input_uncached_tokens: inputTokens - cached - cacheWrite,
    output_tokens: outputText + outputAudio + outputImage,
    input_text_tokens: inputText,
    output_text_tokens: outputText,
    input_cached_text_tokens: cachedText,
    input_audio_tokens: inputAudio,
    input_cached_audio_tokens: cachedAudio,
    output_audio_tokens: outputAudio,
    input_image_tokens: inputImage,
    input_cached_image_tokens: cachedImage,
    output_image_tokens: outputImage,
    num_model_requests: requests,
  };
}
