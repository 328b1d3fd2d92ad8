/**
 * The full OpenAI description loaded by URL (`?spec=`), a few operations filled with "Fill example values" and
 * sent through the reference gateway to Prism, which validates every request against the description: the
 * Response must not be Prism's 422 ("Invalid request").
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pickPrismSample } from '../scripts/prism/pick-prism-sample.ts';
import { loadApi } from '../src/openapi/load-api.ts';
import { expect, test, USER_KEY, urls } from './support/fixtures.ts';
import { type PrismHarness, startPrismHarness } from './support/prism-processes.ts';
import { REPO_ROOT } from './support/processes.ts';

// One Prism for the whole file: the tests run in order in one worker (a failure does not skip the others).
test.describe.configure({ mode: 'default' });

let harness: PrismHarness | undefined;

test.beforeAll(async () => {
  // Prism indexes the 3 MB document before it listens: 10–20 s measured on 2 cores, more under load.
  test.setTimeout(150_000);
  harness = await startPrismHarness(new URL(urls.page).origin);
});

test.afterAll(async () => {
  await harness?.stop();
});

const CASES = [
  { id: 'createEmbedding', what: 'a JSON body', method: 'POST', path: '/embeddings' },
  {
    id: 'createTranslation',
    what: 'a multipart body with a file',
    method: 'POST',
    path: '/audio/translations',
  },
  { id: 'getAssistant', what: 'a path parameter', method: 'GET', path: /^\/assistants\/[^/]+$/ },
  {
    id: 'deleteAssistant',
    what: 'a DELETE with a path parameter',
    method: 'DELETE',
    path: /^\/assistants\/[^/]+$/,
  },
] as const;

for (const { id, what, method, path } of CASES) {
  test(`${id} (${what}): example values sent through the gateway are valid for Prism`, async ({ page }) => {
    // The description is parsed in the page (3 MB of YAML): allow for it beside the send.
    test.setTimeout(90_000);
    if (!harness) throw new Error('Prism and its gateway did not start');
    await page.goto(`${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/${id}`);
    const tryIt = page.getByRole('region', { name: 'Try it', exact: true });
    await expect(tryIt).toBeVisible({ timeout: 45_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await tryIt.getByLabel('ApiKeyAuth (Bearer token)', { exact: true }).fill(USER_KEY);
    await tryIt.getByLabel('Gateway URL', { exact: true }).fill(harness.gatewayUrl);
    await tryIt.getByRole('button', { name: 'Fill example values', exact: true }).click();
    if (id === 'createTranslation') {
      // After filling, the file control still says "No file chosen": the user picks one, by its label.
      await tryIt
        .getByLabel(/^file(?:\s|$)/)
        .setInputFiles({ name: 'hello.wav', mimeType: 'audio/wav', buffer: Buffer.from('RIFF....WAVE') });
    }

    const sent = page.waitForRequest(
      // Not the gateway's health probe (`/_gateway/health`): the operation's own request.
      (request) =>
        request.url().startsWith(harness?.gatewayUrl ?? '\0') &&
        !request.url().includes('/_gateway/') &&
        request.method() === method,
    );
    await tryIt.getByRole('button', { name: 'Send', exact: true }).click();
    const request = await sent;
    expect(new URL(request.url()).pathname).toMatch(path);
    expect(await request.headerValue('authorization')).toBe(`Bearer ${USER_KEY}`);
    if (id === 'createTranslation') {
      expect(await request.headerValue('content-type')).toMatch(/^multipart\/form-data; boundary=/);
      // Chromium does not hand a body with a file part to Playwright; Prism's answer shows the file arrived
      // (`file` is required, so a request without it is a 422).
    }

    // Prism answers a valid request with the operation's documented 200, an invalid one with 422 and its findings.
    const response = page.getByRole('region', { name: 'Response', exact: true });
    const status = response.getByText(/^\d{3} [A-Z][A-Za-z ]+$/);
    await expect(status.first()).toBeVisible({ timeout: 20_000 });
    await expect(response.getByText(/^422 /)).toHaveCount(0);
    await expect(response.getByText('200 OK', { exact: true })).toBeVisible();
  });
}

test('the 40+ operation sample: each filled with example values in the page and sent, none rejected', async ({
  page,
}) => {
  // The same fixed sample as the Node integration test, this time through the page itself.
  const api = await loadApi(readFileSync(path.join(REPO_ROOT, 'specs/openai-openapi.yaml'), 'utf8'));
  const sample = pickPrismSample(api);
  expect(sample.length).toBeGreaterThanOrEqual(40);
  test.setTimeout(60_000 + sample.length * 10_000);
  if (!harness) throw new Error('Prism and its gateway did not start');
  const specUrl = harness.specUrl;
  const tryIt = page.getByRole('region', { name: 'Try it', exact: true });
  const response = page.getByRole('region', { name: 'Response', exact: true });
  const outcomes: string[] = [];
  for (const [index, { operation }] of sample.entries()) {
    // The first visit loads the description; the next ones only change the deep link (no reload).
    await page.goto(
      `${urls.page}?spec=${encodeURIComponent(specUrl)}#/operations/${encodeURIComponent(operation.id)}`,
    );
    await expect(tryIt).toBeVisible({ timeout: 45_000 });
    if (index === 0) {
      await tryIt.getByLabel('ApiKeyAuth (Bearer token)', { exact: true }).fill(USER_KEY);
      await tryIt.getByLabel('Gateway URL', { exact: true }).fill(harness.gatewayUrl);
    }
    await tryIt.getByRole('button', { name: 'Fill example values', exact: true }).click();
    // The panel is this operation's: its preview shows the method and the path up to the first parameter.
    const fixedPath = operation.path.split('{')[0] ?? operation.path;
    await expect(tryIt.getByText(`${harness.gatewayUrl}${fixedPath}`)).toBeVisible();
    await expect(tryIt.getByText(operation.method.toUpperCase(), { exact: true }).first()).toBeVisible();
    await expect(tryIt.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
    await tryIt.getByRole('button', { name: 'Send', exact: true }).click();
    const status = response.getByText(/^\d{3} [A-Za-z][A-Za-z -]*$/).first();
    await expect(status).toBeVisible({ timeout: 20_000 });
    outcomes.push(
      `${operation.method.toUpperCase()} ${operation.path} (${operation.id}): ${await status.textContent()}`,
    );
  }
  // Every request the page built was valid for Prism: a 2xx each time, never its 422.
  expect(outcomes.filter((outcome) => !/: 2\d\d /.test(outcome))).toEqual([]);
});
