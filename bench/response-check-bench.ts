/**
 * The page benchmark's response-check section: how long the page takes to check an 11 MB answer against the
 * description, and whether the main thread stays free meanwhile (the check runs in a worker for big bodies).
 *
 * The answer is real: the demo upstream behind the reference gateway (both started here as processes), the
 * completions usage by the hour over 64 days grouped by every field (1.2 MB a page), merged by the page's
 * own "Load all pages" into one ~11 MB answer. Everything is read in the page: the `tryit:response-check`
 * User Timing measure the page records around each check (its detail says where it ran, the body's size
 * and the check's own time there), and PerformanceObserver 'longtask' entries overlapping it. The render
 * figures: the first frame (polled with requestAnimationFrame) holding the merged answer's body, from the
 * click and from the last page's arrival, the longest task until then, and the page's own JSON.parse of the
 * merged answer (`tryit:body-parse`, for its cursor, table and chart).
 */
import type { Browser } from 'playwright-core';
import { DEMO_UPSTREAM_ENTRY, GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { type ListeningProcess, spawnListening } from '../test-support/spawn-listening.ts';

const START = 1_730_419_200; // 2024-11-01T00:00:00Z
const HOURS = 64 * 24;
const GROUP_BY = ['project_id', 'user_id', 'api_key_id', 'model', 'batch'];
const STEP_TIMEOUT_MS = 180_000;

/** One run's figures. */
export interface CheckRun {
  characters: number;
  pages: number;
  where: string;
  /** The measure: from the check's start (on the page) to its verdict back on the page. */
  totalMs: number;
  /** The check itself where it ran (JSON parse + validation, in the worker). */
  checkMs: number;
  /** Longest main-thread task overlapping the check (0: none over 50 ms). */
  maxTaskMs: number;
  longTasks: number;
  /** Longest main-thread task from "Load all pages" to the verdict (rendering the merged answer included). */
  maxTaskAroundMs: number;
  /** Long tasks from "Load all pages" on, as `start+duration` ms relative to the check's start (attribution). */
  aroundTasks: string;
  /** From the click on "Load all pages" to the first frame with the merged answer's body in the page. */
  bodyShownMs: number;
  /** From the last page's arrival (the merged answer handed to the view) to that frame. */
  renderMs: number;
  /** Longest main-thread task from the click to the body shown (the render of the merged answer). */
  maxTaskRenderMs: number;
  /** JSON.parse of the merged answer on the page for its cursor, table and chart (`tryit:body-parse`). */
  parseMs: number;
  verdict: string;
}

const INIT = `(() => {
  const tasks = [];
  window.__checkBench = { tasks };
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__checkBench.error = String(e); }
})();`;

/** Runs the section `runs` times against the page served at `pageUrl`; prints one line per run and a summary. */
export async function benchResponseCheck(
  browser: Browser,
  pageUrl: string,
  runs: number,
): Promise<CheckRun[]> {
  const started: ListeningProcess[] = [];
  try {
    const demo = await spawnListening(DEMO_UPSTREAM_ENTRY, { DEMO_HOST: '127.0.0.1', DEMO_PORT: '0' });
    started.push(demo);
    const gateway = await spawnListening(GATEWAY_ENTRY, {
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: `${demo.url}/v1`,
      GATEWAY_ALLOWED_ORIGINS: new URL(pageUrl).origin,
    });
    started.push(gateway);
    console.log(
      `\nresponse check of an ~11 MB answer: completions by the hour over ${HOURS / 24} days, grouped by ` +
        `${GROUP_BY.join(', ')}, merged by "Load all pages" (demo upstream ${demo.url} behind gateway ${gateway.url})`,
    );
    const results: CheckRun[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await oneRun(browser, pageUrl, gateway.url).catch((error: unknown) => {
        console.log(
          `  check #${i + 1}: error: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
        );
        return undefined;
      });
      if (!run) continue;
      results.push(run);
      console.log(
        `  check #${i + 1}: ${(run.characters / 1e6).toFixed(1)} M characters in ${run.pages} pages, in the ${run.where}: ` +
          `${Math.round(run.totalMs)} ms to the verdict (${Math.round(run.checkMs)} ms checking), longest main-thread ` +
          `task meanwhile ${Math.round(run.maxTaskMs)} ms (${run.longTasks} over 50 ms); around it, rendering the ` +
          `merged answer included: ${Math.round(run.maxTaskAroundMs)} ms; "${run.verdict}"`,
      );
      console.log(
        `    long tasks from "Load all pages" on (start relative to the check's start + ms): ${run.aroundTasks}`,
      );
      console.log(
        `    body shown ${Math.round(run.bodyShownMs)} ms after the click (${Math.round(run.renderMs)} ms after the ` +
          `last page came), longest task until then ${Math.round(run.maxTaskRenderMs)} ms; body parsed on the ` +
          `page in ${Number.isNaN(run.parseMs) ? 'n/a (no tryit:body-parse measure)' : `${Math.round(run.parseMs)} ms`}`,
      );
    }
    if (results.length > 0) {
      const median = (values: number[]) => {
        const sorted = [...values].sort((a, b) => a - b);
        const mid = Math.floor(sorted.length / 2);
        return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
      };
      const maxTask = Math.max(...results.map((r) => r.maxTaskMs));
      const maxAround = Math.max(...results.map((r) => r.maxTaskAroundMs));
      const ms = (key: keyof CheckRun) => Math.round(median(results.map((r) => r[key] as number)));
      console.log(
        `  median over ${results.length}: ${ms('totalMs')} ms to the verdict, ` +
          `${ms('checkMs')} ms checking in the ${results[0]?.where}; longest main-thread task during the ` +
          `check ${ms('maxTaskMs')} ms (max of runs ${Math.round(maxTask)} ms; target ≤ 200 ms: ${maxTask <= 200 ? 'met' : 'NOT met'})`,
      );
      console.log(
        `  median over ${results.length}: body shown ${ms('bodyShownMs')} ms after the click, ${ms('renderMs')} ms ` +
          `after the last page; longest task rendering it ${ms('maxTaskRenderMs')} ms; longest task from the ` +
          `click to the verdict ${ms('maxTaskAroundMs')} ms (max of runs ${Math.round(maxAround)} ms; target ≤ 200 ms: ` +
          `${maxAround <= 200 ? 'met' : 'NOT met'}); parse on the page ${ms('parseMs')} ms`,
      );
    }
    return results;
  } finally {
    await Promise.all(started.map((process) => process.stop()));
  }
}

async function oneRun(browser: Browser, pageUrl: string, gatewayUrl: string): Promise<CheckRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript({ content: INIT });
    const page = await context.newPage();
    page.setDefaultTimeout(STEP_TIMEOUT_MS);
    // A share link fills the form, as a person would paste it.
    const query = new URLSearchParams([
      ['query__start_time', String(START)],
      ['query__end_time', String(START + HOURS * 3600)],
      ['query__bucket_width', '1h'],
      ['query__limit', '168'],
      ...GROUP_BY.map((field) => ['query__group_by', field]),
    ]);
    await page.goto(`${pageUrl}#/operations/usage-completions?${query}`);
    const tryIt = page.getByRole('region', { name: 'Try it', exact: true });
    await tryIt.getByLabel('Admin API key', { exact: true }).fill('sk-bench-key');
    await tryIt.getByLabel('Gateway URL', { exact: true }).fill(gatewayUrl);
    await tryIt.getByRole('button', { name: 'Send', exact: true }).click();
    const response = page.getByRole('region', { name: 'Response', exact: true });
    await response.getByText('200 OK', { exact: true }).waitFor();
    const loadClicked = await page.evaluate(() => performance.now());
    await response.getByRole('button', { name: 'Load all pages' }).click();
    // Polled every frame in the page: the first frame holding the merged answer's body.
    const bodyShown = page.waitForFunction(
      () => {
        const note = [...document.querySelectorAll('[role="status"]')].some((el) =>
          /^Holds \d+ pages/.test(el.textContent ?? ''),
        );
        const body = document.querySelector('[aria-label="Response body"]');
        // The JSON itself, not the placeholder shown while its first part is re-indented.
        return note && /^\s*[[{]/.test(body?.textContent ?? '') ? performance.now() : false;
      },
      undefined,
      { polling: 'raf', timeout: STEP_TIMEOUT_MS },
    );
    const bodyShownAt = (await (await bodyShown).jsonValue()) as number;
    const holds = response.getByRole('status').filter({ hasText: /^Holds \d+ pages/ });
    await holds.waitFor();
    const pages = Number(/^Holds (\d+)/.exec((await holds.textContent()) ?? '')?.[1] ?? Number.NaN);
    const verdict = response.getByRole('status').filter({ hasText: /the description/ });
    await page.waitForFunction(
      () =>
        performance
          .getEntriesByName('tryit:response-check')
          .some((entry) => ((entry as PerformanceMeasure).detail?.characters ?? 0) > 10_000_000),
      undefined,
      { polling: 100, timeout: STEP_TIMEOUT_MS },
    );
    await page.waitForTimeout(300);
    const said = ((await verdict.first().textContent()) ?? '').split(/[(:]/)[0]?.trim() ?? '';
    const figures = await page.evaluate(() => {
      const measures = performance.getEntriesByName('tryit:response-check') as PerformanceMeasure[];
      const big = measures.reduce((a, b) =>
        (b.detail?.characters ?? 0) > (a.detail?.characters ?? 0) ? b : a,
      );
      const { tasks } = (window as unknown as { __checkBench: { tasks: [number, number][] } }).__checkBench;
      const parse = (performance.getEntriesByName('tryit:body-parse') as PerformanceMeasure[]).find(
        (entry) => (entry.detail?.characters ?? 0) > 10_000_000,
      );
      // The last page's arrival, on the page's clock (Resource Timing keeps responseEnd for cross-origin fetches).
      const pages = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/usage/completions')) as PerformanceResourceTiming[];
      return {
        lastPageAt: Math.max(...pages.map((entry) => entry.responseEnd)),
        parseMs: parse ? parse.duration : Number.NaN,
        start: big.startTime,
        duration: big.duration,
        detail: big.detail,
        tasks,
        now: performance.now(),
      };
    });
    const during = figures.tasks.filter(
      ([start, duration]) => start < figures.start + figures.duration && start + duration > figures.start,
    );
    const around = figures.tasks.filter(([start]) => start >= loadClicked);
    return {
      characters: figures.detail.characters,
      pages,
      where: figures.detail.where,
      totalMs: figures.duration,
      checkMs: figures.detail.checkMs ?? Number.NaN,
      maxTaskMs: Math.max(0, ...during.map(([, d]) => d)),
      longTasks: during.length,
      maxTaskAroundMs: Math.max(0, ...around.map(([, d]) => d)),
      aroundTasks: around
        .map(([start, d]) => `${Math.round(start - figures.start)}+${Math.round(d)}`)
        .join(' '),
      verdict: said,
      bodyShownMs: bodyShownAt - loadClicked,
      renderMs: bodyShownAt - figures.lastPageAt,
      maxTaskRenderMs: Math.max(
        0,
        ...figures.tasks.filter(([start]) => start >= loadClicked && start < bodyShownAt).map(([, d]) => d),
      ),
      parseMs: figures.parseMs,
    };
  } finally {
    await context.close();
  }
}
