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

async function openShapes(tryit: TryItPage, operationId: string, title: string): Promise<void> {
  await tryit.page.goto(
    `${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/${operationId}`,
  );
  await expect(tryit.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await tryit.tryIt.getByLabel('Pet store token', { exact: true }).fill(TOKEN);
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
