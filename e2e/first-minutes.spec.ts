/**
 * The first five minutes at a laptop and a phone width: the answer is in view right after Send, nothing
 * overflows sideways, and the page is axe clean in each state, light and dark.
 */
import type { Page } from '@playwright/test';
import { expect, NOV_1_2024, type TryItPage, test } from './support/fixtures.ts';

const VIEWPORTS = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** True when the element's whole box lies inside the viewport (no scrolling needed to see it). */
async function inViewport(page: Page, box: { x: number; y: number; width: number; height: number } | null) {
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return (
    box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width
  );
}

/** The document is no wider than the window: nothing pushes the page sideways. */
async function overflowsSideways(page: Page): Promise<{ scrollWidth: number; clientWidth: number }> {
  return page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
}

async function fillAndSend(tryit: TryItPage): Promise<void> {
  await tryit.configure();
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.sendButton.click();
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height} (${viewport.name})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test('after Send the status is in view without scrolling, and announced', async ({ tryit, page }) => {
      await tryit.open();
      await fillAndSend(tryit);
      const latest = tryit.tryIt.getByRole('group', { name: 'Latest response' });
      await expect(latest.getByText('200 OK', { exact: true })).toBeVisible();
      // The user did not scroll: the line is inside the window.
      expect(await inViewport(page, await latest.boundingBox())).toBe(true);
      // The polite live region of the Response region carries the outcome for screen readers.
      await expect(tryit.response.locator('[aria-live="polite"]')).toHaveText('Response 200 OK');

      // "Show response" takes the user to the Response region and its heading takes focus.
      await latest.getByRole('button', { name: 'Show response' }).click();
      const heading = tryit.response.getByRole('heading', { name: 'Response' });
      await expect(heading).toBeFocused();
      await expect.poll(async () => inViewport(page, await heading.boundingBox())).toBe(true);
      await expect(tryit.response.getByLabel('Response body')).toContainText('"object": "page"');
    });

    test('nothing overflows sideways, before and after Send; axe finds no WCAG 2 A/AA violation', async ({
      tryit,
      page,
    }) => {
      await tryit.open();
      await expect(tryit.snippetCode()).toContainText('await openai.usageAudioSpeeches(');
      const before = await overflowsSideways(page);
      expect(before.scrollWidth).toBeLessThanOrEqual(before.clientWidth);
      expect(await tryit.accessibilityViolations()).toEqual([]);

      await fillAndSend(tryit);
      await expect(tryit.response.getByLabel('Response body')).toContainText('"object": "page"');
      const after = await overflowsSideways(page);
      expect(after.scrollWidth).toBeLessThanOrEqual(after.clientWidth);
      // The wide JSON scrolls inside its own box instead.
      const body = tryit.response.getByLabel('Response body');
      const scrolls = await body.evaluate((el) => el.scrollWidth > el.clientWidth);
      if (viewport.name === 'phone') expect(scrolls).toBe(true);
      expect(await tryit.accessibilityViolations()).toEqual([]);
    });

    test('in dark mode too, axe finds no WCAG 2 A/AA violation after Send', async ({ tryit, page }) => {
      await tryit.open();
      await tryit.page.getByLabel('Theme').selectOption('dark');
      await fillAndSend(tryit);
      await expect(tryit.response.getByLabel('Response body')).toContainText('"object": "page"');
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
        'rgb(21, 24, 28)',
      );
      expect(await tryit.accessibilityViolations()).toEqual([]);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the parameter reference is stacked rows, every description within the width', async ({
    tryit,
    page,
  }) => {
    await tryit.open();
    const reference = page.getByRole('region', { name: 'Parameters' });
    const row = reference.getByRole('row', { name: /^start_time/ });
    const description = row.getByRole('cell', { name: /Start time \(Unix seconds\)/ });
    const box = await description.boundingBox();
    expect(box).not.toBeNull();
    // Below the name, as wide as the row allows, and inside the window.
    const nameBox = await row.getByRole('rowheader').boundingBox();
    expect(box!.y).toBeGreaterThan(nameBox!.y + nameBox!.height - 1);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  });
});

test.describe('side by side where the panel is wide enough', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the form and the response sit next to each other, the answer in view after Send', async ({
    tryit,
    page,
  }) => {
    await tryit.open();
    await tryit.sendButton.scrollIntoViewIfNeeded();
    await fillAndSend(tryit);
    const status = tryit.response.getByText('200 OK', { exact: true });
    await expect(status).toBeVisible();
    expect(await inViewport(page, await status.boundingBox())).toBe(true);
    const form = await tryit.tryIt.getByRole('form', { name: 'Parameters' }).boundingBox();
    const response = await tryit.response.boundingBox();
    expect(response!.x).toBeGreaterThanOrEqual(form!.x + form!.width);
  });
});
