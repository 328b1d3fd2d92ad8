/**
 * Nothing from a description or a response is executed, and bad input gets a clear message without
 * breaking the page: a hostile description, an HTML response carrying script, a 6 MB response.
 */

import { expect, type TryItPage, test, urls } from './support/fixtures.ts';
import { serveSpecFile } from './support/serve-spec-file.ts';
import { type ShapesHarness, startShapesHarness } from './support/shapes-harness.ts';

let harness: ShapesHarness;
test.beforeAll(async () => {
  harness = await startShapesHarness(new URL(urls.page).origin);
});
test.afterAll(async () => {
  await harness?.stop();
});

async function pwned(tryit: TryItPage): Promise<unknown> {
  return tryit.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

test('a hostile description renders as text: no script runs, javascript: and data: links are dropped', async ({
  tryit,
}) => {
  const spec = await serveSpecFile('e2e/fixtures/hostile-api.yaml');
  try {
    await tryit.page.goto(`${urls.page}?spec=${encodeURIComponent(spec.url)}#/operations/getThing`);
    await expect(tryit.page.getByRole('heading', { level: 1 })).toContainText(
      'Get a thing <script>window.__pwned=1</script>',
    );
    // The markup is visible as text, and the one safe link survives.
    await expect(tryit.page.getByText('<img src=x onerror="window.__pwned=1">').first()).toBeVisible();
    await expect(tryit.page.getByRole('link', { name: 'fine', exact: true })).toHaveAttribute(
      'href',
      'https://example.com/docs',
    );
    for (const name of ['here', 'there', 'data', 'y']) {
      await expect(tryit.page.getByRole('link', { name, exact: true })).toHaveCount(0);
    }
    const hrefs = await tryit.page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href ?? ''))).toEqual([]);
    // The hostile default and enum are plain values in the form and the snippet.
    await expect(tryit.field('id')).toHaveValue('<script>window.__pwned=1</script>');
    await expect(tryit.snippetCode()).toContainText('"id": "<script>window.__pwned=1</script>"');
    expect(await pwned(tryit)).toBeUndefined();

    // The overview shows the hostile title and description as text too.
    await tryit.sidebar.getByRole('link', { name: 'Overview', exact: true }).click();
    await expect(tryit.page.getByRole('heading', { level: 1 })).toHaveText(
      '<img src=x onerror="window.__pwned=1"> Hostile',
    );
    await expect(tryit.page.getByRole('main').getByText('x', { exact: true })).toBeVisible();
    await expect(tryit.page.getByRole('link', { name: 'x', exact: true })).toHaveCount(0);
    expect(await tryit.page.locator('main img, main script, main svg, main iframe').count()).toBe(0);
    expect(await pwned(tryit)).toBeUndefined();
  } finally {
    await spec.close();
  }
});

test('an HTML response is shown as text; its script never runs', async ({ tryit }) => {
  await tryit.page.goto(`${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/getPet`);
  await tryit.tryIt.getByLabel('Pet store token', { exact: true }).fill('pet-token-e2e-51c2');
  await tryit.gatewayInput.fill(harness.gatewayUrl);
  await tryit.field('petId').fill('html');
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  await expect(tryit.response.getByLabel('Response body')).toContainText('<script>window.__pwned=1</script>');
  expect(await pwned(tryit)).toBeUndefined();
});

test('a 6 MB response is cut at 5 MB, said so, and the page stays usable', async ({ tryit }) => {
  await tryit.page.goto(`${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/getPet`);
  await tryit.tryIt.getByLabel('Pet store token', { exact: true }).fill('pet-token-e2e-51c2');
  await tryit.gatewayInput.fill(harness.gatewayUrl);
  await tryit.field('petId').fill('huge');
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(tryit.response.getByText(/\(truncated\)/)).toBeVisible();
  await expect(tryit.response.getByText(/^Only the first 5(\.0)? MB of the body were read/)).toBeVisible();
  // Cut JSON does not parse: its first part is shown re-indented (downloads.spec.ts has the details).
  await expect(tryit.response.getByLabel('Response body')).toContainText('"name": "xxxxxxxx');
  // Still responsive: typing updates the snippet at once.
  await tryit.field('petId').fill('rex-after-huge');
  await expect(tryit.snippetCode()).toContainText('"petId": "rex-after-huge"');
});
