/** Every answer checked against the description: a match, a wrong shape flagged at its field, an undocumented status. */
import path from 'node:path';
import { expect, NOV_1_2024, test } from './support/fixtures.ts';
import { REPO_ROOT } from './support/processes.ts';

const DAY = 86_400;

test('a documented answer "matches the description"', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  await expect(tryit.response.getByRole('status').filter({ hasText: 'Matches the description' })).toHaveText(
    'Matches the description (response 200).',
  );
});

test('a wrong shape is flagged with its location, what was expected and what came', async ({
  tryit,
  page,
}) => {
  // The demo upstream's magic key: the first result's first number comes as text.
  await page.setViewportSize({ width: 1280, height: 1800 });
  await tryit.open();
  await tryit.configure({ key: 'demo-wrong-shape' });
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('limit').fill('2');
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();

  const check = tryit.response.getByRole('status').filter({ hasText: 'Does not match the description' });
  await expect(check).toBeVisible();
  const problems = check.getByRole('listitem');
  await expect(problems).toHaveCount(1);
  await expect(problems.first()).toHaveText(
    '/data/0/results/0/characters: Must be a whole number (got string)',
  );
  // Warnings only: the answer is shown in full, and Send still works.
  await expect(tryit.response.getByLabel('Response body')).toContainText('"characters": "');
  await expect(tryit.sendButton).toBeEnabled();
  if (process.env.UPDATE_SCREENSHOT) {
    await tryit.response.screenshot({ path: path.join(REPO_ROOT, 'docs', 'response-mismatch.png') });
  }
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('an undocumented status is flagged with the documented ones', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('limit').fill('40');
  await tryit.sendAnywayButton.click();
  await expect(tryit.response.getByText('400 Bad Request', { exact: true })).toBeVisible();
  await expect(tryit.response.getByRole('status').filter({ hasText: 'Does not match' })).toContainText(
    'Status 400 is not documented (the description lists 200, 429).',
  );
});

test('a big merged answer is checked in a worker, and still matches', async ({ tryit, page }) => {
  await page.addInitScript(() => {
    const workers: string[] = [];
    (window as unknown as { __workers: string[] }).__workers = workers;
    const Native = window.Worker;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        workers.push(String(url));
      }
    };
  });
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('end_time').fill(String(NOV_1_2024 + 2 * DAY));
  await tryit.field('bucket_width').selectOption('1h');
  await tryit.field('limit').fill('24');
  const groupBy = tryit.arrayGroup('group_by');
  for (const [i, value] of ['project_id', 'user_id', 'api_key_id', 'model'].entries()) {
    await groupBy.getByRole('button', { name: 'Add group_by item', exact: true }).click();
    await groupBy.getByRole('combobox', { name: `group_by item ${i + 1}`, exact: true }).selectOption(value);
  }
  await tryit.sendButton.click();
  await tryit.response.getByRole('button', { name: 'Load all pages' }).click();
  await expect(tryit.response.getByText(/^Holds 2 pages and 48 items/)).toBeVisible({ timeout: 15_000 });
  await expect(
    tryit.response.getByRole('status').filter({ hasText: 'Matches the description' }),
  ).toBeVisible();
  const size = await tryit.response.getByLabel('Response body').evaluate((el) => el.textContent?.length ?? 0);
  expect(size).toBeGreaterThan(64 * 1024);
  const workers = await page.evaluate(() => (window as unknown as { __workers: string[] }).__workers);
  expect(workers.some((url) => url.includes('check-response.worker'))).toBe(true);
});
