/** A gateway that holds the key and serves only callers with a gateway access token (issue 13), from the page. */
import { CALLER_TOKEN } from './global-setup.ts';
import { expect, NOV_1_2024, test, urls } from './support/fixtures.ts';

test('a token-protected gateway: first a clear message without a token, then 200 with one', async ({
  tryit,
  page,
}) => {
  await tryit.open();
  await tryit.configure({ key: '', gateway: urls.tokenGateway });
  // Health says the gateway checks its callers: the field appears, the key is not needed.
  const tokenField = tryit.tryIt.getByLabel('Gateway access token', { exact: true });
  await expect(tokenField).toBeVisible();
  await expect(tryit.tryIt.getByText(/no key is needed in this browser/i)).toBeVisible();
  await tryit.field('start_time').fill(String(NOV_1_2024));

  await tryit.sendButton.click();
  const alert = tryit.response.getByRole('alert');
  await expect(alert).toContainText(
    'This gateway only serves callers with a gateway access token: enter yours under Authentication → Gateway access token.',
  );
  await expect(tryit.response.getByText(/^401 Unauthorized$/)).toBeVisible();
  expect(await tryit.accessibilityViolations()).toEqual([]);

  await tokenField.fill(CALLER_TOKEN);
  const sent = page.waitForRequest(
    (request) => request.url().startsWith(`${urls.tokenGateway}/organization/`) && request.method() === 'GET',
  );
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  await expect(tryit.response.getByLabel('Response body')).toContainText('"object": "page"');
  const request = await sent;
  expect(await request.headerValue('x-gateway-token')).toBe(CALLER_TOKEN);
  expect(await request.headerValue('authorization')).toBeNull();

  // Snippets through the gateway read the token from the environment, never inline.
  await tryit.snippet.getByRole('tab', { name: 'cURL' }).click();
  await tryit.snippet.getByRole('checkbox', { name: 'Call through the gateway' }).check();
  await expect(tryit.snippetCode()).toContainText('X-Gateway-Token: $TRYIT_GATEWAY_TOKEN');
  await tryit.snippet.getByRole('checkbox', { name: /Reveal my key/ }).check();
  await expect(tryit.snippetCode()).toContainText('X-Gateway-Token: $TRYIT_GATEWAY_TOKEN');
  await expect(tryit.snippetCode()).not.toContainText(CALLER_TOKEN);

  // Saved like the credentials, and forgotten with them; never in the share link.
  await page.reload();
  await expect(tokenField).toHaveValue(CALLER_TOKEN);
  await tryit.tryIt.getByRole('button', { name: 'Forget saved credentials' }).click();
  await tryit.gatewayInput.fill(urls.tokenGateway);
  await expect(tokenField).toHaveValue('');
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(CALLER_TOKEN);
});

test('the token field appears only for a gateway that checks its callers', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure({ gateway: urls.gateway });
  await expect(tryit.tryIt.getByText(/Gateway reachable/)).toBeVisible();
  await expect(tryit.tryIt.getByLabel('Gateway access token', { exact: true })).toHaveCount(0);
});

test('history\'s Resend and "Load all pages" send the gateway access token too', async ({ tryit, page }) => {
  const DAY = 86_400;
  await tryit.open();
  await tryit.configure({ key: '', gateway: urls.tokenGateway });
  await tryit.tryIt.getByLabel('Gateway access token', { exact: true }).fill(CALLER_TOKEN);
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('end_time').fill(String(NOV_1_2024 + 3 * DAY));
  await tryit.field('limit').fill('1');
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();

  const tokens: (string | null)[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${urls.tokenGateway}/organization/`) && request.method() === 'GET') {
      tokens.push(request.headers()['x-gateway-token'] ?? null);
    }
  });
  // Three daily buckets at one a page: two more pages, each through the token-checking gateway.
  await tryit.response.getByRole('button', { name: 'Load all pages' }).click();
  await expect(
    tryit.response.getByText('Holds 3 pages and 3 items, merged by “Load all pages”.'),
  ).toBeVisible();

  const history = page.getByRole('region', { name: 'History', exact: true });
  const rows = history.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(2);
  await rows
    .nth(1)
    .getByRole('button', { name: /^Resend / })
    .click();
  await expect(rows).toHaveCount(3);
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  await expect(tryit.response.getByRole('alert')).toHaveCount(0);
  expect(tokens).toEqual([CALLER_TOKEN, CALLER_TOKEN, CALLER_TOKEN]);
});
