/**
 * Page benchmark (`npm run bench:page`): how fast the built page lists, settles and opens an operation, for the
 * embedded default API and for the full OpenAI description loaded with `?spec=`.
 *
 * Builds the page with `vite build` into a temporary folder (never touching `dist/`, which other tools use);
 * `--reuse-dist` copies `dist/` instead when it is newer than every build input. The spec file is copied next to
 * the build and both are served by scripts/serve-static.mjs on one origin (no CORS). Each document gets
 * RUNS fresh page loads (a new browser context each, so no HTTP or code cache carries over) in headless
 * Chromium. Everything is measured in the page, from navigation start (`performance.now()` = 0), by an init
 * script installed before any page script (see METRIC_DEFINITIONS, printed with the results). The JS heap is
 * read through CDP after a forced GC. Targets are reported, never enforced: the exit code is 0 whatever the
 * figures (it is non-zero only when the benchmark itself cannot run, e.g. no Chromium or a failed build).
 *
 * The response-check section (bench/response-check-bench.ts) then checks an ~11 MB answer in the page.
 *
 *   npm run bench:page [-- --runs 5] [--reuse-dist] [--site built-folder]
 *                         [--only default|openai|search|check|reference|embed]
 *                         [--cpu-profile out.cpuprofile]
 *
 * The reference column has its own section (referenceBench): createChatCompletion's responses after a click,
 * and the heap after opening 20 operations, both on the full OpenAI description.
 *
 * `--site` benchmarks an already built page folder (e.g. another checkout's dist/, for a before/after).
 * `--cpu-profile` writes a V8 CPU profile of the main thread during the first full-API load.
 * The `?spec=` weight and the search figures are their own section: bench/search-and-spec-bench.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/find-chromium.ts';
import { embedBench } from './page/embed-bench.ts';
import { prerenderPaintFigures } from './prerender-paint-bench.ts';
import { benchResponseCheck } from './response-check-bench.ts';
import { searchAndSpecFigures } from './search-and-spec-bench.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FULL_SPEC = path.join(ROOT, 'specs', 'openai-openapi.yaml');
const VIEWPORT = { width: 1280, height: 800 };
const FORM_OPERATION = 'Audio speeches';
const SETTLE_MS = 1_000;
const STEP_TIMEOUT_MS = 15_000;

interface ServeStaticModule {
  serveStatic(options: {
    root: string;
    host?: string;
    port?: number;
    basePath?: string;
  }): Promise<{ url: string; close(): Promise<void> }>;
}

interface Options {
  runs: number;
  reuseDist: boolean;
  only: 'default' | 'openai' | 'search' | 'check' | 'reference' | 'paint' | 'embed' | undefined;
  cpuProfile: string | undefined;
  site: string | undefined;
}

interface DocumentCase {
  name: string;
  /** Page URL relative to the served root. */
  query: string;
  /** How many sidebar links mean "this document's operations are listed". */
  operations: number;
}

/** One load's figures in ms (heap in MB); `undefined` when the moment never came. */
interface RunResult {
  firstLinks?: number;
  specFetched?: number;
  workerCreated?: number;
  workerMessage?: number;
  listed?: number;
  listedPainted?: number;
  responsive?: number;
  maxTask: number;
  longTasks: number;
  blocking: number;
  heapMb?: number;
  formOpen?: number;
  formCommit?: number;
  formMaxTask: number;
  error?: string;
}

interface Metric {
  key: keyof RunResult;
  label: string;
  unit: string;
  /** Target, and whether smaller is better (all here). */
  target?: number;
}

const METRICS: Metric[] = [
  { key: 'firstLinks', label: 'phase: first sidebar links', unit: 'ms' },
  { key: 'workerCreated', label: 'phase: load worker created', unit: 'ms' },
  { key: 'specFetched', label: 'phase: spec fetched', unit: 'ms' },
  { key: 'workerMessage', label: 'phase: model message arrives', unit: 'ms' },
  { key: 'listed', label: 'operations listed (DOM)', unit: 'ms', target: 800 },
  { key: 'listedPainted', label: 'operations listed (painted)', unit: 'ms' },
  { key: 'responsive', label: 'responsive', unit: 'ms', target: 1_200 },
  { key: 'maxTask', label: 'longest main-thread task', unit: 'ms', target: 200 },
  { key: 'longTasks', label: 'long tasks (>50 ms) during load', unit: '' },
  { key: 'blocking', label: 'blocking time (sum of task-50ms)', unit: 'ms' },
  { key: 'heapMb', label: 'JS heap after GC', unit: 'MB', target: 25 },
  { key: 'formOpen', label: `form open (click → painted)`, unit: 'ms', target: 60 },
  { key: 'formCommit', label: 'form open (click → DOM)', unit: 'ms' },
  { key: 'formMaxTask', label: 'longest task during form open', unit: 'ms' },
];

