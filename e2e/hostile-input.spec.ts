/**
 * Nothing from a description or a response is executed, and bad input gets a clear message without
 * breaking the page: a hostile description, an HTML response carrying script, a 6 MB response.
 */

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { expect, type TryItPage, test, urls } from './support/fixtures.ts';
import { REPO_ROOT } from './support/processes.ts';
import { serveFiles } from './support/serve-files.ts';
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

test('hostile responses render as text; a 400-level chain of refs, a self-containing schema and a 5,000-value enum do not hang the page', async ({
  tryit,
}) => {
  const doc = parse(readFileSync(path.join(REPO_ROOT, 'e2e/fixtures/hostile-responses-api.yaml'), 'utf8'));
  // Built here rather than written out: 400 schemas, each one level deeper, and an enum of 5,000 values.
  for (let level = 0; level < 400; level++) {
    doc.components.schemas[`Deep${level}`] = {
      type: 'object',
      properties: {
        [`level${level}`]: {
          type: 'string',
          enum: level === 0 ? Array.from({ length: 5000 }, (_, i) => `v${i}`) : undefined,
        },
        next: { $ref: `#/components/schemas/Deep${level + 1}` },
      },
    };
  }
  doc.components.schemas.Deep400 = { type: 'string' };
  const files = await serveFiles({ 'hostile-responses.json': JSON.stringify(doc) });
  try {
    await tryit.page.goto(
      `${urls.page}?spec=${encodeURIComponent(files.url('hostile-responses.json'))}#/operations/listThings`,
    );
    await expect(tryit.page.getByRole('heading', { level: 1 })).toHaveText('List things');
    const responses = tryit.page.getByRole('region', { name: 'Responses', exact: true });
    // Markup in the description is shown as text: visible, and no element made of it.
    await expect(responses.getByText(/^OK <img src=x onerror=/)).toBeVisible();
    await expect(responses.locator('img, svg, script')).toHaveCount(0);
    await expect(
      responses.getByRole('rowheader', { name: '<script>window.__pwned=1</script>' }),
    ).toBeVisible();
    await expect(responses.getByText('<script>window.__pwned=1</script>').first()).toBeVisible();
    // The example's value is text; a javascript: external value is not a link.
    await expect(responses.getByRole('group', { name: /^Example: Response 200/ })).toContainText(
      '"html": "<script>window.__pwned=1</script>"',
    );
    await responses
      .getByRole('combobox', { name: 'Example', exact: true })
      .selectOption({ label: 'External' });
    await expect(responses.getByRole('link', { name: /javascript/ })).toHaveCount(0);
    // The long enum is listed in part; a reader can go ten levels down the chain.
    await expect(responses.getByText('and 4960 more', { exact: true })).toBeVisible();
    const tree = responses.getByRole('group', { name: 'Schema of Response 200 (application/json)' });
    for (let level = 0; level < 10; level++) {
      await tree.getByRole('button', { name: 'Show properties of next', exact: true }).last().click();
      await expect(tree.getByText(`level${level + 1}`, { exact: true })).toBeVisible();
    }
    // The schema that contains itself: links back, never expanded.
    await responses.getByRole('button', { name: /^default / }).click();
    const loop = responses.getByRole('group', { name: 'Schema of Response default (application/json)' });
    await expect(loop.getByRole('button', { name: 'Circular: back to Loop', exact: true })).toHaveCount(3);
    const hrefs = await tryit.page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href ?? ''))).toEqual([]);
    expect(await pwned(tryit)).toBeUndefined();
  } finally {
    await files.close();
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
