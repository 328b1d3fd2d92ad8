/** Opening operations: deep links, the sidebar, the parameter reference, and hosting under a sub-path. */
import { AUDIO_SPEECHES_TITLE, expect, test, urls } from './support/fixtures.ts';

test('a deep link opens the audio speeches operation, served from a sub-path', async ({ tryit, page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));

  await tryit.open('usage-audio-speeches');

  expect(new URL(page.url()).pathname).toBe('/docs/tryit/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AUDIO_SPEECHES_TITLE);
  const main = page.getByRole('main');
  await expect(main.getByText('GET', { exact: true }).first()).toBeVisible();
  await expect(main.getByText('/organization/usage/audio_speeches', { exact: true }).first()).toBeVisible();

  // Grouped by tag: the links sit under the heading "Usage".
  const usage = tryit.sidebar
    .getByRole('group')
    .filter({ has: page.getByRole('heading', { name: 'Usage' }) });
  await expect(usage.getByRole('link', { name: /Audio speeches$/ })).toBeVisible();
  await expect(usage.getByRole('link', { name: /Costs$/ })).toBeVisible();
  await expect(tryit.operationLink('Audio speeches')).toHaveAttribute('aria-current', 'page');
  await expect(tryit.operationLink('Costs')).not.toHaveAttribute('aria-current', 'page');
  // The favicons (public/) resolve under the sub-path too, and are images.
  const icons = await page
    .locator('link[rel="icon"], link[rel="apple-touch-icon"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  expect(icons).toHaveLength(3);
  for (const icon of icons) {
    expect(new URL(icon).pathname).toMatch(/^\/docs\/tryit\/[\w-]+\.(svg|png)$/);
    const response = await page.request.get(icon);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/(svg\+xml|png)/);
  }
  // Every asset came from under the sub-path: nothing 404s.
  expect(failed).toEqual([]);
});

test('the parameter reference lists each parameter with location, type, required and description', async ({
  tryit,
  page,
}) => {
  await tryit.open('usage-audio-speeches');
  const reference = page.getByRole('table').filter({ hasText: 'start_time' }).first();
  await expect(reference).toBeVisible();

  const row = (name: string) =>
    reference.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
  const startTime = row('start_time');
  await expect(startTime).toContainText('query');
  await expect(startTime).toContainText('integer');
  await expect(startTime).toContainText(/required/i);
  await expect(startTime).toContainText('Start time (Unix seconds) of the query time range, inclusive.');

  const projectIds = row('project_ids');
  await expect(projectIds).toContainText('query');
  await expect(projectIds).toContainText('string[]');
  await expect(projectIds).toContainText('Return only usage for these projects.');
  await expect(projectIds).not.toContainText(/required/i);

  for (const name of [
    'end_time',
    'bucket_width',
    'user_ids',
    'api_key_ids',
    'models',
    'group_by',
    'limit',
    'page',
  ]) {
    await expect(row(name)).toHaveCount(1);
  }
});

test('the sidebar navigates to Costs, whose form differs', async ({ tryit, page }) => {
  await tryit.open('usage-audio-speeches');
  // Audio speeches filters by users and models; costs does not.
  await expect(tryit.arrayGroup('user_ids')).toBeVisible();
  await expect(tryit.arrayGroup('models')).toBeVisible();

  await tryit.operationLink('Costs').click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get costs details for the organization.');
  await expect(
    page.getByRole('main').getByText('/organization/costs', { exact: true }).first(),
  ).toBeVisible();
  expect(page.url()).toBe(`${urls.page}#/operations/usage-costs`);
  await expect(tryit.arrayGroup('project_ids')).toBeVisible();
  await expect(tryit.arrayGroup('user_ids')).toHaveCount(0);
  await expect(tryit.arrayGroup('models')).toHaveCount(0);

  // Costs groups by line item, which audio speeches cannot.
  const groupBy = tryit.arrayGroup('group_by');
  await groupBy.getByRole('button', { name: 'Add group_by item', exact: true }).click();
  const item = groupBy.getByRole('combobox', { name: 'group_by item 1', exact: true });
  await expect(item.getByRole('option', { name: 'line_item', exact: true })).toHaveCount(1);
  await expect(item.getByRole('option', { name: 'model', exact: true })).toHaveCount(0);
  await expect(tryit.snippetCode()).toContainText('await openai.usageCosts(');

  // And back: the browser's history follows the hash routes.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Get audio speeches usage details for the organization.',
  );
});
