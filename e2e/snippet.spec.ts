/** The code snippet follows the form as it is typed, in every language, and never shows the key. */
import { expect, NOV_1_2024, test, USER_KEY } from './support/fixtures.ts';

test('the snippet starts from the defaults and changes with each field, never showing the key', async ({
  tryit,
}) => {
  await tryit.open();
  const snippet = tryit.snippet;
  const code = tryit.snippetCode();
  await expect(snippet.getByText('Updates live as you fill in the form above.')).toBeVisible();
  await expect(snippet.getByRole('tab', { name: 'TypeScript', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(code).toContainText("import openai from '@utdk/openai';");
  await expect(code).toContainText('await openai.usageAudioSpeeches({ "bucket_width": "1d" });');

  await tryit.keyInput.fill(USER_KEY);
  await tryit.gatewayInput.fill('http://127.0.0.1:8787');
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await expect(code).toContainText(`"start_time": ${NOV_1_2024}`);

  await tryit.field('limit').fill('3');
  await expect(code).toContainText('"limit": 3');

  await tryit.addArrayItem('project_ids', 'proj_a');
  await expect(code).toContainText('"project_ids": [');
  await expect(code).toContainText('"proj_a"');
  await tryit.addArrayItem('project_ids', 'proj_gone');
  await expect(code).toContainText('"proj_gone"');

  // Removing the first item renumbers the rest: "proj_gone" becomes item 1.
  const projectIds = tryit.arrayGroup('project_ids');
  await projectIds.getByRole('button', { name: 'Remove project_ids item 1', exact: true }).click();
  await expect(projectIds.getByLabel('project_ids item 1', { exact: true })).toHaveValue('proj_gone');
  await expect(projectIds.getByLabel('project_ids item 2', { exact: true })).toHaveCount(0);
  await expect(code).not.toContainText('"proj_a"');
  await projectIds.getByLabel('project_ids item 1', { exact: true }).fill('proj_a');
  await expect(code).not.toContainText('"proj_gone"');

  await tryit.field('bucket_width').selectOption('1h');
  await expect(code).toContainText('"bucket_width": "1h"');
  await expect(code).not.toContainText('"bucket_width": "1d"');

  // The key is in the form's state by now; no tab may show it.
  for (const tab of ['TypeScript', 'OpenAI SDK', 'fetch', 'cURL', 'Python']) {
    await snippet.getByRole('tab', { name: tab, exact: true }).click();
    await expect(snippet.getByRole('tab', { name: tab, exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(code).toContainText('proj_a');
    await expect(code).not.toContainText(USER_KEY);
  }
});

test('the cURL tab reads the key from $OPENAI_ADMIN_KEY and repeats array keys in the URL', async ({
  tryit,
}) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.addArrayItem('project_ids', 'a');
  await tryit.addArrayItem('project_ids', 'b');

  await tryit.snippet.getByRole('tab', { name: 'cURL', exact: true }).click();
  const code = tryit.snippetCode();
  await expect(code).toContainText('curl');
  await expect(code).toContainText('$OPENAI_ADMIN_KEY');
  await expect(code).toContainText('/organization/usage/audio_speeches?');
  await expect(code).toContainText(`start_time=${NOV_1_2024}`);
  await expect(code).toContainText('project_ids=a&project_ids=b');
  await expect(code).not.toContainText(USER_KEY);
});

test('Copy puts the snippet shown on the clipboard', async ({ tryit, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await tryit.open();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await expect(tryit.snippetCode()).toContainText(`"start_time": ${NOV_1_2024}`);

  await tryit.snippet.getByRole('button', { name: 'Copy', exact: true }).click();

  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toContain(`await openai.usageAudioSpeeches(`);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`"start_time": ${NOV_1_2024}`);
  expect(copied).toContain("import openai from '@utdk/openai';");
});

test('the snippet tabs work from the keyboard: arrows, Home and End', async ({ tryit, page }) => {
  await tryit.open();
  const typescript = tryit.snippet.getByRole('tab', { name: 'TypeScript', exact: true });
  await typescript.focus();
  await page.keyboard.press('ArrowRight');
  // The official SDK's tab sits beside the reference SDK's.
  await expect(tryit.snippet.getByRole('tab', { name: 'OpenAI SDK', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tryit.snippet.getByRole('tab', { name: 'fetch', exact: true })).toBeFocused();
  await expect(tryit.snippet.getByRole('tab', { name: 'fetch', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('End');
  await expect(tryit.snippet.getByRole('tab', { name: 'Python', exact: true })).toBeFocused();
  await expect(tryit.snippetCode()).toContainText('import requests');
  await page.keyboard.press('ArrowRight');
  await expect(typescript).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Home');
  await expect(typescript).toHaveAttribute('aria-selected', 'true');
});
