import { expect, NOV_1_2024, test, USER_KEY, urls } from './support/fixtures.ts';

test('the request preview shows the exact URL, and a share link reopens the form filled, without the key', async ({
  tryit,
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.addArrayItem('project_ids', 'proj a');
  await tryit.field('bucket_width').selectOption('1h');

  // What will be called, live: the gateway, the operation path, encoded query.
  await expect(tryit.tryIt.getByText(`${urls.gateway}/organization/usage/audio_speeches?`)).toContainText(
    `start_time=${NOV_1_2024}&bucket_width=1h&project_ids=proj%20a`,
  );

  await tryit.tryIt.getByRole('button', { name: 'Copy share link', exact: true }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#/operations/');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).not.toContain(USER_KEY);
  expect(link).not.toContain(encodeURIComponent(USER_KEY));

  // Someone else opens it: a fresh browser context, nothing saved.
  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await otherPage.goto(link);
    const panel = otherPage.getByRole('region', { name: 'Try it', exact: true });
    await expect(panel.getByLabel(/^start_time(?!\s+as local)/)).toHaveValue(String(NOV_1_2024));
    await expect(panel.getByLabel(/^bucket_width/)).toHaveValue('1h');
    await expect(panel.getByLabel('project_ids item 1', { exact: true })).toHaveValue('proj a');
    await expect(panel.getByLabel('Admin API key', { exact: true })).toHaveValue('');
    // Applied once: the address no longer carries the values, so a reload keeps what the user changes.
    await expect
      .poll(() => otherPage.evaluate(() => window.location.hash))
      .toBe('#/operations/usage-audio-speeches');
  } finally {
    await other.close();
  }
});
