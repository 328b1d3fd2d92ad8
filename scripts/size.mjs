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

// The prerendered site (scripts/prerender.ts): an operation page paints from its HTML and CSS alone, hydrates
// its reference once the entry, the operation page and the schema table are in (all preloaded), and its Try it
// panel turns live when that chunk follows.
const TRY_IT_PANEL = 'src/features/try-it/TryItPanel.tsx';
const schemasKey = Object.keys(manifest).find((key) => key.includes('tryit-default-api-schemas'));
const prerenderedPage = readdirSync(join(dist, 'operations')).find((f) => f.endsWith('.html'));
if (!manifest[TRY_IT_PANEL] || !schemasKey || !prerenderedPage) {
  console.error(
    'The Try it panel chunk, the schema table chunk or a prerendered page is missing: update scripts/size.mjs.',
  );
  process.exit(1);
}
const pageFile = join('operations', prerenderedPage);
const cssOf = (files) => [...files].filter((f) => f.endsWith('.css'));
const firstPaint = [pageFile, ...cssOf(initial)];
const hydrate = new Set([...initial, ...operation, ...closure(schemasKey)]);
hydrate.delete('index.html');
hydrate.add(pageFile);
const panel = [...closure(TRY_IT_PANEL)].filter((file) => !hydrate.has(file) && !initial.has(file));
const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);
const hydrateTotal = sum(hydrate);
const panelTotal = sum(panel);
console.log(`A prerendered operation page (${pageFile}; gzip):`);
line(sum(firstPaint), 'first paint: its HTML and the stylesheet, no JavaScript');
line(
  hydrateTotal,
  `hydrated reference: HTML, entry, operation page, schema table (budget ${kb(budget)}: ${hydrateTotal <= budget ? 'within' : 'OVER'})`,
);
line(panelTotal, `+ the Try it panel's chunk and its imports, after hydration (${panel.length} files)`);
line(hydrateTotal + panelTotal, 'total once the panel is live');
const spaDeepLink = initialTotal + operationTotal + panelTotal;
line(
  spaDeepLink,
  'the SPA shell’s deep link (index.html#/operations/…) loads all of it before it paints the page',
);

const shown = new Set([...initial, ...operation, ...hydrate, ...panel]);
console.log('Loaded on demand (gzip):');
const all = readdirSync(join(dist, 'assets')).map((f) => join('assets', f));
for (const file of all.filter((f) => !shown.has(f) && statSync(join(dist, f)).isFile())) line(gz(file), file);
