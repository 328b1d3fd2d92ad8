import { expect, type Locator, type Page, test } from '@playwright/test';
import {
  createRecordingUpstream,
  type RecordingUpstream,
} from '../test-support/create-recording-upstream.ts';
import { type EmbedHostSite, startEmbedHostSite, startGatewayFor } from './support/embed-host-site.ts';
import { NOV_1_2024, USER_KEY, urls } from './support/fixtures.ts';
import type { RunningServer } from './support/processes.ts';

// A foreign docs site (its own origin, free port) embedding the built dist/embed/ with one script tag; its
// gateway, a real process, forwards to the demo upstream.
let site: EmbedHostSite;
test.beforeAll(async () => {
  test.setTimeout(90_000);
  site = await startEmbedHostSite(urls.upstream);
});
test.afterAll(async () => {
  await site?.stop();
});

const KEY_LABEL = 'AdminApiKeyAuth (Bearer token)';
const SPEECHES_TITLE = 'Get audio speeches usage details for the organization.';
const COSTS_TITLE = 'Get costs details for the organization.';

/** A parameter's own control (not the date picker beside a time field). */
function field(scope: Locator, name: string): Locator {
  return scope.getByLabel(new RegExp(`^${name}(?!\\s+(?:as local|item \\d))(?:\\s|$)`));
}

function tryIt(scope: Locator): Locator {
  return scope.getByRole('region', { name: 'Try it', exact: true });
}

async function sendOnce(scope: Locator): Promise<void> {
  await field(scope, 'start_time').fill(String(NOV_1_2024));
  await tryIt(scope).getByRole('button', { name: 'Send', exact: true }).click();
}

/** Computed style properties of the first element matching `selector` inside `host`'s shadow root. */
function shadowStyle(page: Page, host: string, selector: string, properties: string[]) {
  return page.evaluate(
    ([host, selector, properties]) => {
      const element = document.querySelector(host)?.shadowRoot?.querySelector(selector);
      if (!element) throw new Error(`${selector} not found in ${host}`);
      const style = getComputedStyle(element);
      return Object.fromEntries(properties.map((name) => [name, style.getPropertyValue(name)]));
    },
    [host, selector, properties] as const,
  );
}

test('two operations on a host with hostile CSS: both render and send, no style leaks either way, one key for both', async ({
  page,
}) => {
  await page.goto(`${site.url}hostile.html`);
  const speeches = page.locator('#speeches');
  const costs = page.locator('#costs');
  await expect(speeches.getByRole('heading', { level: 1, name: SPEECHES_TITLE })).toBeVisible();
  // view="try-it": the panel alone, no reference column.
  await expect(tryIt(costs)).toBeVisible();
  await expect(costs.getByRole('heading', { level: 1 })).toHaveCount(0);

  // The host's `input { display: none !important }` and `* { color: red !important }` stay outside.
  const speechesKey = speeches.getByLabel(KEY_LABEL, { exact: true });
  await expect(speechesKey).toBeVisible();
  expect(await shadowStyle(page, '#speeches', 'h1', ['color', 'font-family'])).toEqual({
    color: 'rgb(26, 29, 33)',
    'font-family': expect.stringContaining('system-ui'),
  });
  expect(await shadowStyle(page, '#costs', 'button.primary', ['text-transform', 'letter-spacing'])).toEqual({
    'text-transform': 'none',
    'letter-spacing': 'normal',
  });
  // And none of ours gets out: the host's look is its own, no stylesheet of ours in its document.
  const host = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector) as Element);
    return {
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      fieldBorder: style('p.field').borderTopStyle,
      buttonRadius: style('#host-button').borderTopLeftRadius,
      buttonTransform: style('#host-button').textTransform,
      input: style('#host-search').display,
      bodyFont: style('body').fontFamily,
      bodyMargin: style('body').marginTop,
    };
  });
  expect(host).toEqual({
    sheets: 1,
    adopted: 0,
    fieldBorder: 'dotted',
    buttonRadius: '0px',
    buttonTransform: 'uppercase',
    input: 'none',
    bodyFont: 'Georgia, serif',
    bodyMargin: '8px',
  });

  // A key typed in one element is the other's: one API, one saved credential.
  await speechesKey.fill(USER_KEY);
  await expect(costs.getByLabel(KEY_LABEL, { exact: true })).toHaveValue(USER_KEY);
  await expect(tryIt(costs).getByLabel('Gateway URL', { exact: true })).toHaveValue(site.gatewayUrl);

  await sendOnce(speeches);
  const speechesResponse = speeches.getByRole('region', { name: 'Response', exact: true });
  await expect(speechesResponse.getByText('200 OK', { exact: true })).toBeVisible();
  await expect(speechesResponse.getByLabel('Response body')).toContainText(
    '"organization.usage.audio_speeches.result"',
  );
  await sendOnce(costs);
  const costsResponse = costs.getByRole('region', { name: 'Response', exact: true });
  await expect(costsResponse.getByText('200 OK', { exact: true })).toBeVisible();
  await expect(costsResponse.getByLabel('Response body')).toContainText('"organization.costs.result"');
});

