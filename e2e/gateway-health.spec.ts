/** The gateway note stays true: a gateway that stops is no longer called reachable. */

import { GATEWAY_ENTRY } from '../test-support/entry-points.ts';
import { expect, NOV_1_2024, test, urls } from './support/fixtures.ts';
import { type RunningServer, startTsServer } from './support/processes.ts';

/** A gateway of this test's own, so the test can stop it. */
async function ownGateway(): Promise<RunningServer> {
  return startTsServer({
    name: 'gateway-stale-test',
    entry: GATEWAY_ENTRY,
    env: {
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: '0',
      GATEWAY_UPSTREAM_URL: urls.upstream,
      GATEWAY_ALLOWED_ORIGINS: new URL(urls.page).origin,
    },
  });
}

test('a gateway that stops: a failed Send rechecks it and the note turns', async ({ tryit }) => {
  const gateway = await ownGateway();
  try {
    await tryit.open();
    await tryit.configure({ gateway: gateway.url });
    const note = tryit.tryIt.locator('#gateway-health');
    await expect(note).toHaveText(/^Gateway reachable, forwarding to .*It holds no credential/);
    await tryit.field('start_time').fill(String(NOV_1_2024));

    await gateway.stop();
    await tryit.sendButton.click();

    await expect(tryit.response.getByText(/Could not reach the gateway/)).toBeVisible();
    await expect(note).toHaveText(/^Gateway: Not reachable from this page/);
  } finally {
    await gateway.stop();
  }
});

test('a gateway that stops: coming back to the page rechecks it', async ({ tryit, page }) => {
  const gateway = await ownGateway();
  try {
    await tryit.open();
    await tryit.configure({ gateway: gateway.url });
    const note = tryit.tryIt.locator('#gateway-health');
    await expect(note).toHaveText(/^Gateway reachable/);

    await gateway.stop();
    // What a browser fires when the user returns to the tab.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })));

    await expect(note).toHaveText(/^Gateway: Not reachable from this page/);
    await expect(tryit.tryIt.getByText(/^Gateway reachable/)).toHaveCount(0);
  } finally {
    await gateway.stop();
  }
});

test('the Gateway section says what the gateway reports about the credential', async ({ tryit }) => {
  await tryit.open();
  await tryit.configure({ key: '', gateway: urls.credentialGateway });
  await expect(tryit.tryIt.locator('#gateway-health')).toHaveText(
    /It holds the API credential and adds it to each request, so this browser sends none\./,
  );
  await tryit.gatewayInput.fill(urls.gateway);
  await expect(tryit.tryIt.locator('#gateway-health')).toHaveText(
    /It holds no credential: it forwards the one typed under Authentication\./,
  );
  // The old claim that every gateway injects credentials is gone.
  await expect(tryit.tryIt.getByText(/injects credentials server-side/)).toHaveCount(0);
});
