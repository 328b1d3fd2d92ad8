/** The page checks, before Send, that the gateway forwards the description it loaded (issue 11, item 4). */
import { expect, type TryItPage, test, urls } from './support/fixtures.ts';
import { type ShapesHarness, startShapesHarness } from './support/shapes-harness.ts';

const NOTICE = /This gateway forwards .*not the description loaded here/;
const SAME = 'The gateway forwards this description.';
let harness: ShapesHarness;

test.beforeAll(async () => {
  // A gateway for e2e/fixtures/shapes-api.yaml, another description than the page's built-in one.
  harness = await startShapesHarness(new URL(urls.page).origin);
});
test.afterAll(async () => {
  await harness?.stop();
});

async function openShapes(tryit: TryItPage): Promise<void> {
  await tryit.page.goto(`${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/getPet`);
  await expect(tryit.page.getByRole('heading', { level: 1, name: 'Get a pet' })).toBeVisible();
}

test('a gateway for another description: the page says so before Send, and how to start a matching one', async ({
  tryit,
}) => {
  await tryit.open();
  await tryit.configure({ gateway: harness.gatewayUrl });
  const notice = tryit.tryIt.getByRole('status').filter({ hasText: NOTICE });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('“Pet Store (shapes)” 1.0.0');
  await expect(notice).toContainText('npm start -- path/to/description.yaml');
  await expect(notice).toContainText('GATEWAY_SPEC=');
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('the built-in description and its gateway: the digests agree', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure({ gateway: urls.gateway });
  // The page's digest of its embedded description equals the one the gateway computed from the YAML.
  await expect(tryit.tryIt.getByText(SAME)).toBeVisible();
  await expect(tryit.tryIt.getByText(NOTICE)).toHaveCount(0);
});

test('a description loaded at run time (?spec=) and its gateway agree; the default gateway does not', async ({
  tryit,
}) => {
  await openShapes(tryit);
  await tryit.gatewayInput.fill(harness.gatewayUrl);
  await expect(tryit.tryIt.getByText(SAME)).toBeVisible();
  await tryit.gatewayInput.fill(urls.gateway);
  await expect(tryit.tryIt.getByRole('status').filter({ hasText: NOTICE })).toContainText(
    'OpenAI API — Organization Usage & Costs (subset)',
  );
});