const METRIC_DEFINITIONS = `Definitions (all times from navigation start, in-page performance.now(); one fresh browser context per load):
  phase: first sidebar links  the first link of any API in the sidebar (the default API's, also under ?spec=)
  phase: load worker created  the page's first \`new Worker\` (the constructor is wrapped by the init script)
  phase: spec fetched         Resource Timing responseEnd of the spec file
  phase: model message arrives the worker's first message event is dispatched (a listener added before the page's
                              own onmessage, so before the page reads event.data)
  operations listed (DOM)     a MutationObserver sees the document's full operation count of links in
                              nav[aria-label=Operations] (11 default, 288 OpenAI; the default API's 11 links shown
                              first while ?spec= loads do not count)
  operations listed (painted) the first requestAnimationFrame after that, plus one MessageChannel hop (≈ frame painted)
  responsive                  firing time of the first 50 ms setTimeout probe (a chain started by the init script)
                              that fires after the operations were listed and no more than 50 ms late
  longest main-thread task    largest PerformanceObserver 'longtask' entry (registered before any page script)
                              from navigation start until ${SETTLE_MS} ms after "responsive" was seen (0 = none >50 ms)
  blocking time               sum over those long tasks of (duration - 50 ms)
  JS heap after GC            CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage usedSize (page isolate)
  form open                   sidebar click on "${FORM_OPERATION}" (click event.timeStamp) until the new operation's
                              first form field (form[aria-label=Parameters] .field) is in the DOM and visible
                              (DOM), then the next frame as above (painted); its group is expanded and another
                              operation shown first (the page lands on the overview), outside the measurement`;

/** Installed before any page script: long tasks, the timer probe, link and form watchers. */
function initScript(expectedLinks: number): string {
  return `(() => {
  const b = { expectedLinks: ${expectedLinks}, longTasks: [], probes: [], firstLinks: null, listed: null,
    listedPainted: null, workerCreated: null, workerMessage: null, click: null, oldField: undefined,
    formCommit: null, formPainted: null };
  window.__bench = b;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(...args) {
      super(...args);
      if (b.workerCreated === null) b.workerCreated = performance.now();
      // Registered before the page's own onmessage: the time the message is dispatched, before its data is read.
      this.addEventListener('message', () => { if (b.workerMessage === null) b.workerMessage = performance.now(); });
    }
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { b.longTaskError = String(e); }
  let due = performance.now() + 50;
  const tick = () => {
    const now = performance.now();
    b.probes.push([due, now]);
    due = now + 50;
    if (b.probes.length < 1200) setTimeout(tick, 50);
  };
  setTimeout(tick, 50);
  const afterFrame = (done) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(0);
  });
  const firstField = () => document.querySelector('form[aria-label="Parameters"] .field');
  const visible = (el) => {
    if (!el || !el.checkVisibility || !el.checkVisibility()) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const check = () => {
    if (b.firstLinks === null && document.querySelector('nav[aria-label="Operations"] a')) {
      b.firstLinks = performance.now();
    }
    if (b.listed === null &&
        document.querySelectorAll('nav[aria-label="Operations"] a').length >= b.expectedLinks) {
      b.listed = performance.now();
      afterFrame((t) => { b.listedPainted = t; });
    }
    if (b.click !== null && b.formCommit === null) {
      const field = firstField();
      if (field && field !== b.oldField && visible(field)) {
        b.formCommit = performance.now();
        afterFrame((t) => { b.formPainted = t; });
      }
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  b.armClick = () => { b.oldField = firstField(); b.click = null; b.formCommit = null; b.formPainted = null; };
  document.addEventListener('click', (e) => {
    if (b.oldField !== undefined && b.click === null && e.target instanceof Element &&
        e.target.closest('nav[aria-label="Operations"] a')) b.click = e.timeStamp;
  }, true);
})();`;
}

