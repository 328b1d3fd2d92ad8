/** History: kept in IndexedDB across reloads, without credentials; restore, resend, delete, clear, HAR, compare. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, NOV_1_2024, type TryItPage, test, USER_KEY } from './support/fixtures.ts';

const DAY = 86_400;

/** Sends the operation's form with a start time and a limit, and waits for the 200. */
async function sendUsage(tryit: TryItPage, { start = NOV_1_2024, limit = '2' } = {}) {
  await tryit.field('start_time').fill(String(start));
  await tryit.field('limit').fill(limit);
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
}

function historyRegion(page: Page) {
  return page.getByRole('region', { name: 'History', exact: true });
}

/** The history table's rows (the header row left out). */
function historyRows(page: Page) {
  return historyRegion(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
}

test('history lists each request, survives a reload, and holds no credential', async ({ tryit, page }) => {
  await tryit.open();
  await tryit.configure();
  await sendUsage(tryit, { limit: '2' });
  await sendUsage(tryit, { start: NOV_1_2024 + 5 * DAY, limit: '3' });

  const history = historyRegion(page);
  await expect(historyRows(page)).toHaveCount(2);
  const newest = historyRows(page).first();
  await expect(newest.getByRole('cell', { name: 'GET', exact: true })).toBeVisible();
  await expect(
    newest.getByRole('cell', { name: '/organization/usage/audio_speeches', exact: true }),
  ).toBeVisible();
  await expect(newest.getByRole('cell', { name: '200 OK', exact: true })).toBeVisible();
  await expect(newest.getByRole('cell', { name: /^\d+(\.\d+)? (ms|s)$/ })).toBeVisible();
  await expect(newest.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);

  await page.reload();
  await expect(historyRows(page)).toHaveCount(2);
  await expect(history.getByText('2 requests, newest first')).toBeVisible();
  // Nothing stored anywhere on this origin's IndexedDB holds the key.
  const stored = await page.evaluate(async () => {
    const open = indexedDB.open('tryit:v1:history');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = (store: string) =>
      new Promise<unknown[]>((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
    const all = JSON.stringify([await read('entries'), await read('bodies')]);
    db.close();
    return all;
  });
  expect(stored).toContain('audio_speeches');
  expect(stored).not.toContain(USER_KEY);
});

test('restore fills the form with an earlier request; resend sends it again; show brings its answer back', async ({
  tryit,
  page,
}) => {
  await tryit.open();
  await tryit.configure();
  await sendUsage(tryit, { limit: '2' });
  await sendUsage(tryit, { start: NOV_1_2024 + 10 * DAY, limit: '4' });
  const older = historyRows(page).nth(1);

  await older.getByRole('button', { name: /^Restore / }).click();
  await expect(tryit.field('start_time')).toHaveValue(String(NOV_1_2024));
  await expect(tryit.field('limit')).toHaveValue('2');
  await expect(tryit.snippetCode()).toContainText(`"start_time": ${NOV_1_2024}`);

  await older.getByRole('button', { name: /^Show / }).click();
  await expect(
    tryit.response.getByText(/^From history: GET \/organization\/usage\/audio_speeches, sent /),
  ).toBeVisible();
  await expect(tryit.response.getByLabel('Response body')).toContainText(`"start_time": ${NOV_1_2024},`);

  const sent = page.waitForRequest((request) =>
    request.url().includes('/organization/usage/audio_speeches?'),
  );
  await historyRows(page)
    .nth(1)
    .getByRole('button', { name: /^Resend / })
    .click();
  expect(new URL((await sent).url()).searchParams.get('limit')).toBe('2');
  await expect(historyRows(page)).toHaveCount(3);
  await expect(tryit.response.getByText(/^From history/)).toHaveCount(0);
});

test('filter, delete one, then clear all (asked first)', async ({ tryit, page }) => {
  await tryit.open();
  await tryit.configure();
  await sendUsage(tryit);
  await tryit.operationLink('Costs').click();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();

  const history = historyRegion(page);
  await expect(historyRows(page)).toHaveCount(2);
  await history.getByLabel('Filter history').fill('costs');
  await expect(historyRows(page)).toHaveCount(1);
  await expect(history.getByText('1 of 2 requests match')).toBeVisible();
  await history.getByLabel('Filter history').fill('');

  await historyRows(page)
    .first()
    .getByRole('button', { name: /^Delete / })
    .click();
  await expect(historyRows(page)).toHaveCount(1);
  await expect(historyRows(page).first()).toContainText('audio_speeches');

  await history.getByRole('button', { name: 'Clear history' }).click();
  await expect(history.getByText('Delete all 1 entries?')).toBeVisible();
  await history.getByRole('button', { name: 'Yes, clear history' }).click();
  await expect(historyRows(page)).toHaveCount(0);
  await page.reload();
  await expect(historyRegion(page).getByText('Requests you send are kept here')).toBeVisible();
});

test('restoring a request of another operation opens that operation with its values', async ({
  tryit,
  page,
}) => {
  await tryit.open();
  await tryit.configure();
  await sendUsage(tryit, { limit: '5' });
  await tryit.operationLink('Costs').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('costs');
  await historyRows(page)
    .first()
    .getByRole('button', { name: /^Restore / })
    .click();
  await expect(page).toHaveURL(/#\/operations\/usage-audio-speeches$/);
  await expect(tryit.field('limit')).toHaveValue('5');
});

test('export as HAR 1.2: the entries with their requests and answers, no key', async ({ tryit, page }) => {
  await tryit.open();
  await tryit.configure();
  await sendUsage(tryit);
  const download = page.waitForEvent('download');
  await historyRegion(page).getByRole('button', { name: 'Export HAR' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('openai-usage-history.har');
  const text = await readFile((await file.path()) ?? '', 'utf8');
  expect(text).not.toContain(USER_KEY);
  const har = JSON.parse(text);
  expect(har.log.version).toBe('1.2');
  expect(har.log.creator.name).toBe('Try It');
  expect(har.log.entries).toHaveLength(1);
  const [entry] = har.log.entries;
  expect(entry.request.method).toBe('GET');
  expect(entry.request.url).toContain('/organization/usage/audio_speeches?');
  expect(entry.request.queryString).toContainEqual({ name: 'start_time', value: String(NOV_1_2024) });
  expect(entry.response.status).toBe(200);
  expect(JSON.parse(entry.response.content.text).object).toBe('page');
  await expect(historyRegion(page).getByText('Exported 1 entry as HAR 1.2.')).toBeAttached();
});

test('compare two answers: a JSON diff that names what changed', async ({ tryit, page }) => {
  await tryit.open();
  await tryit.configure();
  await sendUsage(tryit, { limit: '2' });
  await sendUsage(tryit, { start: NOV_1_2024 + DAY, limit: '2' });
  const history = historyRegion(page);
  await expect(history.getByRole('button', { name: 'Compare selected' })).toBeDisabled();
  await historyRows(page)
    .nth(0)
    .getByRole('checkbox', { name: /^Compare / })
    .check();
  await historyRows(page)
    .nth(1)
    .getByRole('checkbox', { name: /^Compare / })
    .check();
  await history.getByRole('button', { name: 'Compare selected' }).click();

  const diff = history.getByRole('region', { name: 'Differences' });
  // Day 1-2 against day 2-3: buckets are matched by start_time, so one left and one came.
  await expect(diff.getByText(/changed, 1 added, 1 removed\.$/)).toBeVisible();
  await diff.getByText(/^Changes by location/).click();
  await expect(diff.getByRole('listitem').filter({ hasText: 'removed /body/data/0' })).toBeVisible();
  await expect(diff.getByRole('listitem').filter({ hasText: 'added /body/data/1' })).toBeVisible();
  await expect(diff.getByRole('group', { name: 'JSON diff' })).toContainText(String(NOV_1_2024 + 2 * DAY));
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('compare in the dark theme chosen by the toggle: the diff in the dark palette, no WCAG 2 A/AA violations', async ({
  tryit,
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await tryit.open();
  await page.getByLabel('Theme').selectOption('dark');
  await tryit.configure();
  await sendUsage(tryit, { limit: '2' });
  await sendUsage(tryit, { start: NOV_1_2024 + DAY, limit: '2' });
  // History records each answer after it is shown: wait for both rows, or row 0 may still be the first send.
  await expect(historyRows(page)).toHaveCount(2);
  for (const row of [0, 1]) {
    await historyRows(page)
      .nth(row)
      .getByRole('checkbox', { name: /^Compare / })
      .check();
  }
  await historyRegion(page).getByRole('button', { name: 'Compare selected' }).click();
  const diff = historyRegion(page).getByRole('group', { name: 'JSON diff' });
  await expect(diff).toContainText(String(NOV_1_2024 + 2 * DAY));
  // jsondiffpatch's light-only greens and reds are the page's dark ones here, with light text on them.
  const added = diff.locator('.jsondiffpatch-added .jsondiffpatch-property-name').first();
  expect(await added.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe(
    'rgb(29, 77, 43)',
  );
  expect(await added.evaluate((element) => getComputedStyle(element).color)).toBe('rgb(230, 232, 235)');
  await historyRegion(page).getByRole('checkbox', { name: 'Show unchanged fields' }).check();
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('when IndexedDB is blocked, history lasts for the page only and says so', async ({ tryit, page }) => {
  // What a browser does where storage is blocked (sandboxed frames, some private modes): reading it throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await tryit.open();
  await tryit.configure();
  await sendUsage(tryit);
  const history = historyRegion(page);
  await expect(
    history.getByRole('status').filter({ hasText: 'does not let the page use IndexedDB' }),
  ).toContainText('History is kept only until you leave this page.');
  await expect(historyRows(page)).toHaveCount(1);
  await page.reload();
  await expect(historyRows(page)).toHaveCount(0);
});

test('when the stored history database is damaged, history falls back to memory and says so', async ({
  tryit,
  page,
}) => {
  // Another program's database under the same name, made before the page's scripts run: not our layout.
  await page.addInitScript(() => {
    const open = indexedDB.open('tryit:v1:history', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('junk');
    open.onsuccess = () => open.result.close();
  });
  await tryit.open();
  await tryit.configure();
  await sendUsage(tryit);
  const history = historyRegion(page);
  await expect(
    history.getByText('The stored history database is damaged or from another program.'),
  ).toBeVisible();
  await expect(historyRows(page)).toHaveCount(1);
});
