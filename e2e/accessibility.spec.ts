/** axe (WCAG 2 A and AA) on each state of the page: a violation is a bug to fix in the page, not a rule to turn off. */
import { expect, NOV_1_2024, test, urls } from './support/fixtures.ts';
import { serveSpecFile } from './support/serve-spec-file.ts';

test('the initial operation page has no WCAG 2 A/AA violations', async ({ tryit }) => {
  await tryit.open();
  await expect(tryit.snippetCode()).toContainText('await openai.usageAudioSpeeches(');
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('the filled form showing errors has no WCAG 2 A/AA violations', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('end_time').fill(String(NOV_1_2024 - 60));
  await tryit.field('limit').fill('40');
  await tryit.addArrayItem('project_ids', 'a');
  const groupBy = tryit.arrayGroup('group_by');
  await groupBy.getByRole('button', { name: 'Add group_by item', exact: true }).click();
  await expect(tryit.tryIt.getByText('Must be at most 31 when bucket_width is 1d')).toBeVisible();
  await expect(tryit.tryIt.getByText('end_time must be after start_time')).toBeVisible();
  await expect(tryit.sendButton).toBeDisabled();

  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('the response state has no WCAG 2 A/AA violations', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  await tryit.response.getByText(/^Headers/).click();
  await expect(tryit.response.getByRole('rowheader', { name: 'content-type' })).toBeVisible();

  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('the cURL snippet with a long URL has no WCAG 2 A/AA violations', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  for (const id of ['proj_web_frontend_2024', 'proj_batch_jobs_nightly', 'proj_research_sandbox']) {
    await tryit.addArrayItem('project_ids', id);
  }
  await tryit.snippet.getByRole('tab', { name: 'cURL', exact: true }).click();
  await expect(tryit.snippetCode()).toContainText('project_ids=proj_research_sandbox');

  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('in a dark color scheme, the response and the form with errors have no WCAG 2 A/AA violations', async ({
  tryit,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  await tryit.field('limit').fill('40');
  await expect(tryit.tryIt.getByText('Must be at most 31 when bucket_width is 1d')).toBeVisible();
  // The dark palette is really in use (not a light page that passes by accident).
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(background).toBe('rgb(21, 24, 28)');

  expect(await tryit.accessibilityViolations()).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in ${colorScheme} mode, the overview and the open search have no WCAG 2 A/AA violations`, async ({
    tryit,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(urls.page);
    await expect(page.getByRole('region', { name: 'Authentication' })).toBeVisible();
    expect(await tryit.accessibilityViolations()).toEqual([]);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('usage');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('listbox', { name: 'Matching operations' }).getByRole('option')).toHaveCount(
      11,
    );
    expect(await tryit.accessibilityViolations()).toEqual([]);
  });

  test(`in ${colorScheme} mode, rich Markdown (tables, task lists, code, anchors) has no WCAG 2 A/AA violations`, async ({
    tryit,
    page,
  }) => {
    const spec = await serveSpecFile('e2e/fixtures/reference-api.json');
    try {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${urls.page}?spec=${encodeURIComponent(spec.url)}`);
      await expect(page.getByRole('columnheader', { name: 'Requests per minute' })).toBeVisible();
      await expect(page.locator('pre code .token').first()).toBeVisible();
      expect(await tryit.accessibilityViolations()).toEqual([]);
    } finally {
      await spec.close();
    }
  });
}
