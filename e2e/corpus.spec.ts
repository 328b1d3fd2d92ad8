/**
 * A slice of the real-description sample (specs/corpus, from the APIs.guru directory) through the page itself:
 * each operation rendered from its description loaded with `?spec=`, filled with "Fill example values", and
 * sent through a real gateway loaded with the same description to a recording upstream, which must receive
 * the operation's method and a path that matches its template. Prints the coverage figure.
 */

import { KNOWN_FAILURES } from '../scripts/corpus/known-failures.ts';
import { corpusIndex, loadCorpusApi } from '../scripts/corpus/load-corpus-sample.ts';
import type { Operation } from '../src/openapi/model.ts';
import { expect, test, urls } from './support/fixtures.ts';
import { startShapesHarness } from './support/shapes-harness.ts';

/** Every DESCRIPTION_STRIDE-th description of the sample, OPS_PER_DESCRIPTION operations from each. */
const DESCRIPTION_STRIDE = 7;
const OPS_PER_DESCRIPTION = 3;

/** The slice: fixed, from the sample's own order. */
function slice() {
  const picked: { file: string; operations: Operation[]; fragments: number }[] = [];
  corpusIndex().files.forEach((entry, index) => {
    if (index % DESCRIPTION_STRIDE !== 0) return;
    const api = loadCorpusApi(entry);
    const usable = api.operations.filter(
      (op) => !KNOWN_FAILURES[`${entry.file} ${op.method.toUpperCase()} ${op.path}`],
    );
    // Path templates with a `#fragment` (AWS) are sent too: the gateway matches them by the part before `#`.
    const operations = usable.slice(0, OPS_PER_DESCRIPTION);
    const fragments = operations.filter((op) => op.path.includes('#')).length;
    picked.push({ file: entry.file, operations, fragments });
  });
  return picked;
}

/** `/users/{id}/items` → a regex for the path the upstream must see (any non-empty segment per parameter). */
function templatePattern(template: string): RegExp {
  const path = template.split('#')[0] || '/';
  const [pathOnly = '', fixedQuery] = path.split('?');
  const escaped = pathOnly
    .split(/\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/?#]+');
  return new RegExp(
    `^${escaped}${fixedQuery ? `\\?${fixedQuery.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}` : ''}(\\?|$)`,
  );
}

test('a slice of real descriptions: rendered, filled and sent through a gateway with the same description', async ({
  page,
}) => {
  const picked = slice();
  const total = picked.reduce((sum, p) => sum + p.operations.length, 0);
  test.setTimeout(30_000 + picked.length * 15_000 + total * 12_000);
  const tryIt = page.getByRole('region', { name: 'Try it', exact: true });
  const response = page.getByRole('region', { name: 'Response', exact: true });
  const counts = { tried: 0, rendered: 0, filled: 0, sent: 0 };
  const failing: string[] = [];
  for (const { file, operations } of picked) {
    const harness = await startShapesHarness(new URL(urls.page).origin, `specs/corpus/${file}`);
    try {
      for (const operation of operations) {
        counts.tried++;
        const label = `${file} ${operation.method.toUpperCase()} ${operation.path}`;
        await page.goto(
          `${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/${encodeURIComponent(operation.id)}`,
        );
        try {
          // This operation's own page (not the built-in API's, shown while the description loads).
          await expect(page.getByRole('heading', { level: 1 })).toHaveText(operation.navTitle, {
            timeout: 15_000,
          });
          await expect(tryIt).toBeVisible();
        } catch {
          failing.push(`${label}: not rendered`);
          continue;
        }
        counts.rendered++;
        await tryIt.getByLabel('Gateway URL', { exact: true }).fill(harness.gatewayUrl);
        await tryIt.getByRole('button', { name: 'Fill example values', exact: true }).click();
        const send = tryIt.getByRole('button', { name: 'Send', exact: true });
        try {
          await expect(send).toBeEnabled();
        } catch {
          failing.push(`${label}: not filled (${await tryIt.locator('#send-status').textContent()})`);
          continue;
        }
        counts.filled++;
        const before = harness.received.length;
        await send.click();
        try {
          await expect(response.getByText(/^\d{3} [A-Za-z]/).first()).toBeVisible({ timeout: 15_000 });
        } catch {
          failing.push(
            `${label}: no answer (${(await response.getByRole('alert').allTextContents()).join(' ')})`,
          );
          continue;
        }
        const received = harness.received.slice(before);
        const got = received[0];
        if (
          received.length === 1 &&
          got?.method === operation.method.toUpperCase() &&
          templatePattern(operation.path).test(got.url)
        ) {
          counts.sent++;
        } else {
          failing.push(
            `${label}: upstream saw ${received.map((r) => `${r.method} ${r.url}`).join(', ') || 'nothing'}`,
          );
        }
      }
    } finally {
      await harness.stop();
    }
  }
  const fragments = picked.reduce((sum, p) => sum + p.fragments, 0);
  console.log(
    `e2e corpus slice: ${counts.tried} operations tried from ${picked.length} descriptions; rendered ${counts.rendered}, ` +
      `filled ${counts.filled}, sent ${counts.sent} (${fragments} of them path templates with a #fragment)`,
  );
  for (const line of failing) console.log(`  still failing: ${line}`);
  expect(counts.tried).toBeGreaterThanOrEqual(20);
  expect(failing).toEqual([]);
});
