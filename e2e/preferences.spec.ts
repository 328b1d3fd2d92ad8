/** Preferences the page remembers: the theme (no flash on load), the gateway URL, what Forget forgets. */
import { expect, test, USER_KEY, urls } from './support/fixtures.ts';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(21, 24, 28)';

test('the theme toggle: system, light or dark, remembered across a reload', async ({ tryit, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await tryit.open();
  const theme = page.getByLabel('Theme');
  await expect(theme).toHaveValue('system');
  expect(await background(page)).toBe(LIGHT);

  await theme.selectOption('dark');
  await expect.poll(() => background(page)).toBe(DARK);
  await page.reload();
  await expect(page.getByLabel('Theme')).toHaveValue('dark');
  expect(await background(page)).toBe(DARK);

  // "Light" wins over a dark system; "System" follows it again.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByLabel('Theme').selectOption('light');
  await expect.poll(() => background(page)).toBe(LIGHT);
  await page.getByLabel('Theme').selectOption('system');
  await expect.poll(() => background(page)).toBe(DARK);
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('no flash: the stored theme applies before any of the app has run', async ({ tryit, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await tryit.open();
  await page.getByLabel('Theme').selectOption('dark');
  // Reload with the app's scripts blocked: what paints then is the HTML, the CSS and the boot script.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  expect(await background(page)).toBe(DARK);
  expect(await page.getByRole('heading', { level: 1 }).count()).toBe(0);
});

test('a corrupt stored theme falls back to the system scheme and does not break the page', async ({
  tryit,
  page,
}) => {
  await page.addInitScript(() => localStorage.setItem('tryit:v1:theme', '{"version":1,"theme":"purple"}'));
  await page.emulateMedia({ colorScheme: 'light' });
  await tryit.open();
  await expect(page.getByLabel('Theme')).toHaveValue('system');
  expect(await background(page)).toBe(LIGHT);
});

test('Forget forgets only the credentials; the gateway URL has its own Clear, which a reload keeps', async ({
  tryit,
  page,
}) => {
  await tryit.open();
  await tryit.configure();
  await page.reload();
  await expect(tryit.keyInput).toHaveValue(USER_KEY);

  await tryit.tryIt.getByRole('button', { name: 'Forget saved credentials' }).click();
  await expect(tryit.keyInput).toHaveValue('');
  await expect(tryit.gatewayInput).toHaveValue(urls.gateway);
  await page.reload();
  await expect(tryit.keyInput).toHaveValue('');
  await expect(tryit.gatewayInput).toHaveValue(urls.gateway);

  await tryit.tryIt.getByRole('button', { name: 'Clear gateway URL' }).click();
  await expect(tryit.gatewayInput).toHaveValue('');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(tryit.gatewayInput).toHaveValue('');
});

test.describe('in New York', () => {
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

  test('"This month" names the month and the zone, and starts at local midnight of the 1st', async ({
    tryit,
    page,
  }) => {
    await tryit.open();
    const now = new Date(await page.evaluate(() => Date.now()));
    const month = new Intl.DateTimeFormat('en-US', {
      month: 'long',
      year: 'numeric',
      timeZone: 'America/New_York',
    }).format(now);
    const button = tryit.tryIt.getByRole('button', { name: `This month (${month}, America/New_York)` });
    await button.click();
    // The bounds load on the first click: wait for the field to be filled.
    await expect(tryit.field('start_time')).toHaveValue(/^\d+$/);
    const start = Number(await tryit.field('start_time').inputValue());
    const local = new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/New_York',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    }).format(start * 1000);
    expect(local).toBe('1, 00:00');
  });
});
