/**
 * Prints how the schema tree names the `oneOf`/`anyOf` variants of a description (default: the full OpenAI
 * one): counts by source (title, discriminator value, `object` tag, schema name, type summary, position) and
 * every variant that fell back to a type summary or a position.
 *
 *   npx tsx scripts/variant-names.ts [spec-file] [--all]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadApi } from '../src/openapi/load-api.ts';
import { countVariantNames } from '../src/schema-tree/count-variant-names.ts';

const args = process.argv.slice(2);
const file =
  args.find((arg) => !arg.startsWith('--')) ??
  path.join(import.meta.dirname, '..', 'specs', 'openai-openapi.yaml');
const api = await loadApi(readFileSync(file, 'utf8'), path.basename(file));
const report = countVariantNames(api);
const total = Object.values(report.bySource).reduce((sum, n) => sum + n, 0);
console.log(
  `${path.basename(file)}: ${report.choices} variant choices, ${total} alternatives, ${report.nodes} tree nodes opened`,
);
for (const [source, count] of Object.entries(report.bySource)) {
  console.log(
    `  ${source.padEnd(14)} ${String(count).padStart(5)}  ${((100 * count) / Math.max(1, total)).toFixed(1)}%`,
  );
}
const shown = args.includes('--all') ? report.fallbacks : report.fallbacks.slice(0, 30);
console.log(`\nFell back to a type summary or a position (${report.fallbacks.length}):`);
for (const { where, label, labelSource } of shown) console.log(`  [${labelSource}] ${label}   ← ${where}`);
if (shown.length < report.fallbacks.length)
  console.log(`  … ${report.fallbacks.length - shown.length} more (--all)`);
