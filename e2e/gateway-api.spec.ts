/** The page checks, before Send, that the gateway forwards the description it loaded (issue 11, item 4). */
import { expect, test, urls } from './support/fixtures.ts';

const NOTICE = /This gateway forwards .*not the description loaded here/;

test('a gateway for another description: the page says so before Send, and how to start a matching one', async ({
  tryit,
}) => {
  await tryit.open();
  await tryit.configure({ gateway: urls.otherApiGateway });
  const notice = tryit.tryIt.getByRole('status').filter({ hasText: NOTICE });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('npm start -- path/to/description.yaml');
  await expect(notice).toContainText('GATEWAY_SPEC=');
  expect(await tryit.accessibilityViolations()).toEqual([]);
});

test('the gateway for this description: the digests agree and nothing is said', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure({ gateway: urls.gateway });
  // The page's digest of its embedded description equals the one the gateway computed from the YAML.
  await expect(tryit.tryIt.getByText('The gateway forwards this description.')).toBeVisible();
  await expect(tryit.tryIt.getByText(NOTICE)).toHaveCount(0);
});
