/** A month of usage: "Load all pages" with its progress bar, the merged answer as a table, a CSV and a chart. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, NOV_1_2024, test } from './support/fixtures.ts';
import { REPO_ROOT } from './support/processes.ts';

const DAY = 86_400;

test('"Load all pages" follows the cursor over a month, with a progress bar, and merges the pages', async ({
  tryit,
  page,
}) => {
  // Each page answers a little later, so the progress can be watched (the gateway and the API are real).
  await page.route('**/organization/usage/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    await route.continue();
  });
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('end_time').fill(String(NOV_1_2024 + 30 * DAY));
  await tryit.field('limit').fill('7');
  await tryit.sendButton.click();
  await expect(tryit.response.getByLabel('Response body')).toContainText('"has_more": true');

  await tryit.response.getByRole('button', { name: 'Load all pages' }).click();
  const progress = tryit.response.getByRole('progressbar', { name: 'Loading all pages' });
  await expect(progress).toBeVisible();
  await expect(progress).toHaveAttribute('aria-valuetext', /^\d pages?, \d+ items? so far$/);
  await expect(tryit.response.getByText(/^[1-4] pages?, \d+ items? so far$/)).toBeVisible();
  await expect(progress).toHaveCount(0, { timeout: 15_000 });

  // 30 daily buckets at 7 a page: 5 pages.
  await expect(
    tryit.response.getByText('Holds 5 pages and 30 items, merged by “Load all pages”.'),
  ).toBeVisible();
  const body = tryit.response.getByLabel('Response body');
  await expect(body).toContainText(`"start_time": ${NOV_1_2024},`);
  await expect(body).toContainText(`"start_time": ${NOV_1_2024 + 29 * DAY},`);
  await expect(body).toContainText('"has_more": false');
  await expect(tryit.response.getByRole('button', { name: 'Load all pages' })).toHaveCount(0);
  // The merged answer is kept in history as one entry.
  const history = page.getByRole('region', { name: 'History', exact: true });
  await expect(history.getByText('(5 pages merged)')).toBeVisible();
});

test('Cancel keeps the pages loaded so far', async ({ tryit, page }) => {
  await page.route('**/organization/usage/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 700));
    await route.continue();
  });
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('end_time').fill(String(NOV_1_2024 + 30 * DAY));
  await tryit.field('limit').fill('2');
  await tryit.sendButton.click();
  await expect(tryit.response.getByLabel('Response body')).toContainText('"has_more": true');
  await tryit.response.getByRole('button', { name: 'Load all pages' }).click();
  await expect(tryit.response.getByText(/^2 pages, 4 items so far$/)).toBeVisible({ timeout: 10_000 });
  await tryit.response.getByRole('button', { name: 'Cancel loading' }).click();
  await expect(
    tryit.response.getByText(/^Holds [2-9] pages and \d+ items, merged by “Load all pages”\. Cancelled\.$/),
  ).toBeVisible();
  await expect(tryit.response.getByLabel('Response body')).toContainText('"has_more": true');
});

