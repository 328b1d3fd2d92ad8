/** Descriptions as Markdown: GFM in a document opened at run time, and the embedded API's prebuilt text. */
import { expect, test, urls } from './support/fixtures.ts';
import { type ServedSpec, serveSpecFile } from './support/serve-spec-file.ts';

let reference: ServedSpec;
test.beforeAll(async () => {
  reference = await serveSpecFile('e2e/fixtures/reference-api.json');
});
test.afterAll(async () => {
  await reference?.close();
});

test('a GFM table, a task list, a quote, code and a heading anchor in a description', async ({ page }) => {
  await page.goto(`${urls.page}?spec=${encodeURIComponent(reference.url)}`);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'Introduction' })).toBeVisible();

  const limits = main
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: 'Requests per minute' }) });
  await expect(limits.getByRole('columnheader')).toHaveText(['Plan', 'Requests per minute', 'Burst']);
  await expect(limits.getByRole('row', { name: /Team/ }).getByRole('cell')).toHaveText([
    'Team',
    '600',
    '100',
  ]);
  await expect(limits.getByRole('cell', { name: '600' })).toHaveCSS('text-align', 'right');

  await expect(main.getByText('Version 1', { exact: true })).toHaveJSProperty('tagName', 'DEL');
  await expect(main.getByRole('blockquote')).toHaveText('Limits apply per API key.');
  await expect(main.getByRole('img', { name: 'Done', exact: true })).toHaveCount(1);
  await expect(main.getByRole('img', { name: 'Not done' })).toHaveCount(1);
  await expect(
    main.getByRole('listitem').filter({ hasText: 'Visits (beta)' }).getByRole('listitem'),
  ).toHaveText(['bookings', 'reminders']);
  await expect(main.getByRole('link', { name: 'https://docs.pets.example/guide' })).toHaveAttribute(
    'href',
    'https://docs.pets.example/guide',
  );
  await expect(main.getByText('{"error": {"code": "rate_limited"}}')).toBeVisible();
  const logo = main.getByRole('img', { name: 'Clinic logo' });
  await expect(logo).toHaveAttribute('loading', 'lazy');
  await expect(logo).toHaveAttribute('src', 'https://docs.pets.example/logo.png');

  // The heading's anchor and the text's own fragment link stay on the overview route.
  const heading = main.getByRole('heading', { level: 3, name: 'Rate limits' });
  const anchor = main.getByRole('link', { name: 'Link to “Rate limits”' });
  await expect(anchor).toHaveAttribute('href', '#/overview#md-rate-limits');
  await expect(main.getByRole('link', { name: 'rate limits', exact: true })).toHaveAttribute(
    'href',
    '#/overview#md-rate-limits',
  );
  await page.getByRole('main').getByRole('link', { name: 'List pets' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('List pets');
  await page.goBack();
  await expect(heading).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await anchor.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/overview#md-rate-limits$/);
  await expect(heading).toBeInViewport();
});

test('a GFM table in an operation description, and Markdown in a parameter description', async ({ page }) => {
  await page.goto(`${urls.page}?spec=${encodeURIComponent(reference.url)}#/operations/listPets`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('List pets');
  const fields = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Meaning' }) });
  await expect(fields.getByRole('row')).toHaveCount(3);
  await expect(
    fields
      .getByRole('row', { name: /species/ })
      .getByRole('code')
      .first(),
  ).toHaveText('species');
  await expect(fields.getByText('if known', { exact: true })).toHaveJSProperty('tagName', 'EM');
  await expect(page.getByRole('main').getByText('struck through', { exact: true })).toHaveJSProperty(
    'tagName',
    'DEL',
  );
  const params = page.getByRole('table').filter({ hasText: 'Only pets of this' });
  await expect(params.getByText('species', { exact: true }).last()).toHaveJSProperty('tagName', 'STRONG');
});

test('the embedded API renders its Markdown without loading the Markdown parser', async ({ tryit, page }) => {
  const chunks: string[] = [];
  page.on('request', (request) => chunks.push(new URL(request.url()).pathname));
  await tryit.open('usage-audio-speeches');
  const limit = page
    .getByRole('table')
    .first()
    .getByRole('row')
    .filter({ has: page.getByText('limit', { exact: true }) });
  await expect(limit.getByRole('listitem')).toHaveText([
    'bucket_width=1d: default: 7, max: 31',
    'bucket_width=1h: default: 24, max: 168',
    'bucket_width=1m: default: 60, max: 1440',
  ]);
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(
    page.getByRole('link', { name: 'https://platform.openai.com/docs/api-reference' }),
  ).toBeVisible();
  expect(chunks.filter((p) => /parse-markdown/.test(p))).toEqual([]);
});
