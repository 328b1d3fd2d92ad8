/** What is saved on this device: kept across reloads, forgettable, and never able to break the page. */
import { expect, NOV_1_2024, test, USER_KEY, urls } from './support/fixtures.ts';

test('the key and the gateway URL are saved as typed and survive a reload', async ({ tryit, page }) => {
  await tryit.open();
  await expect(tryit.tryIt.getByText('Saved automatically to browser storage.')).toBeVisible();
  await tryit.configure();

  await page.reload();

  await expect(tryit.keyInput).toHaveValue(USER_KEY);
  await expect(tryit.gatewayInput).toHaveValue(urls.gateway);
  // Still a password field after the reload: the key is not shown until asked.
  await expect(tryit.keyInput).toHaveAttribute('type', 'password');
  await tryit.tryIt.getByRole('button', { name: 'Show key' }).click();
  await expect(tryit.keyInput).toHaveAttribute('type', 'text');
});

test('"Forget saved credentials" clears them, and they stay cleared after a reload', async ({
  tryit,
  page,
}) => {
  await tryit.open();
  await tryit.configure();
  await page.reload();
  await expect(tryit.keyInput).toHaveValue(USER_KEY);

  await tryit.tryIt.getByRole('button', { name: 'Forget saved credentials' }).click();

  await expect(tryit.keyInput).toHaveValue('');
  // Only the credentials: the gateway URL has its own Clear button (see preferences.spec.ts).
  await expect(tryit.gatewayInput).toHaveValue(urls.gateway);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(tryit.keyInput).toHaveValue('');
  const leftovers = await page.evaluate(() =>
    Object.keys(localStorage).filter(
      (key) => key.startsWith('tryit:') && localStorage.getItem(key)?.includes('sk-'),
    ),
  );
  expect(leftovers).toEqual([]);
});

test('garbage in every saved key does not break the page', async ({ tryit, page }) => {
  // Learn which keys the page writes, from the page itself.
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  // The settings and the form's draft at least (the snippet panel may add its own later), in a fixed order with
  // the settings first, so the settings always get the broken JSON (the notice below) whichever key the page
  // happened to write first; the others get the rest of the garbage.
  const storedKeys = () =>
    page.evaluate(() =>
      Object.keys(localStorage)
        .filter((key) => key.startsWith('tryit:'))
        .sort(
          (a, b) => Number(!a.endsWith(':settings')) - Number(!b.endsWith(':settings')) || a.localeCompare(b),
        ),
    );
  await expect
    .poll(async () => (await storedKeys()).filter((key) => /:settings$|:draft:/.test(key)).length)
    .toBe(2);
  const keys = await storedKeys();

  const garbage = [
    '{"gatewayUrl": ',
    'null',
    '[1,2,3]',
    '"just a string"',
    '{"version": 999, "credentials": 5}',
    '\u0000',
  ];
  await page.addInitScript(
    ({ keys, garbage }) => {
      keys.forEach((key, index) => {
        localStorage.setItem(key, garbage[index % garbage.length]!);
      });
    },
    { keys, garbage },
  );
  await page.reload();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Get audio speeches usage details for the organization.',
  );
  await expect(tryit.keyInput).toHaveValue('');
  await expect(tryit.gatewayInput).toHaveValue('');
  // The user is told, rather than left wondering where the settings went.
  await expect(tryit.tryIt.getByRole('status').filter({ hasText: /could not be read/ })).toBeVisible();
  // And it works: configure again and send.
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
});

test('a second tab picks up the gateway URL typed in the first', async ({ tryit, context }) => {
  await tryit.open();
  const second = await context.newPage();
  await second.goto(`${urls.page}#/operations/usage-costs`);
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(
    'Get costs details for the organization.',
  );

  await tryit.gatewayInput.fill(urls.gateway);

  await expect(second.getByLabel('Gateway URL', { exact: true })).toHaveValue(urls.gateway);
});
