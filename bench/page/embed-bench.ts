/**
 * The embed's section of `npm run bench:page`: how long a host page with one `<try-it-operation>` takes until the
 * element is interactive, for the API built into the script and for a description given by `spec-url` (JSON,
 * loaded through the worker). Serves the site's `embed/` folder (built into it by vite.embed.config.ts when the
 * page build did not bring one) and a host page on one origin. Fresh browser context per load (no cache).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Browser } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TIMEOUT_MS = 20_000;

export const EMBED_DEFINITIONS = `Definitions (from navigation start of the host page, in-page performance.now(); fresh context per load):
  element content shown   the operation's <h1> (view=reference) is in the element's shadow root
  interactive             the Send button and the first parameter field of the Try it panel are in the shadow
                          root and the next frame has been painted (requestAnimationFrame + a MessageChannel hop),
                          polled every frame from an init script
  embed bytes             bytes transferred from embed/ until then (uncompressed on this local server)`;

interface EmbedRun {
  shown?: number;
  interactive?: number;
  bytes: number;
  error?: string;
}

/** Writes `embed/` into `site` if missing (vite build -c vite.embed.config.ts). */
async function ensureEmbed(site: string): Promise<string> {
  if (existsSync(path.join(site, 'embed', 'try-it.js'))) return 'embed/ from the page build';
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
        'build',
        '-c',
        'vite.embed.config.ts',
        '--outDir',
        path.join(site, 'embed'),
        '--logLevel',
        'warn',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`embed build exited ${code}`))));
    child.on('error', reject);
  });
  return 'embed/ built with vite.embed.config.ts';
}

const INIT = `(() => {
  const b = { shown: null, interactive: null };
  window.__embedBench = b;
  const tick = () => {
    const root = document.querySelector('try-it-operation')?.shadowRoot;
    if (b.shown === null && root?.querySelector('h1')) b.shown = performance.now();
    const ready = root?.querySelector('form[aria-label="Parameters"] .field') && root.querySelector('button.primary');
    if (ready) {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { b.interactive = performance.now(); };
        channel.port2.postMessage(0);
      });
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function oneLoad(browser: Browser, url: string): Promise<EmbedRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  let bytes = 0;
  try {
    const page = await context.newPage();
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.startsWith('/embed/')) return;
      response.body().then(
        (body) => {
          bytes += body.length;
        },
        () => undefined,
      );
    });
    await page.addInitScript(INIT);
    await page.goto(url);
    await page.waitForFunction(
      () => (window as unknown as { __embedBench: { interactive: number | null } }).__embedBench.interactive,
      undefined,
      { timeout: TIMEOUT_MS },
    );
    const state = await page.evaluate(
      () =>
        (window as unknown as { __embedBench: { shown: number | null; interactive: number } }).__embedBench,
    );
    return { shown: state.shown ?? undefined, interactive: state.interactive, bytes };
  } catch (error) {
    return { bytes, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await context.close();
  }
}

function median(values: number[]): number | undefined {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs the embed figures on the served `site` (its URL `siteUrl`) and prints them. */
export async function embedBench(options: {
  browser: Browser;
  site: string;
  siteUrl: string;
  runs: number;
}): Promise<void> {
  const how = await ensureEmbed(options.site);
  const spec = yaml.load(await readFile(path.join(ROOT, 'specs', 'openai-usage.yaml'), 'utf8'));
  await writeFile(path.join(options.site, 'embed-bench-spec.json'), JSON.stringify(spec));
  const page = (attributes: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embed bench</title>` +
    `<script type="module" src="./embed/try-it.js"></script></head><body><h1>Host</h1>` +
    `<try-it-operation operation-id="usage-audio-speeches" ${attributes}></try-it-operation></body></html>`;
  await writeFile(path.join(options.site, 'embed-bench-built-in.html'), page(''));
  await writeFile(
    path.join(options.site, 'embed-bench-spec-url.html'),
    page('spec-url="embed-bench-spec.json"'),
  );
  console.log(`\nembed: ${how}; ${options.runs} fresh loads per case`);
  for (const [name, file] of [
    ['built-in API', 'embed-bench-built-in.html'],
    ['spec-url (JSON)', 'embed-bench-spec-url.html'],
  ] as const) {
    const runs: EmbedRun[] = [];
    for (let i = 0; i < options.runs; i++) {
      const run = await oneLoad(options.browser, new URL(file, options.siteUrl).href);
      runs.push(run);
      console.log(
        `  embed ${name} #${i + 1}: ${run.error ? `error: ${run.error}` : `shown ${run.shown?.toFixed(0)} ms, interactive ${run.interactive?.toFixed(0)} ms`}`,
      );
    }
    const format = (value: number | undefined, unit: string) =>
      value === undefined ? 'n/a' : `${value.toFixed(0)} ${unit}`;
    console.log(
      `embed     ${name.padEnd(16)} element content shown ${format(median(runs.map((r) => r.shown ?? Number.NaN)), 'ms')}, ` +
        `interactive ${format(median(runs.map((r) => r.interactive ?? Number.NaN)), 'ms')} (median of ${runs.filter((r) => !r.error).length}), ` +
        `embed bytes ${format(median(runs.map((r) => r.bytes / 1024)), 'KB')}`,
    );
  }
  console.log(`\n${EMBED_DEFINITIONS}`);
}
