#!/usr/bin/env node
// Prints the gzip size of what the default page loads (index.html's scripts and styles and what they import
// statically), separately from the chunks loaded on demand. Run after `vite build` (npm run size does both).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const budget = 120 * 1024;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entryFiles = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);

// Follow static imports (`import … from "./x.js"` and `import "./x.js"`) from the entry chunks.
const initial = new Set();
const queue = [...entryFiles];
while (queue.length > 0) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  if (!file.endsWith('.js')) continue;
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{},\s$]+from\s*)?["'](\.\/[^"']+\.js)["']/g,
  )) {
    queue.push(join('assets', m[1].slice(2)));
  }
}

const gz = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const all = readdirSync(join(dist, 'assets')).map((f) => join('assets', f));
let initialTotal = gz('index.html');
console.log('Loaded by the default page (gzip):');
console.log(`  ${kb(gz('index.html')).padStart(9)}  index.html`);
for (const file of initial) {
  const size = gz(file);
  initialTotal += size;
  console.log(`  ${kb(size).padStart(9)}  ${file}`);
}
console.log(
  `  ${kb(initialTotal).padStart(9)}  total (budget ${kb(budget)}: ${initialTotal <= budget ? 'within' : 'OVER'})`,
);
console.log('Loaded on demand (gzip):');
for (const file of all.filter((f) => !initial.has(f) && statSync(join(dist, f)).isFile())) {
  console.log(`  ${kb(gz(file)).padStart(9)}  ${file}`);
}
