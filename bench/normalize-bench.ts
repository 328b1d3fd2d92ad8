// Prints how long parsing and normalizing the bundled API descriptions takes. Figures only: never fails on time.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { normalizeApi } from '../src/openapi/normalize-api.ts';
import { parseApiText } from '../src/openapi/parse-api-text.ts';

const files = ['specs/openai-usage.yaml', 'specs/openai-openapi.yaml'];
const runs = 5;

for (const file of files) {
  const text = readFileSync(file, 'utf8');
  let start = performance.now();
  await parseApiText(text, file);
  const parseMs = performance.now() - start;
  const times: number[] = [];
  let operations = 0;
  let jsonBytes = 0;
  for (let run = 0; run < runs; run++) {
    // A fresh document each run, so the per-document ref cache starts cold like on a real page load.
    const doc = parse(text, { maxAliasCount: -1 });
    start = performance.now();
    const api = normalizeApi(doc);
    times.push(performance.now() - start);
    operations = api.operations.length;
    if (run === 0) jsonBytes = JSON.stringify(api).length;
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  const format = (ms: number | undefined) => `${(ms ?? 0).toFixed(1)} ms`;
  console.log(
    `${file}: ${operations} operations; parse ${format(parseMs)}; normalize first run ${format(first)}, best ${format(times[0])}, ` +
      `median ${format(times[Math.floor(runs / 2)])}, worst ${format(times[runs - 1])}; ` +
      `model JSON ${(jsonBytes / 1e6).toFixed(2)} MB`,
  );
}
