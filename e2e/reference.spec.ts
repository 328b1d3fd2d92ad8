/**
 * The reference column a reader uses without pressing Send: responses with their schema tree, headers and
 * examples, the request body, webhooks; for the default API, a small fixture and the full OpenAI description.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, urls } from './support/fixtures.ts';
import { REPO_ROOT } from './support/processes.ts';
import { type FileServer, serveFiles } from './support/serve-files.ts';

let files: FileServer;
test.beforeAll(async () => {
  files = await serveFiles({
    'reference-api.yaml': readFileSync(path.join(REPO_ROOT, 'e2e/fixtures/reference-api.yaml')),
    'openai-openapi.yaml': readFileSync(path.join(REPO_ROOT, 'specs/openai-openapi.yaml')),
  });
});
test.afterAll(async () => {
  await files?.close();
});

/** Opens a description served by the test (`?spec=`) at a route. */
async function openSpec(page: Page, name: string, route: string): Promise<void> {
  await page.goto(`${urls.page}?spec=${encodeURIComponent(files.url(name))}${route}`);
  await expect(page.getByRole('navigation', { name: 'Operations' })).toBeVisible();
}

function responsesOf(page: Page): Locator {
  return page.getByRole('region', { name: 'Responses', exact: true });
}

test('a usage operation documents its responses: statuses, descriptions, the schema tree, an example, headers', async ({
  tryit,
  page,
}) => {
  await tryit.open('usage-audio-speeches');
  const responses = responsesOf(page);
  const ok = responses.getByRole('button', { name: '200 OK', exact: true });
  await expect(ok).toHaveAttribute('aria-expanded', 'true');
  await expect(responses.getByText('Usage data retrieved successfully.', { exact: true })).toBeVisible();

  const tree = responses.getByRole('group', { name: 'Schema of Response 200 (application/json)' });
  await expect(tree.getByText('UsageResponse', { exact: true })).toBeVisible();
  for (const name of ['object', 'data', 'has_more', 'next_page']) {
    await expect(tree.getByText(name, { exact: true }).first()).toBeVisible();
  }
  // Deeper levels open on demand, by a button named after what it opens.
  await expect(tree.getByText('start_time', { exact: true })).toHaveCount(0);
  const showData = tree.getByRole('button', { name: 'Show properties of data', exact: true });
  await expect(showData).toHaveAttribute('aria-expanded', 'false');
  await showData.click();
  await expect(tree.getByRole('button', { name: 'Hide properties of data', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(tree.getByText('start_time', { exact: true })).toBeVisible();

  // The results are an 11-way oneOf whose variants are named by their discriminator value.
  await tree.getByRole('button', { name: 'Show variants of results', exact: true }).click();
  const variant = tree.getByRole('combobox', { name: /^Exactly one of 11 variants of results/ });
  await expect(variant.getByRole('option')).toHaveCount(11);
  await expect(variant.getByRole('option', { name: 'organization.usage.audio_speeches.result' })).toHaveCount(
    1,
  );
  await expect(variant.getByRole('option', { name: /^Option \d/ })).toHaveCount(0);
  await variant.selectOption({ label: 'organization.costs.result' });
  await expect(tree.getByText('amount', { exact: true })).toBeVisible();
  await expect(tree.getByText('line_item', { exact: true })).toBeVisible();

  // No example in the description: a generated one, said to be generated.
  await expect(responses.getByText('Generated example', { exact: true })).toBeVisible();
  const example = responses.getByRole('group', {
    name: 'Generated example: Response 200 (application/json)',
  });
  await expect(example).toContainText('"object": "page"');
  await expect(example).toContainText('"has_more": true');

  // The 429 response opens to its headers.
  const tooMany = responses.getByRole('button', { name: '429 Too Many Requests', exact: true });
  await expect(tooMany).toHaveAttribute('aria-expanded', 'false');
  await tooMany.click();
  const headers = responses.getByRole('table', { name: 'Headers of response 429' });
  const retryAfter = headers
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Retry-After' }) });
  await expect(retryAfter).toContainText('integer');
  await expect(retryAfter).toContainText('The minimum number of seconds to wait before retrying.');
  await expect(retryAfter).toContainText('Minimum: 1');
});

test('named examples switch by summary; variants, read-only and write-only properties and cycles read right', async ({
  page,
}) => {
  await openSpec(page, 'reference-api.yaml', '#/operations/getPet');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get a pet');
  const responses = responsesOf(page);

  const example = responses.getByRole('combobox', { name: 'Example', exact: true });
  await expect(example.getByRole('option')).toHaveText(['A dog', 'A cat']);
  const body = responses.getByRole('group', { name: 'Example: Response 200 (application/json)' });
  await expect(body).toContainText('"name": "Rex"');
  await example.selectOption({ label: 'A cat' });
  await expect(body).toContainText('"name": "Tom"');
  await expect(body).not.toContainText('Rex');
  await expect(responses.getByText('Cats purr.', { exact: true })).toBeVisible();

  // The discriminator mapping names the variants; the chosen one's fields show.
  const tree = responses.getByRole('group', { name: 'Schema of Response 200 (application/json)' });
  const pet = tree.getByRole('combobox', {
    name: /^Exactly one of 2 variants of Pet \(told apart by kind\)$/,
  });
  await expect(pet.getByRole('option')).toHaveText(['cat', 'dog']);
  await expect(tree.getByText('purrs', { exact: true })).toBeVisible();
  await pet.selectOption({ label: 'dog' });
  await expect(tree.getByText('barks', { exact: true })).toBeVisible();
  await expect(tree.getByText('purrs', { exact: true })).toHaveCount(0);
  // A response shows read-only fields (marked) and leaves write-only ones out, saying so.
  await expect(tree.getByText('read-only', { exact: true })).toBeVisible();
  await expect(tree.getByText('secret', { exact: true })).toHaveCount(0);
  await expect(tree.getByText('1 write-only property is never returned and not shown here.')).toBeVisible();
  // `friends` is a list of pets: a named link back, never expanded forever.
  const back = tree.getByRole('button', { name: 'Circular: back to Pet', exact: true });
  await back.click();
  await expect(tree).toBeFocused();

  // Other statuses: an `example`, a range and default, each with its description.
  const notFound = responses.getByRole('button', { name: '404 Not Found', exact: true });
  await notFound.press('Enter');
  await expect(notFound).toHaveAttribute('aria-expanded', 'true');
  await expect(
    responses.getByRole('group', { name: 'Example: Response 404 (application/json)' }),
  ).toContainText('No pet p-9');
  // Without headers or a body there is nothing to open: a heading, not a button.
  await expect(responses.getByRole('heading', { name: '4XX Client error', exact: true })).toBeVisible();
  await expect(responses.getByRole('button', { name: /^4XX/ })).toHaveCount(0);
  await expect(responses.getByText('Another client error.', { exact: true })).toBeVisible();
  await expect(
    responses.getByRole('heading', { name: 'default Any other status', exact: true }),
  ).toBeVisible();
  const headers = responses.getByRole('table', { name: 'Headers of response 200' });
  await expect(headers.getByRole('row', { name: /X-Rate-Limit-Remaining required integer/ })).toBeVisible();
});

test('the request body sits before the responses; a request hides read-only fields; callbacks and object parameters read as trees', async ({
  page,
}) => {
  await openSpec(page, 'reference-api.yaml', '#/operations/addPet');
  const body = page.getByRole('region', { name: 'Request body required', exact: true });
  await expect(body.getByText('The pet to add.', { exact: true })).toBeVisible();
  const tree = body.getByRole('group', { name: 'Schema of Request body (application/json)' });
  await expect(tree.getByText('secret', { exact: true })).toBeVisible();
  await expect(tree.getByText('write-only', { exact: true })).toBeVisible();
  await expect(tree.getByText('1 read-only property is set by the server and not shown here.')).toBeVisible();
  await expect(body.getByText('A new dog', { exact: true })).toBeVisible();
  // Page order: parameters (none here), request body, responses, callbacks.
  const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(headings.filter((heading) => heading !== 'Try it')).toEqual([
    'Request body required',
    'Responses',
    'Callbacks',
  ]);
  const callbacks = page.getByRole('region', { name: 'Callbacks', exact: true });
  await expect(callbacks.getByRole('heading', { name: 'onAdopted' })).toBeVisible();
  await expect(callbacks.getByText('{$request.body#/callbackUrl}', { exact: true })).toBeVisible();
  await expect(callbacks.getByText('adoptedAt', { exact: true })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Operations' })
    .getByRole('link', { name: /Search pets$/ })
    .click();
  const filter = page.getByRole('group', { name: 'Schema of filter', exact: true });
  await expect(filter.getByText('Part of the name.', { exact: true })).toBeVisible();
  await expect(filter.getByText('kind', { exact: true })).toBeVisible();
});

test('webhooks have their own sidebar group and read-only pages, without a Try it panel', async ({
  page,
}) => {
  await openSpec(page, 'reference-api.yaml', '#/operations/getPet');
  const webhooks = page
    .getByRole('navigation', { name: 'Operations' })
    .getByRole('group')
    .filter({ has: page.getByRole('heading', { name: 'Webhooks' }) });
  await webhooks.getByRole('link', { name: /Pet adopted$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pet adopted');
  expect(new URL(page.url()).hash).toBe('#/webhooks/petadopted');
  await expect(page.getByRole('main').getByText('Webhook', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Payload required', exact: true })).toContainText(
    'adoptedAt',
  );
  await expect(responsesOf(page).getByText('Return 200 to acknowledge.', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Try it', exact: true })).toHaveCount(0);
  await expect(webhooks.getByRole('link', { name: /Pet adopted$/ })).toHaveAttribute('aria-current', 'page');
});

test('createChatCompletion from the full OpenAI description: its request body and responses, a tree opening', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await openSpec(page, 'openai-openapi.yaml', '#/operations/createChatCompletion');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create chat completion', {
    timeout: 30_000,
  });
  const responses = responsesOf(page);
  await expect(responses.getByRole('button', { name: '200 OK', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const mediaType = responses.getByRole('combobox', { name: 'Content type of response 200' });
  await expect(mediaType.getByRole('option')).toHaveText(['application/json', 'text/event-stream']);
  const tree = responses.getByRole('group', { name: 'Schema of Response 200 (application/json)' });
  await expect(tree.getByText('CreateChatCompletionResponse', { exact: true })).toBeVisible();
  await expect(tree.getByText('choices', { exact: true })).toBeVisible();
  await tree.getByRole('button', { name: 'Show properties of usage', exact: true }).click();
  await expect(tree.getByText('completion_tokens', { exact: true })).toBeVisible();
  await expect(tree.getByText('prompt_tokens', { exact: true })).toBeVisible();
  await mediaType.selectOption('text/event-stream');
  await expect(
    responses.getByRole('group', { name: 'Schema of Response 200 (text/event-stream)' }),
  ).toContainText('CreateChatCompletionStreamResponse');

  const request = page.getByRole('region', { name: 'Request body required', exact: true });
  const requestTree = request.getByRole('group', { name: 'Schema of Request body (application/json)' });
  await expect(requestTree.getByText('messages', { exact: true })).toBeVisible();
  await requestTree.getByRole('button', { name: 'Show variants of messages', exact: true }).click();
  const role = requestTree.getByRole('combobox', { name: /variants of messages/ });
  await expect(role.getByRole('option', { name: 'Developer message' })).toHaveCount(1);
  await expect(role.getByRole('option', { name: /^Option \d/ })).toHaveCount(0);

  // The document's 3.1 webhooks are listed too, in their own group (closed among so many).
  const webhooks = page
    .getByRole('navigation', { name: 'Operations' })
    .getByRole('group')
    .filter({ has: page.getByRole('heading', { name: 'Webhooks' }) });
  await webhooks.getByRole('heading', { name: 'Webhooks' }).click();
  await expect(webhooks.getByRole('link')).toHaveCount(16);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the reference with trees, variants and examples open has no WCAG 2 A/AA violations (${colorScheme})`, async ({
    tryit,
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await tryit.open('usage-audio-speeches');
    const responses = responsesOf(page);
    await responses.getByRole('button', { name: 'Show properties of data', exact: true }).click();
    await responses.getByRole('button', { name: 'Show variants of results', exact: true }).click();
    await responses.getByRole('button', { name: '429 Too Many Requests', exact: true }).click();
    await expect(responses.getByRole('table', { name: 'Headers of response 429' })).toBeVisible();
    expect(await tryit.accessibilityViolations()).toEqual([]);

    await openSpec(page, 'reference-api.yaml', '#/operations/getPet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get a pet');
    await responsesOf(page).getByRole('button', { name: '404 Not Found', exact: true }).click();
    await expect(responsesOf(page).getByText('No pet p-9')).toBeVisible();
    expect(await tryit.accessibilityViolations()).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Operations' })
      .getByRole('link', { name: /Pet adopted$/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pet adopted');
    expect(await tryit.accessibilityViolations()).toEqual([]);
  });
}