interface BenchState {
  firstLinks: number | null;
  workerCreated: number | null;
  workerMessage: number | null;
  specFetched: number | null;
  longTasks: [number, number][];
  probes: [number, number][];
  listed: number | null;
  listedPainted: number | null;
  click: number | null;
  formCommit: number | null;
  formPainted: number | null;
  longTaskError?: string;
}

function parseOptions(argv: string[]): Options {
  const options: Options = {
    runs: 5,
    reuseDist: false,
    only: undefined,
    cpuProfile: undefined,
    site: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--runs') options.runs = Math.max(1, Number(argv[++i]) || 5);
    else if (arg === '--reuse-dist') options.reuseDist = true;
    else if (arg === '--site') options.site = path.resolve(argv[++i] ?? '');
    else if (arg === '--only') {
      const value = argv[++i];
      if (!['default', 'openai', 'search', 'check', 'reference', 'paint', 'embed'].includes(value ?? '')) {
        throw new Error('--only takes default, openai, search, check, reference, paint or embed');
      }
      options.only = value as Options['only'];
    } else if (arg === '--cpu-profile') options.cpuProfile = path.resolve(argv[++i] ?? 'page.cpuprofile');
    else throw new Error(`unknown option ${arg}`);
  }
  return options;
}

/** Newest modification time (ms) of a file or of any file under a folder. */
async function newestMtime(target: string): Promise<number> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target)) {
    newest = Math.max(newest, await newestMtime(path.join(target, entry)));
  }
  return newest;
}

async function distIsFresh(): Promise<boolean> {
  const built = await stat(path.join(ROOT, 'dist', 'index.html')).catch(() => undefined);
  if (!built) return false;
  const inputs = [
    'src',
    'public',
    'index.html',
    'vite.config.ts',
    'scripts/vite-plugin-openapi.ts',
    'scripts/prerender.ts',
    'specs/openai-usage.yaml',
    'specs/openai-usage.tryit.yaml',
    'package.json',
  ];
  const newest = Math.max(...(await Promise.all(inputs.map((p) => newestMtime(path.join(ROOT, p))))));
  return newest < built.mtimeMs;
}

/** `npm run build` into `outDir`: the page, its server build, then the prerendered pages (scripts/prerender.ts). */
async function runVite(outDir: string): Promise<void> {
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  // Inside the repository: the server build imports react from node_modules (the prerender removes it).
  const ssrDir = path.join(ROOT, '.tryit-tmp', `bench-ssr-${process.pid}`);
  await runNode([vite, 'build', '--outDir', outDir, '--emptyOutDir']);
  await runNode([vite, 'build', '--ssr', 'src/app/entry-server.tsx', '--outDir', ssrDir, '--emptyOutDir']);
  await runNode([
    '--import',
    'tsx',
    path.join(ROOT, 'scripts', 'prerender.ts'),
    '--dist',
    outDir,
    '--ssr',
    ssrDir,
  ]);
}

