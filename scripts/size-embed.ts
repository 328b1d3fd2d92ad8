/**
 * `npm run size`, the embed's part: the gzip size of `dist/embed/try-it.js` plus every file of dist/embed/ that a
 * host page with one `<try-it-operation>` loads, found by loading such a page in headless Chromium (the
 * manifest cannot say which lazy chunks the first render asks for) and waiting until the network is idle. Three
 * cases: the API built into the script, a description given by `spec-url` (JSON, through the loader
 * worker), and that with `view="try-it"`. The snippet, History and generated examples load when scrolled near
 * (use-near-viewport.ts): what scrolling to the end adds is printed after each total. Budget: 130 KB gzip. Files are gzipped at level 9 from disk, as size.mjs does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/find-chromium.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EMBED = path.join(ROOT, 'dist', 'embed');
const BUDGET = 130 * 1024;

interface ServeStaticModule {
  serveStatic(options: { root: string; host?: string; port?: number }): Promise<{
    url: string;
    close(): Promise<void>;
  }>;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (file: string) => gzipSync(readFileSync(path.join(EMBED, file)), { level: 9 }).length;

async function main(): Promise<void> {
  if (!existsSync(path.join(EMBED, 'try-it.js'))) {
    console.error('dist/embed/try-it.js is missing: run `npm run build` first (npm run size does).');
    process.exit(1);
  }
  const site = await mkdtemp(path.join(os.tmpdir(), 'tryit-size-embed-'));
  const { serveStatic } = (await import(
    pathToFileURL(path.join(ROOT, 'scripts', 'serve-static.mjs')).href
  )) as ServeStaticModule;
  const server = await serveStatic({ root: site, host: '127.0.0.1', port: 0 });
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    await cp(EMBED, path.join(site, 'embed'), { recursive: true });
    const spec = yaml.load(readFileSync(path.join(ROOT, 'specs', 'openai-usage.yaml'), 'utf8'));
    await writeFile(path.join(site, 'spec.json'), JSON.stringify(spec));
    for (const [index, [name, attributes]] of [
      ['the API built into the script', ''],
      ['spec-url (JSON, through the loader worker)', 'spec-url="spec.json"'],
      ['view="try-it", spec-url (the panel alone)', 'spec-url="spec.json" view="try-it"'],
    ].entries()) {
      const file = `host-${index}.html`;
      await writeFile(
        path.join(site, file),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Size</title>` +
          `<script type="module" src="./embed/try-it.js"></script></head><body>` +
          `<try-it-operation operation-id="usage-audio-speeches" ${attributes}></try-it-operation></body></html>`,
      );
      const context = await browser.newContext();
      const page = await context.newPage();
      const loaded = new Set<string>();
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (pathname.startsWith('/embed/')) loaded.add(pathname.slice('/embed/'.length));
      });
      await page.goto(new URL(file, server.url).href);
      await page
        .locator('try-it-operation')
        .getByRole('button', { name: 'Send', exact: true })
        .waitFor({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      const first = new Set(loaded);
      // Below-the-fold parts load when scrolled near: scroll to the end to see what a reader who does adds.
      for (let step = 0; step < 20; step += 1) {
        const more = await page.evaluate(() => {
          window.scrollBy(0, window.innerHeight);
          return window.scrollY + window.innerHeight < document.documentElement.scrollHeight;
        });
        await page.waitForTimeout(100);
        if (!more) break;
      }
      await page.waitForLoadState('networkidle');
      const later = [...loaded].filter((loadedFile) => !first.has(loadedFile));
      loaded.clear();
      for (const loadedFile of first) loaded.add(loadedFile);
      await context.close();
      let total = 0;
      console.log(`Embed, one operation, ${name} (gzip; loaded until the network is idle):`);
      const files = [...loaded].sort((a, b) =>
        a === 'try-it.js' ? -1 : b === 'try-it.js' ? 1 : gz(b) - gz(a),
      );
      for (const loadedFile of files) {
        const size = gz(loadedFile);
        total += size;
        console.log(`  ${kb(size).padStart(9)}  embed/${loadedFile}`);
      }
      const within = total <= BUDGET;
      console.log(`  ${kb(total).padStart(9)}  total (budget ${kb(BUDGET)}: ${within ? 'within' : 'OVER'})`);
      const laterTotal = later.reduce((sum, laterFile) => sum + gz(laterFile), 0);
      console.log(
        `  ${kb(laterTotal).padStart(9)}  more once scrolled to the end (${later.length} files, below the fold): ${kb(total + laterTotal)} in all`,
      );
    }
    console.log(
      `  ${kb(gz('react.js')).padStart(9)}  embed/react.js (the React components; a React host adds it)`,
    );
  } finally {
    await browser.close();
    await server.close();
    await rm(site, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
