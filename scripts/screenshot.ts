/**
 * Captures what a user sees right after Send, viewport-sized, in real Chromium against the real gateway and
 * the demo upstream (started here, as the e2e tests start them): the README's docs/screenshot.png at
 * 1280×800 and docs/screenshot-phone.png at 390×844, and with --all also 1440×900 and 1024×768 into
 * test-results/screenshots/. Also docs/prerendered-no-js.png: a prerendered operation page read with
 * JavaScript off, as a crawler or a reader without scripts gets it.
 *
 *   npm run screenshot            (builds first)   ·   npm run screenshot -- --all
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/find-chromium.ts';
import { REPO_ROOT, startTsServer } from '../e2e/support/processes.ts';
import { DEMO_UPSTREAM_ENTRY, GATEWAY_ENTRY } from '../test-support/entry-points.ts';

const README_SHOT = { width: 1280, height: 800, file: path.join(REPO_ROOT, 'docs', 'screenshot.png') };
const PHONE_SHOT = { width: 390, height: 844, file: path.join(REPO_ROOT, 'docs', 'screenshot-phone.png') };
const MORE = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
];

const { serveStatic } = (await import(
  pathToFileURL(path.join(REPO_ROOT, 'scripts', 'serve-static.mjs')).href
)) as {
  serveStatic(options: { root: string; port: number }): Promise<{ url: string; close(): Promise<void> }>;
};
const page = await serveStatic({ root: path.join(REPO_ROOT, 'dist'), port: 0 });
const demo = await startTsServer({
  name: 'demo-upstream',
  entry: DEMO_UPSTREAM_ENTRY,
  env: { DEMO_HOST: '127.0.0.1', DEMO_PORT: '0' },
});
const gateway = await startTsServer({
  name: 'gateway',
  entry: GATEWAY_ENTRY,
  env: {
    GATEWAY_HOST: '127.0.0.1',
    GATEWAY_PORT: '0',
    GATEWAY_UPSTREAM_URL: `${demo.url}/v1`,
    GATEWAY_ALLOWED_ORIGINS: new URL(page.url).origin,
  },
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const shots = [README_SHOT, PHONE_SHOT];
  if (process.argv.includes('--all')) {
    const dir = path.join(REPO_ROOT, 'test-results', 'screenshots');
    await mkdir(dir, { recursive: true });
    for (const size of MORE) {
      shots.push({ ...size, file: path.join(dir, `after-send-${size.width}x${size.height}.png`) });
    }
  }
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: { width: shot.width, height: shot.height } });
    const tab = await context.newPage();
    await tab.goto(`${page.url}#/operations/usage-audio-speeches`);
    const tryIt = tab.getByRole('region', { name: 'Try it', exact: true });
    await tryIt.getByLabel('Admin API key', { exact: true }).fill('demo-key');
    await tryIt.getByLabel('Gateway URL', { exact: true }).fill(gateway.url);
    await tryIt.getByLabel(/^start_time(?!\s+as local)/).fill('1730419200');
    await tryIt.getByText(/^Gateway reachable/).waitFor();
    await tryIt.getByRole('button', { name: 'Send', exact: true }).click();
    const response = tab.getByRole('region', { name: 'Response', exact: true });
    await response.getByLabel('Response body').waitFor();
    // Let the highlighter and the smooth layout settle before the capture.
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: shot.file });
    console.log(`wrote ${path.relative(REPO_ROOT, shot.file)} (${shot.width}×${shot.height})`);
    await context.close();
  }
  const noScript = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    javaScriptEnabled: false,
  });
  const prerendered = await noScript.newPage();
  await prerendered.goto(`${page.url}operations/usage-audio-speeches.html`);
  await prerendered.getByRole('heading', { level: 1 }).first().waitFor();
  const noJsFile = path.join(REPO_ROOT, 'docs', 'prerendered-no-js.png');
  await prerendered.screenshot({ path: noJsFile });
  console.log(`wrote ${path.relative(REPO_ROOT, noJsFile)} (1280×800, JavaScript off)`);
  await noScript.close();
} finally {
  await browser.close();
  await Promise.all([gateway.stop(), demo.stop(), page.close()]);
}
