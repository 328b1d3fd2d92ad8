/** Any answer can be downloaded, named sensibly; a body cut for size shows its first part, readable. */
import { readFile } from 'node:fs/promises';
import { expect, NOV_1_2024, test, urls } from './support/fixtures.ts';
import { type ShapesHarness, startShapesHarness } from './support/shapes-harness.ts';

let harness: ShapesHarness;
test.beforeAll(async () => {
  harness = await startShapesHarness(new URL(urls.page).origin);
});
test.afterAll(async () => {
  await harness?.stop();
});

test('a JSON answer downloads as <operation>.json with the body as it came', async ({ tryit, page }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();
  await expect(tryit.response.getByLabel('Response body')).toContainText('"object": "page"');
  await expect(tryit.response.getByText('as usage-audio-speeches.json')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await tryit.response.getByRole('button', { name: 'Download body' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('usage-audio-speeches.json');
  const saved = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    object: string;
    data: unknown[];
  };
  expect(saved.object).toBe('page');
  expect(saved.data[0]).toMatchObject({ object: 'bucket', start_time: NOV_1_2024 });
});

test('a body cut at 5 MB shows its first part re-indented, says so, and downloads all that was read', async ({
  tryit,
  page,
}) => {
  await page.goto(`${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/getPet`);
  await tryit.tryIt.getByLabel('Pet store token', { exact: true }).fill('pet-token-e2e-51c2');
  await tryit.gatewayInput.fill(harness.gatewayUrl);
  await tryit.field('petId').fill('huge');
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(tryit.response.getByText(/Shown below: the first 64 KB, re-indented/)).toBeVisible();
  const body = tryit.response.getByLabel('Response body');
  // Not an empty box: readable lines of the first items.
  await expect(body).toContainText('"id": "pet",');
  const box = await body.boundingBox();
  expect(box?.height).toBeGreaterThan(100);
  const lines = await body.evaluate((el) => (el.textContent ?? '').split('\n').length);
  expect(lines).toBeGreaterThan(1000);

  const downloading = page.waitForEvent('download');
  await tryit.response.getByRole('button', { name: 'Download body' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('getPet.json');
  const saved = await readFile(await download.path(), 'utf8');
  expect(saved.length).toBe(5 * 1024 * 1024);
  expect(saved.startsWith('[{"id":"pet","name":"xxxx')).toBe(true);
});
