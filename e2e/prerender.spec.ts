/**
 * The prerendered site (issue 8 item 1), served by the e2e setup under a sub-path (/docs/tryit/) by a plain
 * static server with no rewrites: read with JavaScript off, then hydrated and sent through the real gateway.
 */
import type { ConsoleMessage, Page } from '@playwright/test';
import { AUDIO_SPEECHES, expect, NOV_1_2024, TryItPage, test, USER_KEY, urls } from './support/fixtures.ts';

const PAGE = `${urls.page}operations/${AUDIO_SPEECHES}.html`;

/** Console errors and warnings (React reports hydration mismatches there), and uncaught page errors. */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

test('with JavaScript off, an operation page reads whole: title, description, parameters, responses', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(PAGE);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(/^Audio speeches — OpenAI API/);
  expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
    'Get audio speeches usage details for the organization.',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Get audio speeches usage details for the organization.',
  );
  await expect(page.getByText('/organization/usage/audio_speeches', { exact: true })).toBeVisible();
  const parameters = page.getByRole('region', { name: 'Parameters' });
  for (const name of ['start_time', 'bucket_width', 'project_ids', 'limit']) {
    await expect(parameters.getByText(name, { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Responses' }).getByText('200')).toBeVisible();
  // The Try it panel says it needs JavaScript, in its own place.
  await expect(page.getByRole('region', { name: 'Try it' })).toContainText('needs JavaScript');

  // Links between pages are relative and work from the sub-path with no rewrites.
  const costs = page.getByRole('navigation', { name: 'Operations' }).getByRole('link', { name: /Costs$/ });
  expect(await costs.getAttribute('href')).toBe('../operations/usage-costs.html');
  await costs.click();
  await expect(page).toHaveURL(`${urls.page}operations/usage-costs.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get costs details for the organization.');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page).toHaveURL(`${urls.page}index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('OpenAI API');
  await context.close();
});

test('with JavaScript on, the page hydrates with no mismatch and sends through the gateway', async ({
  page,
}) => {
  const problems = collectProblems(page);
  await page.goto(PAGE);
  const tryit = new TryItPage(page);
  // The panel turns live in its placeholder's place.
  await expect(tryit.sendButton).toBeVisible();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  const sent = page.waitForRequest(
    (request) => request.url().startsWith(`${urls.gateway}/organization/`) && request.method() === 'GET',
  );
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  const request = await sent;
  expect(new URL(request.url()).pathname).toBe('/organization/usage/audio_speeches');
  expect(await request.headerValue('authorization')).toBe(`Bearer ${USER_KEY}`);

  // A plain click on a sidebar link loads that operation's own page.
  await tryit.operationLink('Costs').click();
  await expect(page).toHaveURL(`${urls.page}operations/usage-costs.html`);
  await expect(tryit.sendButton).toBeVisible();
  expect(problems).toEqual([]);
});

test('the share link of a prerendered page opens that page with the values', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PAGE);
  const tryit = new TryItPage(page);
  await tryit.field('limit').fill('3');
  await tryit.tryIt.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(`${PAGE}?query__limit=3`);
  const other = await context.newPage();
  await other.goto(link);
  await expect(new TryItPage(other).field('limit')).toHaveValue('3');
  // Applied once: the values leave the address bar, as the SPA's share links do.
  await expect(other).toHaveURL(PAGE);
});

test('an old #/operations link on a prerendered page lands on that operation’s page', async ({ page }) => {
  await page.goto(`${urls.page}operations/usage-costs.html#/operations/${AUDIO_SPEECHES}`);
  await expect(page).toHaveURL(PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Get audio speeches usage details for the organization.',
  );
});

test('the overview hydrates; the SPA shell keeps its hash routes at index.html', async ({ page }) => {
  const problems = collectProblems(page);
  await page.goto(urls.page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('OpenAI API');
  await page
    .getByRole('main')
    .getByRole('link', { name: /Costs$/ })
    .click();
  await expect(page).toHaveURL(`${urls.page}operations/usage-costs.html`);
  expect(problems).toEqual([]);

  await page.goto(`${urls.page}#/operations/usage-costs`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get costs details for the organization.');
  await new TryItPage(page).operationLink('Audio speeches').click();
  await expect(page).toHaveURL(`${urls.page}#/operations/${AUDIO_SPEECHES}`);
});

test('llms.txt and the Markdown twins are served beside the pages', async ({ request }) => {
  const index = await request.get(`${urls.page}llms.txt`);
  expect(index.status()).toBe(200);
  const text = await index.text();
  expect(text).toContain(`(operations/${AUDIO_SPEECHES}.md)`);
  const twin = await request.get(`${urls.page}operations/${AUDIO_SPEECHES}.md`);
  expect(twin.status()).toBe(200);
  expect(await twin.text()).toContain('| start_time | query | integer | yes |');
});