test('attributes are observed: another operation-id, theme or view re-renders the element', async ({
  page,
}) => {
  await page.goto(`${site.url}hostile.html`);
  const speeches = page.locator('#speeches');
  await expect(speeches.getByRole('heading', { level: 1, name: SPEECHES_TITLE })).toBeVisible();
  await page.evaluate(() => {
    const element = document.querySelector('#speeches');
    element?.setAttribute('operation-id', 'usage-costs');
    element?.setAttribute('theme', 'dark');
  });
  await expect(speeches.getByRole('heading', { level: 1, name: COSTS_TITLE })).toBeVisible();
  expect(await shadowStyle(page, '#speeches', '.tryit-root', ['background-color'])).toEqual({
    'background-color': 'rgb(21, 24, 28)',
  });
  await page.evaluate(() => document.querySelector('#speeches')?.setAttribute('view', 'try-it'));
  await expect(speeches.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(tryIt(speeches)).toBeVisible();
  await page.evaluate(() => document.querySelector('#speeches')?.setAttribute('operation-id', 'no-such-op'));
  await expect(speeches.getByRole('alert')).toHaveText(/No operation “no-such-op”/);
});

test('the embedded panel validates as typed, keeps the snippet live and records History', async ({
  page,
}) => {
  await page.goto(`${site.url}hostile.html`);
  const speeches = page.locator('#speeches');
  const panel = tryIt(speeches);
  // Below the fold, History holds its place and loads its code only when scrolled near.
  const history = speeches.getByRole('region', { name: 'History', exact: true });
  await expect(panel).toBeVisible();
  await expect(history).toContainText('Loads when scrolled to.');
  await speeches.getByLabel(KEY_LABEL, { exact: true }).fill(USER_KEY);
  // react-hook-form + zod: a required field left empty is refused beside the field, and blocks Send.
  const startTime = field(speeches, 'start_time');
  const send = panel.getByRole('button', { name: 'Send', exact: true });
  await startTime.fill(String(NOV_1_2024));
  await expect(send).toBeEnabled();
  await startTime.fill('');
  await startTime.press('Tab');
  await expect(send).toBeDisabled();
  await expect(startTime).toHaveAttribute('aria-invalid', 'true');
  await expect(startTime).toHaveAccessibleDescription(/Required/);
  await startTime.fill(String(NOV_1_2024));
  await expect(startTime).not.toHaveAttribute('aria-invalid', 'true');
  await expect(send).toBeEnabled();
  await field(speeches, 'limit').fill('40');
  await field(speeches, 'bucket_width').selectOption('1h');

  // The snippet follows the form (it loads when idle or when scrolled to).
  const snippet = speeches.getByRole('region', { name: 'Code snippet', exact: true });
  await snippet.scrollIntoViewIfNeeded();
  const code = snippet.getByRole('tabpanel');
  await expect(code).toContainText('"bucket_width": "1h"');
  await expect(code).toContainText('"limit": 40');
  await expect(code).not.toContainText(USER_KEY);

  await send.click();
  await expect(
    speeches.getByRole('region', { name: 'Response', exact: true }).getByText('200 OK', { exact: true }),
  ).toBeVisible();
  await history.scrollIntoViewIfNeeded();
  await expect(
    history
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: '200 OK', exact: true }) })
      .first(),
  ).toBeVisible();
});

