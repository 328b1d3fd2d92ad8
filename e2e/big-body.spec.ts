/**
 * A huge merged answer keeps the page usable: its first part is shown with a note giving the whole size,
 * Download and Copy give all of it, the table holds all of it, and the form takes typing while the
 * check is under way. (How long anything takes is measured by the page benchmark, never here.)
 */
import { readFile, stat } from 'node:fs/promises';
import { formatSize } from '../src/response/format-response.ts';
import { expect, NOV_1_2024, test } from './support/fixtures.ts';

const DAY = 86_400;

// Loads, merges and checks ~1.7 MB on a shared machine: more than the default 30 s may pass.
test.setTimeout(120_000);

test('a huge merged answer is shown by its first part; Download, Copy and the table have all of it', async ({
  tryit,
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The check's worker script is held back until the typing below is done, so "while the check runs" holds
  // whatever the machine's speed (the check cannot finish before it starts).
  let releaseWorker = () => {};
  const workerHeld = new Promise<void>((resolve) => {
    releaseWorker = resolve;
  });
  let workerAsked = false;
  await page.route('**/check-response.worker*', async (route) => {
    workerAsked = true;
    await workerHeld;
    await route.continue();
  });
  await tryit.open();
  await tryit.configure();
  // Four weeks by the hour, grouped by four fields: 4 pages of ~430 KB each, merged into ~1.7 MB.
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('end_time').fill(String(NOV_1_2024 + 28 * DAY));
  await tryit.field('bucket_width').selectOption('1h');
  await tryit.field('limit').fill('168');
  const groupBy = tryit.arrayGroup('group_by');
  for (const [i, value] of ['project_id', 'user_id', 'api_key_id', 'model'].entries()) {
    await groupBy.getByRole('button', { name: 'Add group_by item', exact: true }).click();
    await groupBy.getByRole('combobox', { name: `group_by item ${i + 1}`, exact: true }).selectOption(value);
  }
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  await tryit.response.getByRole('button', { name: 'Load all pages' }).click();
  await expect(
    tryit.response.getByText('Holds 4 pages and 672 items, merged by “Load all pages”.'),
  ).toBeVisible({
    timeout: 30_000,
  });
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();

  // The note gives the whole size and says how to get all of it.
  const note = tryit.response.getByText(
    /^The body is [\d.]+ MB: shown below are its first 64 KB, re-indented,/,
  );
  await expect(note).toBeVisible();
  await expect(note).toContainText('“Download body” saves all of it and “Copy body” copies all of it');
  const said = /^The body is ([\d.]+ MB)/.exec((await note.textContent()) ?? '')?.[1];
  const body = tryit.response.getByLabel('Response body');
  await expect(body).toContainText(`"start_time": ${NOV_1_2024},`);
  // Only the first part is in the page: the last bucket is not.
  await expect(body).not.toContainText(`"start_time": ${NOV_1_2024 + 28 * DAY - 3600},`);

  // The form takes typing while the check is under way (its worker is still held back).
  const checking = tryit.response
    .getByRole('status')
    .filter({ hasText: 'Checking the answer against the description…' });
  await expect(checking).toBeVisible();
  await expect.poll(() => workerAsked).toBe(true);
  await tryit.field('limit').fill('100');
  await expect(tryit.field('limit')).toHaveValue('100');
  await expect(tryit.snippetCode()).toContainText('"limit": 100');
  await expect(checking).toBeVisible();
  releaseWorker();
  await expect(tryit.response.getByRole('status').filter({ hasText: 'Matches the description' })).toBeVisible(
    {
      timeout: 60_000,
    },
  );

  // Download saves the whole merged answer: every bucket, the size the note gave.
  const downloading = page.waitForEvent('download');
  await tryit.response.getByRole('button', { name: 'Download body' }).click();
  const file = await (await downloading).path();
  expect(formatSize((await stat(file)).size)).toBe(said);
  const saved = await readFile(file, 'utf8');
  const value = JSON.parse(saved) as { data: { start_time: number }[]; has_more: boolean };
  expect(value.data).toHaveLength(672);
  expect(value.data.at(-1)?.start_time).toBe(NOV_1_2024 + 28 * DAY - 3600);
  expect(value.has_more).toBe(false);

  // Copy copies all of it, as received.
  await tryit.response.getByRole('button', { name: 'Copy body' }).click();
  await expect(tryit.response.getByText(`Body copied (all ${said})`)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(saved);

  // The table is built from the whole answer, not from the part shown.
  await tryit.response.getByRole('radio', { name: 'Table' }).check();
  const caption = tryit.response.getByRole('group', { name: 'Answer table' }).locator('caption');
  await expect(caption).toContainText(
    /^\d+ rows \(one per item of results\); the first 500 shown, the CSV has all$/,
  );
  const rows = Number(/^(\d+)/.exec((await caption.textContent()) ?? '')?.[1]);
  const results = (JSON.parse(saved) as { data: { results: unknown[] }[] }).data.reduce(
    (sum, bucket) => sum + Math.max(1, bucket.results.length),
    0,
  );
  expect(rows).toBe(results);
});