test('the answer as a table, downloaded as CSV, and as a chart per bucket with the table as its text', async ({
  tryit,
}) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('limit').fill('5');
  const groupBy = tryit.arrayGroup('group_by');
  await groupBy.getByRole('button', { name: 'Add group_by item', exact: true }).click();
  await groupBy.getByRole('combobox', { name: 'group_by item 1', exact: true }).selectOption('project_id');
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();

  const showAs = tryit.response.getByRole('group', { name: 'Show the body as' });
  await showAs.getByRole('radio', { name: 'Table' }).check();
  const table = tryit.response.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'start_time' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'characters' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'project_id' })).toBeVisible();
  const rows = table.getByRole('row').filter({ has: tryit.page.getByRole('cell') });
  const rowCount = await rows.count();
  expect(rowCount).toBeGreaterThanOrEqual(5);
  await expect(table.getByText(`${rowCount} rows (one per item of results)`)).toBeVisible();

  const download = tryit.page.waitForEvent('download');
  await tryit.response.getByRole('button', { name: 'Download CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('usage-audio-speeches.csv');
  const csv = await readFile((await file.path()) ?? '', 'utf8');
  const lines = csv.split('\r\n');
  expect(lines[0]).toBe(
    'data.object,start_time,end_time,object,characters,num_model_requests,project_id,user_id,api_key_id,model',
  );
  expect(lines).toHaveLength(rowCount + 1);
  expect(lines[1]).toMatch(
    new RegExp(
      `^bucket,${NOV_1_2024},${NOV_1_2024 + DAY},organization\\.usage\\.audio_speeches\\.result,\\d+,\\d+,`,
    ),
  );

  await showAs.getByRole('radio', { name: 'Chart' }).check();
  const chart = tryit.response.getByRole('img', { name: 'Chart: characters per bucket' });
  await expect(chart).toBeVisible();
  // The chart is drawn (a canvas of real size), and its text alternative is the table.
  const canvas = chart.locator('canvas');
  await expect(canvas).toHaveCount(1);
  expect((await canvas.boundingBox())?.width ?? 0).toBeGreaterThan(200);
  const describedBy = await chart.getAttribute('aria-describedby');
  expect(describedBy).toBeTruthy();
  await expect(tryit.page.locator(`[id="${describedBy}"]`)).toHaveRole('table');
  await expect(
    tryit.response.getByText('characters per bucket of start_time, one line per project_id:'),
  ).toBeVisible();
  // The README shows it (refreshed on demand with UPDATE_SCREENSHOT=1, so a test run never dirties the tree).
  if (process.env.UPDATE_SCREENSHOT) {
    await tryit.page.setViewportSize({ width: 1280, height: 2400 });
    await tryit.response.screenshot({ path: path.join(REPO_ROOT, 'docs', 'chart.png') });
  }
  await tryit.response.getByLabel('Measure').selectOption('num_model_requests');
  await expect(
    tryit.response.getByRole('img', { name: 'Chart: num_model_requests per bucket' }),
  ).toBeVisible();
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('the table and the chart follow the theme toggle: dark axes, series and paper, no WCAG 2 A/AA violations', async ({
  tryit,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('limit').fill('5');
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  const showAs = tryit.response.getByRole('group', { name: 'Show the body as' });
  await showAs.getByRole('radio', { name: 'Chart' }).check();
  const canvas = tryit.response.getByRole('img', { name: 'Chart: characters per bucket' }).locator('canvas');
  await expect(canvas).toHaveCount(1);
  /** Opaque canvas pixels within 12 of `rgb` in each channel: the line of the first series, drawn. */
  const pixelsNear = (rgb: [number, number, number]) =>
    canvas.evaluate((element: HTMLCanvasElement, [r, g, b]) => {
      const data = element.getContext('2d')?.getImageData(0, 0, element.width, element.height).data ?? [];
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        const near = (at: number, want: number) => Math.abs((data[at] ?? 0) - want) <= 12;
        if ((data[i + 3] ?? 0) > 200 && near(i, r) && near(i + 1, g) && near(i + 2, b)) count++;
      }
      return count;
    }, rgb);
  const LIGHT_SERIES: [number, number, number] = [0x0b, 0x5c, 0xad];
  const DARK_SERIES: [number, number, number] = [0x6c, 0xb2, 0xff];
  await expect.poll(() => pixelsNear(LIGHT_SERIES)).toBeGreaterThan(20);
  expect(await pixelsNear(DARK_SERIES)).toBe(0);

  await page.getByLabel('Theme').selectOption('dark');
  // The canvas is drawn again in the dark palette, and nothing of the light one is left.
  await expect.poll(() => pixelsNear(DARK_SERIES)).toBeGreaterThan(20);
  expect(await pixelsNear(LIGHT_SERIES)).toBe(0);
  const swatch = tryit.response.locator('.chart-legend .swatch').first();
  expect(await swatch.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
    'rgb(108, 178, 255)',
  );
  expect(await tryit.accessibilityViolations()).toEqual([]);
  await showAs.getByRole('radio', { name: 'Table' }).check();
  await expect(tryit.response.getByRole('table')).toBeVisible();
  expect(await tryit.accessibilityViolations()).toEqual([]);
});
