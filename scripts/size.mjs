#!/usr/bin/env node
// Prints the gzip size of what the default page loads (index.html, its scripts and styles and what they import
// statically: the overview, the landing route), what an operation page adds (a deep link such as
// #/operations/usage-audio-speeches also loads the operation page's chunk and its static imports), and the
// chunks loaded on demand. Reads Vite's build manifest. Run after `vite build` (npm run size does both).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const budget = 120 * 1024;
const manifestFile = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestFile)) {
  console.error('dist/.vite/manifest.json is missing: run `vite build` first (npm run size does).');
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const OPERATION_PAGE = 'src/app/OperationRoute.tsx';

/** The files a manifest entry loads before it runs: its chunk, its CSS, and its static imports' (recursively). */
function closure(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const css of chunk.css ?? []) into.add(css);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const line = (size, label) => console.log(`  ${kb(size).padStart(9)}  ${label}`);

const initial = closure('index.html', new Set(['index.html']));
let initialTotal = 0;
console.log('Loaded by the default page, the overview (gzip):');
for (const file of initial) {
  const size = gz(file);
  initialTotal += size;
  line(size, file);
}
line(initialTotal, `total (budget ${kb(budget)}: ${initialTotal <= budget ? 'within' : 'OVER'})`);

if (!manifest[OPERATION_PAGE]) {
  console.error(`${OPERATION_PAGE} is not a chunk of its own any more: update scripts/size.mjs.`);
  process.exit(1);
}
const operation = [...closure(OPERATION_PAGE)].filter((file) => !initial.has(file));
let operationTotal = 0;
console.log('Added by an operation page (a deep link loads both at once; gzip):');
for (const file of operation) {
  const size = gz(file);
  operationTotal += size;
  line(size, file);
}
line(initialTotal + operationTotal, 'total for a deep link to an operation');

const shown = new Set([...initial, ...operation]);
console.log('Loaded on demand (gzip):');
const all = readdirSync(join(dist, 'assets')).map((f) => join('assets', f));
for (const file of all.filter((f) => !shown.has(f) && statSync(join(dist, f)).isFile())) line(gz(file), file);