test.describe('tryit:before-send', () => {
  let recording: RecordingUpstream;
  let gateway: RunningServer;
  test.beforeAll(async () => {
    test.setTimeout(60_000);
    recording = await createRecordingUpstream();
    gateway = await startGatewayFor(`${recording.url}/v1`, new URL(site.url).origin);
  });
  test.afterAll(async () => {
    await gateway?.stop();
    await recording?.close();
  });

  test('a gateway-url changed after mount is the one Send uses; a gateway URL the user typed stays', async ({
    page,
  }) => {
    await page.goto(`${site.url}hostile.html`);
    const costs = page.locator('#costs');
    const gatewayField = tryIt(costs).getByLabel('Gateway URL', { exact: true });
    await expect(gatewayField).toHaveValue(site.gatewayUrl);
    await costs.getByLabel(KEY_LABEL, { exact: true }).fill(USER_KEY);
    await page.evaluate(
      (url) => document.querySelector('#costs')?.setAttribute('gateway-url', url),
      gateway.url,
    );
    await expect(gatewayField).toHaveValue(gateway.url);
    recording.reset();
    await sendOnce(costs);
    await expect(
      costs.getByRole('region', { name: 'Response', exact: true }).getByText('200 OK', { exact: true }),
    ).toBeVisible();
    expect(recording.requests).toHaveLength(1);
    expect(recording.requests[0]?.url).toContain('/v1/organization/costs?start_time=');

    // The user's own choice outranks the host's next change.
    await gatewayField.fill(site.gatewayUrl);
    await page.evaluate(async () => {
      document.querySelector('#costs')?.setAttribute('gateway-url', 'http://127.0.0.1:9/unused');
      // Let the re-render and its effects run (they follow a paint) before the field is read.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    await expect(costs.getByLabel(KEY_LABEL, { exact: true })).toHaveValue(USER_KEY);
    await expect(gatewayField).toHaveValue(site.gatewayUrl);
  });

  test('the host adds a header the API receives, and can cancel a Send', async ({ page }) => {
    await page.goto(`${site.url}hostile.html`);
    await page.evaluate(() => {
      const state = window as unknown as { cancelNext: boolean; seen: unknown[] };
      state.cancelNext = false;
      state.seen = [];
      document.addEventListener('tryit:before-send', (event) => {
        const { detail } = event as CustomEvent<{ headers: Record<string, string> }>;
        if (state.cancelNext) event.preventDefault();
        else detail.headers['OpenAI-Organization'] = 'org-from-the-host';
      });
      document.addEventListener('tryit:response', (event) => state.seen.push((event as CustomEvent).detail));
    });
    const speeches = page.locator('#speeches');
    await speeches.getByLabel(KEY_LABEL, { exact: true }).fill(USER_KEY);
    await tryIt(speeches).getByLabel('Gateway URL', { exact: true }).fill(gateway.url);
    recording.reset();
    await sendOnce(speeches);
    const response = speeches.getByRole('region', { name: 'Response', exact: true });
    await expect(response.getByText('200 OK', { exact: true })).toBeVisible();
    expect(recording.requests).toHaveLength(1);
    expect(recording.requests[0]?.url).toContain('/v1/organization/usage/audio_speeches?start_time=');
    expect(recording.requests[0]?.headers['openai-organization']).toBe('org-from-the-host');
    expect(recording.requests[0]?.headers.authorization).toBe(`Bearer ${USER_KEY}`);
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
      expect.objectContaining({ operationId: 'usage-audio-speeches', status: 200, ok: true }),
    ]);

    await page.evaluate(() => {
      (window as unknown as { cancelNext: boolean }).cancelNext = true;
    });
    await tryIt(speeches).getByRole('button', { name: 'Send', exact: true }).click();
    await expect(
      speeches.getByText('The page this panel is embedded in cancelled this request.'),
    ).toBeVisible();
    expect(recording.requests).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([
      expect.anything(),
      expect.objectContaining({ ok: false, failure: expect.objectContaining({ hop: 'config' }) }),
    ]);
  });
});

test('<try-it-reference> routes in memory: the host URL never changes', async ({ page }) => {
  await page.goto(`${site.url}reference.html`);
  const reference = page.locator('try-it-reference');
  const nav = reference.getByRole('navigation', { name: 'Operations' });
  await expect(reference.getByRole('heading', { level: 1 })).toHaveText(/Usage/);
  await nav.getByRole('link', { name: /Costs$/ }).click();
  await expect(reference.getByRole('heading', { level: 1, name: COSTS_TITLE })).toBeVisible();
  await nav.getByRole('link', { name: /Audio speeches$/ }).click();
  await expect(reference.getByRole('heading', { level: 1, name: SPEECHES_TITLE })).toBeVisible();
  expect(page.url()).toBe(`${site.url}reference.html`);
});

test('a React host renders the React component, hears its answers, and changes its props', async ({
  page,
}) => {
  await page.goto(`${site.url}react-host.html`);
  const element = page.locator('try-it-operation');
  await expect(element.getByRole('heading', { level: 1, name: SPEECHES_TITLE })).toBeVisible();
  await element.getByLabel(KEY_LABEL, { exact: true }).fill(USER_KEY);
  await sendOnce(element);
  await expect(page.getByRole('status', { name: 'Host log' })).toHaveText('Answers seen by the host: 200');
  await page.getByRole('button', { name: 'Show costs' }).click();
  await expect(element.getByRole('heading', { level: 1, name: COSTS_TITLE })).toBeVisible();
});
