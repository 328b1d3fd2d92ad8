/**
 * Shapes the usage API lacks, each sent from the page through the real gateway and checked where it lands:
 * a JSON body edited as a nested form with a oneOf switch, a multipart upload with a file, path and header
 * parameters. The description comes from `?spec=` (e2e/fixtures/shapes-api.yaml).
 */
import { readFile } from 'node:fs/promises';
import { expect, type TryItPage, test, urls } from './support/fixtures.ts';
import { PNG_1X1, type ShapesHarness, startShapesHarness } from './support/shapes-harness.ts';

const TOKEN = 'pet-token-e2e-51c2';
let harness: ShapesHarness;

test.beforeAll(async () => {
  harness = await startShapesHarness(new URL(urls.page).origin);
});
test.afterAll(async () => {
  await harness?.stop();
});

async function openShapes(tryit: TryItPage, operationId: string, title: string, token = true): Promise<void> {
  await tryit.page.goto(
    `${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/${operationId}`,
  );
  await expect(tryit.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  if (token) await tryit.tryIt.getByLabel('Pet store token', { exact: true }).fill(TOKEN);
  await tryit.gatewayInput.fill(harness.gatewayUrl);
}

/** Sends and waits until the upstream has one more request; returns it. */
async function sendAndReceive(tryit: TryItPage) {
  const before = harness.received.length;
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
  expect(harness.received).toHaveLength(before + 1);
  return harness.received[before]!;
}

test('a JSON body filled as a nested form, switched from Cat to Dog, arrives as that JSON', async ({
  tryit,
}) => {
  await openShapes(tryit, 'createPet', 'Create a pet');
  const body = tryit.tryIt.getByRole('group', { name: 'body editor' });
  await body.getByLabel(/^name\b/).fill('Rex');
  await body.getByRole('button', { name: 'Add tags item', exact: true }).click();
  await body.getByLabel('tags item 1', { exact: true }).fill('good');
  await body.getByLabel('kind variant', { exact: true }).selectOption({ label: 'Dog' });
  await body.getByLabel(/^bark_volume\b/).fill('7');

  // Raw JSON and back: the same data, nothing lost.
  await body.getByRole('radio', { name: 'JSON', exact: true }).check();
  const raw = tryit.tryIt.getByRole('textbox', { name: /body/ });
  await expect(raw).toHaveValue(/"bark_volume": 7/);
  await body.getByRole('radio', { name: 'Form', exact: true }).check();
  await expect(body.getByLabel(/^name\b/)).toHaveValue('Rex');
  await expect(tryit.snippetCode()).toContainText('"bark_volume": 7');

  const received = await sendAndReceive(tryit);
  expect(received.method).toBe('POST');
  expect(received.url).toBe('/pets');
  expect(received.headers['content-type']).toMatch(/^application\/json/);
  expect(received.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(JSON.parse(received.body.toString('utf8'))).toEqual({
    name: 'Rex',
    tags: ['good'],
    kind: { type: 'dog', bark_volume: 7 },
  });
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('a JSON body that breaks its schema is flagged beside the property and by pointer, and is not sent', async ({
  tryit,
}) => {
  await openShapes(tryit, 'createPet', 'Create a pet');
  const body = tryit.tryIt.getByRole('group', { name: 'body editor' });
  await body.getByLabel(/^name\b/).fill('Rex');
  await body.getByLabel('kind variant', { exact: true }).selectOption({ label: 'Dog' });
  const volume = body.getByLabel(/^bark_volume\b/);
  await volume.fill('70');

  // Beside the property, tied to its control, in the same words a parameter would get.
  await expect(volume).toHaveAccessibleDescription(/Must be at most 10/);
  await expect(volume).toHaveAttribute('aria-invalid', 'true');
  await expect(tryit.sendButton).toBeDisabled();
  await expect(tryit.tryIt.getByText('Fix body to send.')).toBeVisible();

  // The raw JSON view lists the same problem with its JSON pointer.
  await body.getByRole('radio', { name: 'JSON', exact: true }).check();
  const list = tryit.tryIt.getByRole('list', { name: 'Problems in body' });
  await expect(list.getByRole('listitem')).toHaveText(['/kind/bark_volume Must be at most 10']);
  const raw = tryit.tryIt.getByRole('textbox', { name: /body/ });
  await raw.fill('{"name": "", "kind": {"type": "bird"}}');
  await expect(list.getByRole('listitem')).toHaveText([
    '/name Must be at least 1 character',
    '/kind/type Must be one of: cat, dog',
  ]);

  // Ctrl+Enter goes through the same guard: nothing reaches the upstream.
  const before = harness.received.length;
  await raw.press('Control+Enter');
  await expect(tryit.sendButton).toBeDisabled();
  expect(harness.received).toHaveLength(before);

  await raw.fill('{"name": "Rex", "kind": {"type": "cat", "indoor": true}}');
  await expect(list).toHaveCount(0);
  const received = await sendAndReceive(tryit);
  expect(JSON.parse(received.body.toString('utf8'))).toEqual({
    name: 'Rex',
    kind: { type: 'cat', indoor: true },
  });
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('a file upload with a path parameter arrives as multipart with the file bytes', async ({ tryit }) => {
  await openShapes(tryit, 'uploadPetPhoto', 'Upload a photo of a pet');
  await tryit.field('petId').fill('rex 42');
  await tryit
    .field('photo')
    .setInputFiles({ name: 'rex.png', mimeType: 'image/png', buffer: Buffer.from('PNG-BYTES') });
  await tryit.field('caption').fill('At the park');

  const received = await sendAndReceive(tryit);
  expect(received.method).toBe('POST');
  // The path value is percent-encoded: a space cannot split the path, nor add a segment.
  expect(received.url).toBe('/pets/rex%2042/photos');
  expect(received.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  const text = received.body.toString('latin1');
  expect(text).toMatch(/name="photo"; filename="rex\.png"\r\nContent-Type: image\/png\r\n\r\nPNG-BYTES\r\n/);
  expect(text).toMatch(/name="caption"\r\n\r\nAt the park\r\n/);
});

test('a raw body (octet-stream, image/*) arrives as the file bytes with that content type, not multipart', async ({
  tryit,
}) => {
  const bytes = Buffer.from(Array.from({ length: 1500 }, (_, i) => (i * 7) % 256));
  await openShapes(tryit, 'putPetRecord', "Upload a pet's record file");
  await tryit.field('petId').fill('rex');
  await tryit
    .field('body')
    .setInputFiles({ name: 'record.bin', mimeType: 'application/x-custom', buffer: bytes });
  await expect(tryit.snippetCode()).toBeVisible();
  let received = await sendAndReceive(tryit);
  expect(received.method).toBe('PUT');
  expect(received.url).toBe('/pets/rex/record');
  expect(received.headers['content-type']).toBe('application/octet-stream');
  expect(received.headers['content-length']).toBe('1500');
  expect(received.body.equals(bytes)).toBe(true);

  // `image/*` is no content type: the file's own type says which image it is.
  await openShapes(tryit, 'putPetPhoto', "Replace a pet's photo");
  await tryit.field('petId').fill('rex');
  await tryit.field('body').setInputFiles({ name: 'rex.png', mimeType: 'image/png', buffer: PNG_1X1 });
  received = await sendAndReceive(tryit);
  expect(received.url).toBe('/pets/rex/photo');
  expect(received.headers['content-type']).toBe('image/png');
  expect(received.body.equals(PNG_1X1)).toBe(true);
});

test('path and header parameters reach the upstream; a value cannot add a path segment', async ({
  tryit,
}) => {
  await openShapes(tryit, 'getPet', 'Get a pet');
  await tryit.field('petId').fill('rex-42');
  await tryit.field('X-Trace-Id').fill('trace-e2e-1');
  const received = await sendAndReceive(tryit);
  expect(received.method).toBe('GET');
  expect(received.url).toBe('/pets/rex-42');
  expect(received.headers['x-trace-id']).toBe('trace-e2e-1');

  // A slash is encoded by the page and then refused by the gateway: nothing reaches the upstream.
  const before = harness.received.length;
  await tryit.field('petId').fill('../admin');
  await tryit.sendButton.click();
  await expect(tryit.response.getByRole('alert')).toContainText('The gateway refused the request');
  expect(harness.received).toHaveLength(before);
});

test('an apiKey in the query and HTTP Basic credentials reach the upstream as their schemes say', async ({
  tryit,
}) => {
  await openShapes(tryit, 'listPets', 'List pets', false);
  await tryit.tryIt.getByLabel('api_key (API key in query)', { exact: true }).fill('query-key-e2e-7');
  let received = await sendAndReceive(tryit);
  expect(received.url).toBe('/pets?api_key=query-key-e2e-7');
  expect(received.headers.authorization).toBeUndefined();

  await openShapes(tryit, 'getOwner', 'Get an owner', false);
  await tryit.tryIt.getByLabel('OwnerBasic (username:password)', { exact: true }).fill('ann:pw ü');
  await tryit.field('ownerId').fill('ann');
  received = await sendAndReceive(tryit);
  expect(received.url).toBe('/owners/ann');
  expect(received.headers.authorization).toBe(`Basic ${Buffer.from('ann:pw ü').toString('base64')}`);
});

test('a header the gateway refuses is named with the gateway, which answers: never "could not reach"', async ({
  tryit,
}) => {
  await openShapes(tryit, 'getPet', 'Get a pet');
  await tryit.field('petId').fill('rex');
  await tryit.field('X-Forwarded-For').fill('10.0.0.1');
  const before = harness.received.length;
  await tryit.sendButton.click();
  const alert = tryit.response.getByRole('alert');
  await expect(alert).toContainText(
    `The gateway at ${new URL(harness.gatewayUrl).origin} answers, but its CORS preflight refused the header X-Forwarded-For`,
  );
  await expect(alert).not.toContainText(/could not reach/i);
  expect(harness.received).toHaveLength(before);
});

test('a binary answer (an image) is shown as an image with a download, not as text', async ({ tryit }) => {
  await openShapes(tryit, 'getPetPhoto', "Get a pet's photo");
  await tryit.field('petId').fill('rex');
  const received = await sendAndReceive(tryit);
  expect(received.url).toBe('/pets/rex/photo');
  await expect(tryit.response.getByText(/^Binary body \(image\/png, 70 B\)/)).toBeVisible();
  const image = tryit.response.getByRole('img', { name: 'The response body, as returned by the API' });
  await expect(image).toBeVisible();
  // The preview really decoded: a 1×1 image, from the bytes the upstream sent.
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  const downloading = tryit.page.waitForEvent('download');
  await tryit.response.getByRole('button', { name: 'Download body', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('getPetPhoto.png');
  expect((await readFile(await download.path())).equals(PNG_1X1)).toBe(true);
  expect(await tryit.accessibilityViolations()).toEqual([]);
});