function runNode(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} failed (${code}):\n${output}`)),
    );
  });
}

/** Puts the page in `siteDir`, built fresh or copied from a fresh dist/. Returns how. */
async function preparePage(siteDir: string, { reuseDist, site }: Options): Promise<string> {
  if (site) {
    await cp(site, siteDir, { recursive: true });
    return `copied from ${site} (--site)`;
  }
  if (reuseDist && (await distIsFresh())) {
    await cp(path.join(ROOT, 'dist'), siteDir, { recursive: true });
    if (!existsSync(path.join(siteDir, 'index.html'))) throw new Error('dist/ changed while being copied');
    return 'reused dist/ (newer than every build input)';
  }
  const started = performance.now();
  await runVite(siteDir);
  const why = reuseDist ? 'dist/ missing or older than its inputs; ' : '';
  return `${why}built (vite build, server build, prerender) into a temporary folder in ${((performance.now() - started) / 1000).toFixed(1)} s`;
}

/** Long tasks, probe and heap figures for one finished load. */
function loadFigures(state: BenchState): Omit<RunResult, 'heapMb' | 'formOpen' | 'formCommit'> {
  const tasks = state.longTasks;
  const listed = state.listed ?? undefined;
  const onTime =
    listed === undefined
      ? undefined
      : state.probes.find(([due, fired]) => fired >= listed && fired - due <= 50);
  return {
    firstLinks: state.firstLinks ?? undefined,
    workerCreated: state.workerCreated ?? undefined,
    specFetched: state.specFetched ?? undefined,
    workerMessage: state.workerMessage ?? undefined,
    listed,
    listedPainted: state.listedPainted ?? undefined,
    responsive: onTime?.[1],
    maxTask: Math.max(0, ...tasks.map(([, duration]) => duration)),
    longTasks: tasks.length,
    blocking: tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
    formMaxTask: 0,
  };
}

async function readState(page: Page): Promise<BenchState> {
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: BenchState }).__bench;
    const spec = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/bench-specs/')) as PerformanceResourceTiming | undefined;
    return {
      firstLinks: b.firstLinks,
      workerCreated: b.workerCreated,
      workerMessage: b.workerMessage,
      specFetched: spec ? spec.responseEnd : null,
      longTasks: b.longTasks,
      probes: b.probes,
      listed: b.listed,
      listedPainted: b.listedPainted,
      click: b.click,
      formCommit: b.formCommit,
      formPainted: b.formPainted,
      ...(b.longTaskError ? { longTaskError: b.longTaskError } : {}),
    };
  });
}

/** Clicks the form operation's link (expanding its group, showing another operation first if needed). */
async function measureFormOpen(
  page: Page,
): Promise<Pick<RunResult, 'formOpen' | 'formCommit' | 'formMaxTask'>> {
  const link = page.locator('nav[aria-label="Operations"] a', { hasText: FORM_OPERATION }).first();
  const group = page
    .locator('nav[aria-label="Operations"] details')
    .filter({ has: page.locator('a', { hasText: FORM_OPERATION }) });
  if (!(await group.evaluate((el) => (el as HTMLDetailsElement).open))) {
    await group.locator('summary').click();
  }
  // Operation to operation, as a reader browses: the page lands on the overview, so one is opened first (the
  // first open after the overview is measured on its own, in search-and-spec-bench.ts).
  const showsOperation = await page.evaluate(
    () =>
      document.querySelector('nav[aria-label="Operations"] a[aria-current="page"][href^="#/operations/"]') !==
      null,
  );
  if (!showsOperation || (await link.getAttribute('aria-current')) === 'page') {
    const other = group
      .locator('a[href^="#/operations/"]:not([aria-current])', { hasNotText: FORM_OPERATION })
      .first();
    await other.click();
    await page.waitForFunction(
      () => document.querySelector('nav[aria-label="Operations"] a[aria-current="page"]') !== null,
    );
    await page.waitForTimeout(300);
  }
  await link.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  const before = await page.evaluate(() => performance.now());
  await page.evaluate(() => (window as unknown as { __bench: { armClick(): void } }).__bench.armClick());
  await link.click();
  await page.waitForFunction(
    () => (window as unknown as { __bench: BenchState }).__bench.formPainted !== null,
    undefined,
    { timeout: STEP_TIMEOUT_MS },
  );
  await page.waitForTimeout(100);
  const state = await readState(page);
  const click = state.click ?? Number.NaN;
  return {
    formOpen: (state.formPainted ?? Number.NaN) - click,
    formCommit: (state.formCommit ?? Number.NaN) - click,
    formMaxTask: Math.max(0, ...state.longTasks.filter(([start]) => start >= before).map(([, d]) => d)),
  };
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

async function oneLoad(
  browser: Browser,
  url: string,
  doc: DocumentCase,
  profilePath?: string,
): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: initScript(doc.operations) });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const cdp = await context.newCDPSession(page);
    if (profilePath) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => {
        const b = (window as unknown as { __bench: BenchState }).__bench;
        return (
          b.listed !== null && b.probes.some(([due, fired]) => fired >= (b.listed ?? 0) && fired - due <= 50)
        );
      },
      undefined,
      { timeout: STEP_TIMEOUT_MS, polling: 100 },
    );
    await page.waitForTimeout(SETTLE_MS);
    if (profilePath) {
      const { profile } = await cdp.send('Profiler.stop');
      await writeFile(profilePath, JSON.stringify(profile));
    }
    const loaded = await readState(page);
    if (loaded.longTaskError) throw new Error(`no longtask observer: ${loaded.longTaskError}`);
    const figures = loadFigures(loaded);
    const heap = await heapMb(cdp);
    const form = await measureFormOpen(page);
    return { ...figures, heapMb: heap, ...form };
  } catch (error) {
    return {
      maxTask: Number.NaN,
      longTasks: Number.NaN,
      blocking: Number.NaN,
      formMaxTask: Number.NaN,
      error: error instanceof Error ? error.message.split('\n')[0] : String(error),
    };
  } finally {
    await context.close();
  }
}

function stats(values: number[]): { median: number; min: number; max: number } | undefined {
  const finite = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (finite.length === 0) return undefined;
  const mid = Math.floor(finite.length / 2);
  const median = finite.length % 2 ? (finite[mid] ?? 0) : ((finite[mid - 1] ?? 0) + (finite[mid] ?? 0)) / 2;
  return { median, min: finite[0] ?? 0, max: finite[finite.length - 1] ?? 0 };
}

function format(value: number, unit: string): string {
  return unit === 'MB' ? value.toFixed(1) : Math.round(value).toString();
}

function printTable(results: Map<string, RunResult[]>): void {
  const header = ['document', 'metric', 'median', 'min', 'max', 'target', 'met'];
  const rows: string[][] = [];
  for (const [name, runs] of results) {
    for (const metric of METRICS) {
      const s = stats(runs.map((r) => (r[metric.key] as number | undefined) ?? Number.NaN));
      const unit = metric.unit ? ` ${metric.unit}` : '';
      const target = metric.target === undefined ? '' : `≤ ${metric.target}${unit}`;
      const met = metric.target === undefined || !s ? '' : s.median <= metric.target ? 'yes' : 'NO';
      rows.push([
        name,
        metric.label,
        s ? `${format(s.median, metric.unit)}${unit}` : 'n/a',
        s ? format(s.min, metric.unit) : '',
        s ? format(s.max, metric.unit) : '',
        target,
        met,
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---- Reference column (responses and schema trees) on the full OpenAI description -------------------------

const REFERENCE_OPERATION = 'createChatCompletion';
const REFERENCE_OPERATIONS_OPENED = 20;

const REFERENCE_DEFINITIONS = `Reference figures (full OpenAI description, one fresh browser context per run, after "operations listed"):
  responses visible         sidebar click on "${REFERENCE_OPERATION}" (click event.timeStamp) until its Responses section shows
                            the open 200 response's schema tree rows in the DOM (DOM), then the next frame (painted); the
                            first operation is shown first (from the overview) and the Chat group opened, outside the
                            measurement
  heap after 20 operations  ${REFERENCE_OPERATIONS_OPENED} operations spread evenly over the sidebar opened one after another (hash
                            navigation, as a link does), each until its Responses section is in the DOM; then CDP
                            HeapProfiler.collectGarbage and Runtime.getHeapUsage usedSize`;

/** Installed before any page script: watches for the reference operation's responses after an armed click. */
const REFERENCE_INIT_SCRIPT = `(() => {
  const r = { armed: false, click: null, dom: null, painted: null };
  window.__refBench = r;
  const ready = () => {
    const h1 = document.querySelector('main h1');
    if (!h1 || h1.textContent !== 'Create chat completion') return false;
    const row = document.querySelector('main .responses .schema-tree .schema-row');
    return row !== null && row.getBoundingClientRect().height > 0;
  };
  document.addEventListener('click', (e) => {
    if (r.armed && r.click === null && e.target instanceof Element && e.target.closest('nav a')) r.click = e.timeStamp;
  }, true);
  new MutationObserver(() => {
    if (r.click === null || r.dom !== null || !ready()) return;
    r.dom = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { r.painted = performance.now(); };
      channel.port2.postMessage(0);
    });
  }).observe(document, { childList: true, subtree: true });
})();`;

interface ReferenceRun {
  responsesPainted?: number;
  responsesDom?: number;
  heapAfterOperations?: number;
  error?: string;
}

/** One fresh load of the full description: the createChatCompletion open, then 20 operations and the heap. */
async function oneReferenceRun(browser: Browser, url: string): Promise<ReferenceRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await context.addInitScript({ content: REFERENCE_INIT_SCRIPT });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'commit' });
    const nav = page.locator('nav[aria-label="Operations"]');
    await page.waitForFunction(
      () => document.querySelectorAll('nav[aria-label="Operations"] a[href^="#/operations/"]').length >= 288,
      undefined,
      { timeout: STEP_TIMEOUT_MS, polling: 100 },
    );
    // The page lands on the overview: open the first operation (its page and reference chunks load), so the
    // measured click goes operation → operation; then open the Chat group.
    const first = await nav.locator('a[href^="#/operations/"]').first().getAttribute('href');
    await page.evaluate((hash) => {
      window.location.hash = hash ?? '';
    }, first);
    await page.locator('main .responses').first().waitFor();
    const link = nav.locator(`a[href="#/operations/${REFERENCE_OPERATION}"]`);
    const group = nav
      .locator('details')
      .filter({ has: page.locator(`a[href="#/operations/${REFERENCE_OPERATION}"]`) });
    if (!(await group.evaluate((el) => (el as HTMLDetailsElement).open)))
      await group.locator('summary').click();
    await link.scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      (window as unknown as { __refBench: { armed: boolean } }).__refBench.armed = true;
    });
    await link.click();
    await page.waitForFunction(
      () => (window as unknown as { __refBench: { painted: number | null } }).__refBench.painted !== null,
      undefined,
      { timeout: STEP_TIMEOUT_MS },
    );
    const times = await page.evaluate(
      () => (window as unknown as { __refBench: Record<string, number> }).__refBench,
    );

    const hrefs = await nav
      .locator('a[href^="#/operations/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const step = Math.max(1, Math.floor(hrefs.length / REFERENCE_OPERATIONS_OPENED));
    const chosen = hrefs.filter((_, index) => index % step === 0).slice(0, REFERENCE_OPERATIONS_OPENED);
    for (const href of chosen) {
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, href);
      await page.waitForFunction(
        (hash) => window.location.hash === hash && document.querySelector('main .responses') !== null,
        href,
        { timeout: STEP_TIMEOUT_MS },
      );
      await page.waitForTimeout(50);
    }
    return {
      responsesPainted: (times.painted ?? Number.NaN) - (times.click ?? Number.NaN),
      responsesDom: (times.dom ?? Number.NaN) - (times.click ?? Number.NaN),
      heapAfterOperations: await heapMb(cdp),
    };
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await context.close();
  }
}

/** The reference figures: `runs` fresh loads of the full OpenAI description; prints its own table. */
async function referenceBench(browser: Browser, url: string, runs: number): Promise<void> {
  const results: ReferenceRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await oneReferenceRun(browser, url);
    results.push(run);
    console.log(
      run.error
        ? `  reference #${i + 1}: error: ${run.error}`
        : `  reference #${i + 1}: responses ${format(run.responsesPainted ?? Number.NaN, 'ms')} ms, ` +
            `heap after ${REFERENCE_OPERATIONS_OPENED} operations ${format(run.heapAfterOperations ?? Number.NaN, 'MB')} MB`,
    );
  }
  const rows: [string, keyof ReferenceRun, string, number | undefined][] = [
    [`responses of ${REFERENCE_OPERATION} visible (click → painted)`, 'responsesPainted', 'ms', 100],
    [`responses of ${REFERENCE_OPERATION} visible (click → DOM)`, 'responsesDom', 'ms', undefined],
    [`JS heap after opening ${REFERENCE_OPERATIONS_OPENED} operations`, 'heapAfterOperations', 'MB', 25],
  ];
  console.log('');
  for (const [label, key, unit, target] of rows) {
    const s = stats(results.map((r) => (r[key] as number | undefined) ?? Number.NaN));
    const median = s ? `${format(s.median, unit)} ${unit}` : 'n/a';
    const range = s ? ` (min ${format(s.min, unit)}, max ${format(s.max, unit)})` : '';
    const met =
      target === undefined || !s ? '' : `  target ≤ ${target} ${unit}: ${s.median <= target ? 'yes' : 'NO'}`;
    console.log(`openai    ${label.padEnd(58)} ${median}${range}${met}`);
  }
  console.log(`\n${REFERENCE_DEFINITIONS}`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const work = await mkdtemp(path.join(os.tmpdir(), 'tryit-page-bench-'));
  let server: { url: string; close(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  try {
    const site = path.join(work, 'site');
    const how = await preparePage(site, options);
    await mkdir(path.join(site, 'bench-specs'), { recursive: true });
    await cp(FULL_SPEC, path.join(site, 'bench-specs', 'openai-openapi.yaml'));
    const serveStaticUrl = pathToFileURL(path.join(ROOT, 'scripts', 'serve-static.mjs')).href;
    const { serveStatic } = (await import(serveStaticUrl)) as ServeStaticModule;
    server = await serveStatic({ root: site, host: '127.0.0.1', port: 0, basePath: '/' });
    const specUrl = new URL('bench-specs/openai-openapi.yaml', server.url).href;
    const executablePath = findChromium();
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });

    const documents: DocumentCase[] = [
      { name: 'default', query: '', operations: 11 },
      { name: 'openai', query: `?spec=${encodeURIComponent(specUrl)}`, operations: 288 },
    ].filter((d) => !options.only || d.name === options.only);

    console.log(`page: ${how}`);
    console.log(`served by scripts/serve-static.mjs at ${server.url}; spec ${specUrl}`);
    console.log(
      `browser: ${executablePath} ${browser.version()} headless, ${os.cpus().length} CPUs, viewport ${VIEWPORT.width}x${VIEWPORT.height}`,
    );
    const load = () => os.loadavg()[0]?.toFixed(1) ?? '?';
    console.log(`${options.runs} fresh loads per document; load average at start ${load()}\n`);

    const results = new Map<string, RunResult[]>();
    for (const doc of documents) {
      const runs: RunResult[] = [];
      for (let i = 0; i < options.runs; i++) {
        const profile =
          options.cpuProfile && doc.name === 'openai' && i === 0 ? options.cpuProfile : undefined;
        const result = await oneLoad(browser, server.url + doc.query, doc, profile);
        runs.push(result);
        const summary = result.error
          ? `error: ${result.error}`
          : `listed ${format(result.listed ?? Number.NaN, 'ms')} ms, responsive ${format(result.responsive ?? Number.NaN, 'ms')} ms, ` +
            `max task ${format(result.maxTask, 'ms')} ms, heap ${format(result.heapMb ?? Number.NaN, 'MB')} MB, ` +
            `form ${format(result.formOpen ?? Number.NaN, 'ms')} ms`;
        console.log(`  ${doc.name} #${i + 1}: ${summary}`);
        if (profile) console.log(`  CPU profile written to ${profile}`);
      }
      results.set(doc.name, runs);
    }
    if (results.size > 0) {
      console.log('');
      printTable(results);
      console.log(`\n${METRIC_DEFINITIONS}`);
    }
    if (!options.only || options.only === 'paint')
      await prerenderPaintFigures(browser, server.url, options.runs);
    if (!options.only || options.only === 'search') {
      await searchAndSpecFigures({
        browser,
        site,
        siteUrl: server.url,
        openaiYaml: FULL_SPEC,
        runs: options.runs,
        viewport: VIEWPORT,
      });
    }
    if (!options.only || options.only === 'check') {
      // Each run loads and merges ~11 MB through the real gateway: three are enough for a median.
      await benchResponseCheck(browser, server.url, Math.min(options.runs, 3));
    }
    if (!options.only || options.only === 'openai' || options.only === 'reference') {
      console.log('');
      await referenceBench(browser, `${server.url}?spec=${encodeURIComponent(specUrl)}`, options.runs);
    }
    if (!options.only || options.only === 'embed')
      await embedBench({ browser, site, siteUrl: server.url, runs: options.runs });
    console.log(
      `\ntotal ${((performance.now() - started) / 1000).toFixed(0)} s; load average at end ${load()} ` +
        `(${os.cpus().length} CPUs: figures taken on a busy machine run slower)`,
    );
  } finally {
    await browser?.close();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
