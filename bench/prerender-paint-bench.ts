/**
 * First contentful paint of a prerendered operation page (operations/<slug>.html: its HTML holds the
 * reference) against the SPA shell's deep link to the same operation (index.html#/operations/<id>: the page
 * appears once the entry and the operation page's chunks have run). Fresh browser contexts, medians of `runs`.
 */
import type { Browser } from '@playwright/test';

const OPERATION = 'usage-audio-speeches';

/** Resolves with the page's first-contentful-paint time, now or once the browser reports it. */
const FCP_SCRIPT = `new Promise((resolve) => {
  const entry = performance.getEntriesByName('first-contentful-paint')[0];
  if (entry) return resolve(entry.startTime);
  new PerformanceObserver((list) => {
    const found = list.getEntriesByName('first-contentful-paint')[0];
    if (found) resolve(found.startTime);
  }).observe({ type: 'paint', buffered: true });
})`;

/** One fresh load's first contentful paint (ms since navigation start), once the page's h1 is there. */
async function firstContentfulPaint(browser: Browser, url: string, throttled: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    if (throttled) {
      // Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 150,
        downloadThroughput: (1.6 * 1024 * 1024) / 8,
        uploadThroughput: (750 * 1024) / 8,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    }
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 15_000 });
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    return (await page.evaluate(FCP_SCRIPT)) as number;
  } finally {
    await context.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Prints the FCP medians (and ranges) of both, and their ratio. `siteUrl` ends in `/`. */
export async function prerenderPaintFigures(browser: Browser, siteUrl: string, runs: number): Promise<void> {
  const cases = [
    { name: 'prerendered page', url: `${siteUrl}operations/${OPERATION}.html` },
    { name: 'SPA deep link', url: `${siteUrl}#/operations/${OPERATION}` },
  ];
  for (const throttled of [false, true]) await paintRow(browser, cases, runs, throttled);
}

/** One condition's medians, ranges and ratio. */
async function paintRow(
  browser: Browser,
  cases: { name: string; url: string }[],
  runs: number,
  throttled: boolean,
): Promise<void> {
  const medians: number[] = [];
  const how = throttled ? 'slow 4G, CPU 4× slower' : 'no throttling, local server';
  console.log(`\nfirst contentful paint of ${OPERATION} (${how}), ${runs} fresh loads each (interleaved):`);
  const samples = cases.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [index, c] of cases.entries()) {
      samples[index]?.push(await firstContentfulPaint(browser, c.url, throttled));
    }
  }
  for (const [index, c] of cases.entries()) {
    const values = samples[index] ?? [];
    const m = median(values);
    medians.push(m);
    console.log(
      `  ${c.name.padEnd(18)} median ${m.toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)})`,
    );
  }
  const [prerendered = 0, spa = 0] = medians;
  console.log(`  ratio SPA / prerendered: ${(spa / prerendered).toFixed(2)}×`);
}
