/** The API overview: the landing route and the sidebar's first entry. */
import { expect, test, urls } from './support/fixtures.ts';
import { type ServedSpec, serveSpecFile } from './support/serve-spec-file.ts';

let reference: ServedSpec;
test.beforeAll(async () => {
  reference = await serveSpecFile('e2e/fixtures/reference-api.json');
});
test.afterAll(async () => {
  await reference?.close();
});

test('the landing page is the overview of the embedded API, and leads to its operations', async ({
  tryit,
  page,
}) => {
  await page.goto(urls.page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'OpenAI API — Organization Usage & Costs (subset)',
  );
  const main = page.getByRole('main');
  await expect(main.getByText('Version 2.3.0', { exact: true })).toBeVisible();
  await expect(
    main.getByRole('link', { name: 'https://platform.openai.com/docs/api-reference' }),
  ).toBeVisible();

  const about = main.getByRole('region', { name: 'About' });
  await expect(about.getByRole('link', { name: 'OpenAI Support' })).toHaveAttribute(
    'href',
    'https://help.openai.com/',
  );
  await expect(about.getByText('MIT', { exact: true })).toBeVisible();
  await expect(about.getByRole('link', { name: 'https://openai.com/policies/terms-of-use' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Server' })).toContainText('https://api.openai.com/v1');

  const auth = main.getByRole('region', { name: 'Authentication' });
  await expect(auth.getByRole('heading', { name: /AdminApiKeyAuth · HTTP Bearer token/ })).toBeVisible();
  await expect(auth.getByText('Authorization: Bearer <token>', { exact: true })).toBeVisible();
  await expect(auth).toContainText('Used by 11 of 11 operations.');

  await expect(tryit.sidebar.getByRole('link', { name: 'Overview', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const usage = main.getByRole('region', { name: 'Usage' });
  await expect(usage.getByRole('link')).toHaveCount(11);
  await usage.getByRole('link', { name: /Costs$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get costs details for the organization.');
  await expect(tryit.sidebar.getByRole('link', { name: 'Overview', exact: true })).not.toHaveAttribute(
    'aria-current',
  );

  // The landing page is the prerendered overview: its links lead to the operations' own pages, and back.
  await expect(page).toHaveURL(`${urls.page}operations/usage-costs.html`);
  await tryit.sidebar.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page).toHaveURL(`${urls.page}index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'OpenAI API — Organization Usage & Costs (subset)',
  );
});

test('the overview of a richer description: servers with variables, OAuth flows and scopes, OpenID, tags', async ({
  page,
}) => {
  await page.goto(`${urls.page}?spec=${encodeURIComponent(reference.url)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pet Clinic (reference)');
  const main = page.getByRole('main');
  await expect(main.getByText('Pets, owners and their visits.', { exact: true })).toBeVisible();

  const about = main.getByRole('region', { name: 'About' });
  await expect(about.getByRole('link', { name: 'api@pets.example' })).toHaveAttribute(
    'href',
    'mailto:api@pets.example',
  );
  await expect(about).toContainText('Apache 2.0 (SPDX Apache-2.0)');
  await expect(about.getByRole('link', { name: 'https://docs.pets.example' })).toBeVisible();
  await expect(about.getByText('tutorials', { exact: true })).toHaveJSProperty('tagName', 'EM');

  const servers = main.getByRole('region', { name: 'Servers' });
  await expect(servers.getByText('https://{region}.pets.example/v2', { exact: true })).toBeVisible();
  const region = servers
    .getByRole('table', { name: 'Variables of https://{region}.pets.example/v2' })
    .getByRole('row', { name: /region/ });
  await expect(region).toContainText('eu');
  await expect(region).toContainText('eu, us');
  await expect(region).toContainText('Data residency region');

  const oauth = main.getByRole('region', { name: 'ClinicOAuth' });
  await expect(oauth.getByRole('heading', { name: 'ClinicOAuth · OAuth 2.0' })).toBeVisible();
  await expect(oauth.getByRole('heading', { name: 'Authorization code flow' })).toBeVisible();
  await expect(oauth.getByRole('link', { name: 'https://auth.pets.example/authorize' })).toBeVisible();
  const scopes = oauth.getByRole('table', { name: /Scopes of the authorization code flow/ });
  await expect(scopes.getByRole('row', { name: /read:pets/ })).toContainText('Read pets and owners');
  await expect(oauth.getByRole('heading', { name: 'Client credentials flow' })).toBeVisible();
  await expect(oauth).toContainText('Used by 3 of 4 operations.');
  await expect(main.getByRole('region', { name: 'ClinicKey' })).toContainText('X-Clinic-Key: <key>');
  await expect(main.getByRole('region', { name: 'ClinicId' }).getByRole('link')).toHaveAttribute(
    'href',
    'https://id.pets.example/.well-known/openid-configuration',
  );

  const pets = main.getByRole('region', { name: 'Pets', exact: true });
  await expect(pets.getByText('pets', { exact: true })).toHaveJSProperty('tagName', 'STRONG');
  await expect(pets.getByRole('link')).toHaveCount(3);
  await expect(main.getByRole('region', { name: 'Owners' })).toContainText('People who own pets.');
});

test('a deep link to an operation the API lacks shows the overview and says so', async ({ page }) => {
  await page.goto(`${urls.page}#/operations/no-such-operation`);
  await expect(
    page.getByRole('status').filter({ hasText: 'No operation “no-such-operation” in this API' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'OpenAI API — Organization Usage & Costs (subset)',
  );
});
