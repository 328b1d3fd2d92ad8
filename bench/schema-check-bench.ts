/**
 * Validator benchmark (`npm run bench:schema-check`): how long the schema checker (src/schema-check, over
 * @cfworker/json-schema) takes on an ~11 MB usage answer, checked against the usage API's own response schema
 * (`UsageResponse`, resolved from specs/openai-usage.yaml: buckets whose `results[]` are a 11-variant oneOf
 * typed by `object`). Prints medians of RUNS runs after one warm-up, in Node (the page runs the same code in a
 * Web Worker). Figures are reported, never enforced: the exit code is non-zero only when the bench cannot run.
 *
 *   npm run bench:schema-check [-- --runs 5] [--mb 11]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseApiText } from '../src/openapi/parse-api-text.ts';
import { resolveSchema } from '../src/openapi/resolve-schema.ts';
import { createSchemaChecker } from '../src/schema-check/create-schema-checker.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = option('runs', 5);
const TARGET_BYTES = option('mb', 11) * 1024 * 1024;

const doc = await parseApiText(
  readFileSync(path.join(ROOT, 'specs', 'openai-usage.yaml'), 'utf8'),
  'usage.yaml',
);
const schema = resolveSchema(doc, { $ref: '#/components/schemas/UsageResponse' }, { maxNodes: 1_000_000 });

function result(i: number) {
  return {
    object: 'organization.usage.completions.result',
    input_tokens: 1000 + i,
    input_cached_tokens: i % 100,
    output_tokens: 2000 + i,
    input_audio_tokens: 0,
    output_audio_tokens: 0,
    num_model_requests: 3,
    project_id: `proj_${i % 7}`,
    user_id: null,
    api_key_id: null,
    model: 'gpt-4o-mini-2024-07-18',
    batch: false,
  };
}
const data: unknown[] = [];
let bytes = 0;
for (let b = 0; bytes < TARGET_BYTES; b++) {
  const bucket = {
    object: 'bucket',
    start_time: 1_730_419_200 + b * 60,
    end_time: 1_730_419_260 + b * 60,
    results: Array.from({ length: 20 }, (_, i) => result(b * 20 + i)),
  };
  bytes += JSON.stringify(bucket).length + 1;
  data.push(bucket);
}
const answer = { object: 'page', data, has_more: false, next_page: null };
const text = JSON.stringify(answer);
const broken = JSON.parse(text);
broken.data[Math.floor(data.length / 2)].results[3].input_tokens = 'many';

const checker = createSchemaChecker();
const options = { dialect: '3.1', direction: 'response' } as const;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
function time(run: () => unknown): { ms: number; out: unknown } {
  run();
  const times: number[] = [];
  let out: unknown;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    out = run();
    times.push(performance.now() - started);
  }
  return { ms: median(times), out };
}

const mb = text.length / 1024 / 1024;
const parse = time(() => JSON.parse(text));
const valid = time(() => checker.check(schema, parse.out, options));
const invalid = time(() => checker.check(schema, broken, options));
console.log(
  `Usage answer: ${mb.toFixed(1)} MB, ${data.length} buckets, ${data.length * 20} results (runs: ${RUNS})`,
);
console.log(`  JSON.parse                 median ${parse.ms.toFixed(0)} ms`);
console.log(
  `  check, conforming          median ${valid.ms.toFixed(0)} ms (${(mb / (valid.ms / 1000)).toFixed(1)} MB/s), problems: ${(valid.out as unknown[]).length}`,
);
console.log(
  `  check, one broken field    median ${invalid.ms.toFixed(0)} ms, problems: ${JSON.stringify(invalid.out)}`,
);
console.log('Shared machine: figures wobble; compare runs on a quiet one.');
