/** Search at the top of the sidebar: keyboard first (/, Ctrl/Cmd+K, arrows, Enter, Escape). */
import { expect, type TryItPage, test } from './support/fixtures.ts';

function searchBox(tryit: TryItPage) {
  return tryit.page.getByRole('combobox', { name: 'Search operations' });
}

test('search by keyboard: / focuses the box, typing filters, arrows move, Enter opens the operation', async ({
  tryit,
  page,
}) => {
  await tryit.open('usage-costs');
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('/');
  const box = searchBox(tryit);
  await expect(box).toBeFocused();
  await page.keyboard.type('audio');

  const results = page.getByRole('listbox', { name: 'Matching operations' });
  await expect(results.getByRole('option')).toHaveText([
    /^GETAudio speeches\/organization\/usage\/audio_speeches$/,
    /^GETAudio transcriptions/,
  ]);
  await expect(page.getByRole('status').filter({ hasText: '2 operations match.' })).toBeVisible();
  // The match is highlighted in the name and the path.
  await expect(results.getByRole('option').first().locator('mark')).toHaveText(['Audio', 'audio']);
  await expect(results.getByRole('option', { name: /Audio speeches/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(box).toHaveAttribute('aria-expanded', 'true');

  await page.keyboard.press('ArrowDown');
  const transcriptions = results.getByRole('option', { name: /Audio transcriptions/ });
  await expect(transcriptions).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await transcriptions.getAttribute('id')) ?? 'none',
  );
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Get audio transcriptions usage details for the organization.',
  );
  expect(new URL(page.url()).hash).toBe('#/operations/usage-audio-transcriptions');
  await expect(box).toHaveValue('');
  await expect(results).toBeHidden();
});

test('Ctrl+K focuses the search from anywhere; / typed into another field stays in that field', async ({
  tryit,
  page,
}) => {
  await tryit.open('usage-audio-speeches');
  await tryit.gatewayInput.click();
  await page.keyboard.type('http://127.0.0.1:1/a/b');
  await expect(tryit.gatewayInput).toHaveValue('http://127.0.0.1:1/a/b');
  const box = searchBox(tryit);
  await expect(box).not.toBeFocused();

  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  // A path fragment and a method: every term must match.
  await page.keyboard.type('get /usage/emb');
  await expect(page.getByRole('listbox').getByRole('option')).toHaveText([/^GETEmbeddings/]);
  await page.keyboard.type('x');
  await expect(
    page.getByRole('status').filter({ hasText: 'No operation matches “get /usage/embx”.' }),
  ).toBeVisible();
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');

  // A click opens a result too.
  await page.keyboard.type('moder');
  await page.getByRole('option', { name: /Moderations/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Get moderations usage details for the organization.',
  );
});
