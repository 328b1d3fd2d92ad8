/**
 * Streaming responses in the page: the full OpenAI description loaded by URL, the gateway loaded with it, the demo
 * upstream streaming `POST /chat/completions` and `POST /responses` (one server-sent event per word). The Response
 * region shows the events as they arrive, and Cancel stops the stream.
 */

import { expect, test, USER_KEY, urls } from './support/fixtures.ts';
import { type StreamingHarness, startStreamingHarness } from './support/streaming-harness.ts';

test.describe.configure({ mode: 'default' });

let harness: StreamingHarness | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  harness = await startStreamingHarness(new URL(urls.page).origin, urls.upstream);
});

test.afterAll(async () => {
  await harness?.stop();
});

async function openWithBody(page: import('@playwright/test').Page, operationId: string, body: unknown) {
  if (!harness) throw new Error('the streaming gateway did not start');
  await page.goto(`${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/${operationId}`);
  const tryIt = page.getByRole('region', { name: 'Try it', exact: true });
  await expect(tryIt).toBeVisible({ timeout: 45_000 });
  await tryIt.getByLabel('ApiKeyAuth (Bearer token)', { exact: true }).fill(USER_KEY);
  await tryIt.getByLabel('Gateway URL', { exact: true }).fill(harness.gatewayUrl);
  await tryIt
    .getByRole('group', { name: 'body editor' })
    .getByRole('radio', { name: 'JSON', exact: true })
    .check();
  await tryIt.getByRole('textbox', { name: /body/ }).fill(JSON.stringify(body));
  return tryIt;
}

test('a streamed chat completion appears event by event, then as the whole response', async ({ page }) => {
  test.setTimeout(120_000);
  const tryIt = await openWithBody(page, 'createChatCompletion', {
    model: 'gpt-4o',
    messages: [{ role: 'user', content: 'Hello' }],
    stream: true,
  });
  await tryIt.getByRole('button', { name: 'Send', exact: true }).click();

  const response = page.getByRole('region', { name: 'Response', exact: true });
  const events = response.getByRole('list', { name: 'Streamed events' }).getByRole('listitem');
  // Live: the first events are on screen while the stream is still open (Cancel is still offered).
  await expect(events.first()).toContainText('chat.completion.chunk');
  await expect(tryIt.getByRole('button', { name: 'Cancel', exact: true })).toBeVisible();
  await expect(response.getByRole('status')).toContainText(/200 .*streaming: \d+ events? so far/);
  const early = await events.count();
  await expect.poll(() => events.count()).toBeGreaterThan(early);

  // The end: the whole body, [DONE] included, in the usual response view.
  await expect(response.getByText('[DONE]').first()).toBeVisible({ timeout: 30_000 });
  await expect(response.getByRole('list', { name: 'Streamed events' })).toHaveCount(0);
  await expect(response).toContainText('200');
});

test('Cancel stops a streamed response', async ({ page }) => {
  test.setTimeout(120_000);
  const tryIt = await openWithBody(page, 'createResponse', { model: 'gpt-4o', input: 'Hello', stream: true });
  await tryIt.getByRole('button', { name: 'Send', exact: true }).click();
  const response = page.getByRole('region', { name: 'Response', exact: true });
  const events = response.getByRole('list', { name: 'Streamed events' }).getByRole('listitem');
  await expect(events.nth(2)).toBeVisible();
  await expect(events.first()).toContainText('response.created');
  await tryIt.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(response.getByRole('alert')).toContainText('Request cancelled.');
  await expect(response.getByRole('list', { name: 'Streamed events' })).toHaveCount(0);
  await expect(response.getByText('response.completed')).toHaveCount(0);
});
