/**
 * The snippet panel beyond the generated tabs: the language tab and "Call through the gateway" remembered
 * across reloads, and the description's own x-codeSamples shown as extra tabs (text, never run).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { closeServer } from '../node-support/close-server.ts';
import { listenOn } from '../node-support/listen-on.ts';
import { expect, test, urls } from './support/fixtures.ts';
import { REPO_ROOT } from './support/processes.ts';

test('the snippet tab and "Call through the gateway" survive a reload and follow to other operations', async ({
  tryit,
}) => {
  await tryit.open();
  await tryit.configure();
  const sdkTab = tryit.snippet.getByRole('tab', { name: 'OpenAI SDK', exact: true });
  const viaGateway = tryit.snippet.getByLabel('Call through the gateway', { exact: true });
  await sdkTab.click();
  await viaGateway.check();
  await expect(tryit.snippetCode()).toContainText(`new OpenAI({ baseURL: '${urls.gateway}' })`);

  await tryit.page.reload();
  await expect(sdkTab).toHaveAttribute('aria-selected', 'true');
  await expect(viaGateway).toBeChecked();
  await expect(tryit.snippetCode()).toContainText(`new OpenAI({ baseURL: '${urls.gateway}' })`);

  // One choice for the whole API: the next operation opens on the same tab, the raw-HTTP tabs share it.
  await tryit.open('usage-costs');
  await expect(sdkTab).toHaveAttribute('aria-selected', 'true');
  await expect(tryit.snippetCode()).toContainText('client.admin.organization.usage.costs(');
  await tryit.snippet.getByRole('tab', { name: 'cURL', exact: true }).click();
  await expect(viaGateway).toBeChecked();
  await expect(tryit.snippetCode()).toContainText(`curl -X GET '${urls.gateway}/organization/costs`);
  await viaGateway.uncheck();
  await tryit.page.reload();
  await expect(tryit.snippet.getByRole('tab', { name: 'cURL', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(viaGateway).not.toBeChecked();
  await expect(tryit.snippetCode()).toContainText(
    "curl -X GET 'https://api.openai.com/v1/organization/costs",
  );
});

test('unreadable snippet preferences fall back to the first tab without breaking the page', async ({
  tryit,
}) => {
  await tryit.page.addInitScript(() => {
    localStorage.setItem('tryit:v1:openai-usage:snippet', '{"version":1,"language":42');
  });
  await tryit.open();
  await expect(tryit.snippet.getByRole('tab', { name: 'TypeScript', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(tryit.snippetCode()).toContainText('await openai.usageAudioSpeeches(');
  // Kept aside rather than lost.
  const kept = await tryit.page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('tryit:v1:openai-usage:snippet:corrupt-')),
  );
  expect(kept).toHaveLength(1);
});

test('x-codeSamples and x-code-samples show as extra tabs, as text, and never run', async ({ tryit }) => {
  const text = readFileSync(path.join(REPO_ROOT, 'e2e/fixtures/code-samples-api.yaml'));
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/yaml' });
    res.end(text);
  });
  const specUrl = `${await listenOn(server, '127.0.0.1', 0)}/samples.yaml`;
  try {
    await tryit.page.goto(`${urls.page}?spec=${encodeURIComponent(specUrl)}#/operations/listPets`);
    await expect(tryit.page.getByRole('heading', { level: 1, name: 'List pets' })).toBeVisible();
    const tabs = tryit.snippet.getByRole('tab');
    await expect(tabs).toHaveText(['TypeScript', 'fetch', 'cURL', 'Python', 'Node SDK', 'Python', 'Widget']);

    await tryit.snippet.getByRole('tab', { name: 'Node SDK', exact: true }).click();
    const code = tryit.snippetCode();
    await expect(code).toContainText("import Pets from 'pets-sdk';");
    await expect(tryit.snippet.getByText('From the API description, shown as written')).toBeVisible();
    // Highlighted as JavaScript, like the generated TypeScript.
    await expect(code.locator('.token.keyword').first()).toBeVisible();
    // Not generated from the form: typing changes nothing in it.
    await tryit.field('limit').fill('3');
    await expect(code).toHaveText(
      "import Pets from 'pets-sdk';\nconst pets = await new Pets().list({ limit: 10 });\n",
    );
    await expect(tryit.snippet.getByLabel('Call through the gateway', { exact: true })).toHaveCount(0);

    await tryit.snippet.getByRole('tab', { name: 'Widget', exact: true }).click();
    await expect(code).toHaveText('<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>');
    await expect(code.locator('img, script')).toHaveCount(0);
    expect(
      await tryit.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned),
    ).toBeUndefined();

    // The older spelling, on another operation; this one's samples are gone there.
    await tryit.page.goto(`${urls.page}?spec=${encodeURIComponent(specUrl)}#/operations/getPet`);
    await expect(tryit.page.getByRole('heading', { level: 1, name: 'Get a pet' })).toBeVisible();
    await expect(tabs).toHaveText(['TypeScript', 'fetch', 'cURL', 'Python', 'Shell']);
    await tryit.snippet.getByRole('tab', { name: 'Shell', exact: true }).click();
    await expect(code).toHaveText('curl https://api.example.com/pets/42');
    expect(await tryit.accessibilityViolations()).toEqual([]);
  } finally {
    await closeServer(server);
  }
});
