/** Sending through the real gateway to the demo upstream, and what the user sees for each hop that can fail. */
import { expect, NOV_1_2024, test, USER_KEY, urls } from './support/fixtures.ts';

test('fill the form, send through the gateway, and read a 200 page of buckets', async ({ tryit, page }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('limit').fill('3');
  await tryit.addArrayItem('project_ids', 'a');
  await tryit.addArrayItem('project_ids', 'b');
  await expect(tryit.sendButton).toBeEnabled();

  const sent = page.waitForRequest(
    // Not the gateway's health probe: the operation's own request.
    (request) => request.url().startsWith(`${urls.gateway}/organization/`) && request.method() === 'GET',
  );
  await tryit.sendButton.click();

  const response = tryit.response;
  await expect(response.getByText('200 OK', { exact: true })).toBeVisible();
  await expect(response.getByText(/^\d+(\.\d+)? ms$/)).toBeVisible();
  await expect(response.getByText(/^\d+(\.\d+)? (B|kB|KB|KiB)$/)).toBeVisible();
  const body = response.getByLabel('Response body');
  await expect(body).toContainText('"object": "page"');
  await expect(body).toContainText('"object": "bucket"');
  await expect(body).toContainText(`"start_time": ${NOV_1_2024}`);
  await expect(body).toContainText('"organization.usage.audio_speeches.result"');
  await expect(body).toContainText('"has_more"');

  // What left the browser: the operation path on the gateway, arrays as repeated keys, the key as a Bearer token.
  const request = await sent;
  const url = new URL(request.url());
  expect(url.pathname).toBe('/organization/usage/audio_speeches');
  expect(url.search).toContain('project_ids=a&project_ids=b');
  expect(url.searchParams.get('start_time')).toBe(String(NOV_1_2024));
  expect(await request.headerValue('authorization')).toBe(`Bearer ${USER_KEY}`);

  // The headers disclosure shows what came back through the gateway.
  await expect(response.getByRole('rowheader', { name: 'content-type' })).toBeHidden();
  await response.getByText(/^Headers/).click();
  await expect(response.getByRole('rowheader', { name: 'content-type' })).toBeVisible();
  await expect(response.getByRole('rowheader', { name: 'x-request-id' })).toBeVisible();
});

test('"Next page" follows the cursor: fills page and sends again', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('limit').fill('2');
  await tryit.sendButton.click();
  const body = tryit.response.getByLabel('Response body');
  await expect(body).toContainText('"has_more": true');
  await expect(body).toContainText(`"start_time": ${NOV_1_2024}`);
  await expect(tryit.field('page')).toHaveValue('');

  await tryit.response.getByRole('button', { name: 'Next page' }).click();

  // The third day comes next, and the page field holds the cursor the API returned.
  await expect(body).toContainText(`"start_time": ${NOV_1_2024 + 2 * 86_400}`);
  await expect(body).not.toContainText(`"start_time": ${NOV_1_2024},`);
  await expect(tryit.field('page')).not.toHaveValue('');
  await expect(tryit.snippetCode()).toContainText('"page": "');
});

test('the demo upstream receives project_ids=a&project_ids=b through the gateway and filters by it', async ({
  tryit,
}) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('limit').fill('1');
  await tryit.addArrayItem('project_ids', 'a');
  await tryit.addArrayItem('project_ids', 'b');
  const groupBy = tryit.arrayGroup('group_by');
  await groupBy.getByRole('button', { name: 'Add group_by item', exact: true }).click();
  await groupBy.getByRole('combobox', { name: 'group_by item 1', exact: true }).selectOption('project_id');
  await tryit.sendButton.click();

  const body = tryit.response.getByLabel('Response body');
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  // Grouped by project and filtered to a and b: the upstream must have read both repeated keys.
  await expect(body).toContainText('"project_id": "a"');
  await expect(body).toContainText('"project_id": "b"');
  // Unfiltered, the demo's own projects (proj_demo_…) would be listed.
  await expect(body).not.toContainText('proj_demo');
});

test('Ctrl+Enter sends the form', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('start_time').press('Control+Enter');
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  await expect(tryit.response.getByLabel('Response body')).toContainText('"object": "page"');
});

test('through a gateway that holds the key, no key is needed in the browser', async ({ tryit, page }) => {
  await tryit.open();
  await tryit.configure({ key: '', gateway: urls.credentialGateway });
  await expect(tryit.tryIt.getByText(/no key is needed in this browser/i)).toBeVisible();
  await tryit.field('start_time').fill(String(NOV_1_2024));

  const sent = page.waitForRequest(
    (request) =>
      request.url().startsWith(`${urls.credentialGateway}/organization/`) && request.method() === 'GET',
  );
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  await expect(tryit.response.getByLabel('Response body')).toContainText('"object": "page"');
  expect(await (await sent).headerValue('authorization')).toBeNull();
});

test("the API's own error: a rate-limited key answers 429", async ({ tryit }) => {
  await tryit.open();
  await tryit.configure({ key: 'demo-rate-limited' });
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();

  await expect(tryit.response.getByText(/The API answered/)).toBeVisible();
  await expect(tryit.response.getByText(/^429 Too Many Requests$/)).toBeVisible();
  await expect(
    tryit.response.getByText(/Could not reach the gateway|gateway refused|gateway error/i),
  ).toHaveCount(0);
});

test('an unreachable gateway gets its own message', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure({ gateway: urls.unreachableGateway });
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();

  await expect(tryit.response.getByText(/Could not reach the gateway/)).toBeVisible();
  await expect(tryit.response.getByText(/The API answered/)).toHaveCount(0);
});

test("the gateway's own error (its upstream is down) names the gateway, not the API", async ({ tryit }) => {
  await tryit.open();
  await tryit.configure({ gateway: urls.upstreamDownGateway });
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();

  const alert = tryit.response.getByRole('alert');
  await expect(alert).toContainText('The gateway could not get an answer from the API');
  await expect(alert).toContainText('upstream_unreachable');
  await expect(tryit.response.getByText('502 Bad Gateway', { exact: true })).toBeVisible();
  await expect(tryit.response.getByText(/The API answered/)).toHaveCount(0);
  await expect(tryit.response.getByText(/Could not reach the gateway/)).toHaveCount(0);
});

// The gateway answers 403 without CORS headers, so the browser hides that answer from the page: all the page can
// honestly say is that the gateway could not be reached, naming CORS as a likely cause.
test('a gateway that does not allow this page’s origin is reported as unreachable, naming CORS', async ({
  tryit,
}) => {
  await tryit.open();
  await tryit.configure({ gateway: urls.otherOriginGateway });
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();

  const alert = tryit.response.getByRole('alert');
  await expect(alert).toContainText(/Could not reach the gateway/);
  await expect(alert).toContainText(/CORS|origin/i);
  await expect(tryit.response.getByText(/The API answered/)).toHaveCount(0);
});

test('Cancel aborts a request in flight', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure({ gateway: urls.stalledGateway });
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();

  // The stalled upstream never answers, so the request stays in flight until the user cancels it.
  await expect(tryit.sendButton).toBeDisabled();
  await tryit.cancelButton.click();

  await expect(tryit.response.getByRole('alert')).toContainText('Request cancelled.');
  await expect(tryit.cancelButton).toHaveCount(0);
  await expect(tryit.sendButton).toBeEnabled();
  await expect(tryit.response.getByText(/\d{3} [A-Z]/)).toHaveCount(0);
});
