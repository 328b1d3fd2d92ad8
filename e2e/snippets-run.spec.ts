/**
 * Snippets proven to run: the page's form filled in Chromium, "Call through the gateway" ticked, and the cURL,
 * fetch and Python snippets taken from the page itself and run for real (bash, Node, Python with requests)
 * against the real gateway and a recording upstream. The upstream must see exactly what the page's Send made:
 * method, path, query, the forwarded headers and the body. For the 11 usage and costs operations, and for a
 * fixed 30-operation sample of the full OpenAI description (JSON bodies, multipart with files, path parameters).
 * Each language's snippets run in one process (batched), after the page has sent them all.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { buildFormModel } from '../src/form/build-form-model.ts';
import { loadApi } from '../src/openapi/load-api.ts';
import type { Operation } from '../src/openapi/model.ts';
import { pickSnippetSample } from '../src/snippet/fixtures/pick-snippet-sample.ts';
import { type ComparableRequest, comparableRequest } from './support/comparable-request.ts';
import { findPythonWithRequests } from './support/find-python.ts';
import { expect, NOV_1_2024, type TryItPage, test, USER_KEY, urls } from './support/fixtures.ts';
import { REPO_ROOT } from './support/processes.ts';
import { type Recorded, type RecordingHarness, startRecordingHarness } from './support/recording-harness.ts';
import { runCurlSnippets, runFetchSnippets, runPythonSnippets, scratchDir } from './support/run-snippets.ts';

test.describe.configure({ mode: 'default' });

const LANGUAGES = [
  { id: 'curl', tab: 'cURL', marker: 'curl -X' },
  { id: 'fetch', tab: 'fetch', marker: 'await fetch(' },
  { id: 'python', tab: 'Python', marker: 'import requests' },
] as const;
type Language = (typeof LANGUAGES)[number]['id'];
/** The bytes of every file picked in the form; the snippets read a file of the same name and bytes. */
const FILE_BYTES = Buffer.from('RIFF....WAVEfmt demo bytes');

let harness: RecordingHarness;
let python: string;

test.beforeAll(async () => {
  // Fails with a clear message (never a skip) when no Python has requests.
  python = findPythonWithRequests();
  harness = await startRecordingHarness(new URL(urls.page).origin);
});
test.afterAll(async () => {
  await harness?.stop();
});

/** What the page sent for one operation, and the snippets it showed for it. */
interface Capture {
  operation: Operation;
  sent: Recorded;
  snippets: Record<Language, string>;
  /** Header parameters of the operation (compared too). */
  headerParams: string[];
  files: string[];
}

/** Sends the filled form, then reads each snippet tab with "Call through the gateway" ticked. */
async function capture(tryit: TryItPage, operation: Operation, files: string[]): Promise<Capture> {
  const before = harness.received.length;
  await expect(tryit.sendButton).toBeEnabled();
  await tryit.sendButton.click();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible({ timeout: 20_000 });
  expect(harness.received.length, `${operation.id}: the page's Send reached the upstream once`).toBe(
    before + 1,
  );
  const snippets = {} as Record<Language, string>;
  for (const { id, tab, marker } of LANGUAGES) {
    await tryit.snippet.getByRole('tab', { name: tab, exact: true }).click();
    await tryit.snippet.getByLabel('Call through the gateway', { exact: true }).check();
    const code: Locator = tryit.snippetCode();
    await expect(code).toContainText(marker);
    await expect(code).toContainText(harness.gatewayUrl);
    snippets[id] = (await code.textContent()) ?? '';
  }
  return {
    operation,
    sent: harness.received[before] as Recorded,
    snippets,
    headerParams: operation.parameters.filter((p) => p.in === 'header').map((p) => p.name),
    files,
  };
}

/** Runs every capture's snippet of each language, batched, and lists every difference from the page's Send. */
async function runAndCompare(captures: Capture[], env: Record<string, string>): Promise<string[]> {
  const scratch = await scratchDir();
  const problems: string[] = [];
  try {
    for (const name of new Set(captures.flatMap((c) => c.files)))
      await writeFile(path.join(scratch.dir, name), FILE_BYTES);
    const runners: Record<Language, (snippets: string[]) => Promise<unknown>> = {
      curl: (snippets) => runCurlSnippets(snippets, scratch.dir, env),
      fetch: (snippets) => runFetchSnippets(snippets, scratch.dir, env),
      python: (snippets) => runPythonSnippets(python, snippets, scratch.dir, env),
    };
    for (const { id, tab } of LANGUAGES) {
      const start = harness.received.length;
      await runners[id](captures.map((c) => c.snippets[id]));
      const got = harness.received.slice(start);
      expect(got, `${tab}: one request per snippet`).toHaveLength(captures.length);
      for (const [index, c] of captures.entries()) {
        const page: ComparableRequest = await comparableRequest(c.sent, c.headerParams);
        const snippet: ComparableRequest = await comparableRequest(got[index] as Recorded, c.headerParams);
        try {
          expect(snippet).toEqual(page);
        } catch (error) {
          problems.push(`${tab} · ${c.operation.id}: ${(error as Error).message}\n${c.snippets[id]}`);
        }
      }
    }
  } finally {
    await scratch.dispose();
  }
  return problems;
}

test('the 11 usage and costs operations: cURL, fetch and Python snippets send what the page sent', async ({
  tryit,
}) => {
  test.setTimeout(240_000);
  const api = await loadApi(readFileSync(path.join(REPO_ROOT, 'specs/openai-usage.yaml'), 'utf8'));
  expect(api.operations).toHaveLength(11);
  const captures: Capture[] = [];
  for (const [index, operation] of api.operations.entries()) {
    await tryit.open(operation.id);
    if (index === 0) await tryit.configure({ gateway: harness.gatewayUrl });
    await tryit.field('start_time').fill(String(NOV_1_2024));
    await tryit.field('end_time').fill(String(NOV_1_2024 + 2 * 86_400));
    await tryit.field('limit').fill('2');
    await tryit.addArrayItem('project_ids', 'proj a&b');
    await tryit.addArrayItem('project_ids', 'proj_ü');
    captures.push(await capture(tryit, operation, []));
  }
  // The values really are in what was sent (and so in what the snippets must send).
  expect(captures[0]?.sent.url).toContain('project_ids=proj%20a%26b&project_ids=proj_%C3%BC');
  const problems = await runAndCompare(captures, { OPENAI_ADMIN_KEY: USER_KEY });
  expect(problems).toEqual([]);
});

test('a 30-operation sample of the full OpenAI description: JSON, multipart with files, path parameters', async ({
  tryit,
  page,
}) => {
  test.setTimeout(420_000);
  const api = await loadApi(readFileSync(path.join(REPO_ROOT, 'specs/openai-openapi.yaml'), 'utf8'));
  const sample = pickSnippetSample(api);
  expect(sample).toHaveLength(30);
  const captures: Capture[] = [];
  for (const [index, { operation }] of sample.entries()) {
    // The first visit loads the description; the next ones only change the deep link.
    await page.goto(
      `${urls.page}?spec=${encodeURIComponent(harness.specUrl)}#/operations/${encodeURIComponent(operation.id)}`,
    );
    await expect(tryit.tryIt).toBeVisible({ timeout: 45_000 });
    if (index === 0) {
      await tryit.tryIt.getByLabel('ApiKeyAuth (Bearer token)', { exact: true }).fill(USER_KEY);
      await tryit.gatewayInput.fill(harness.gatewayUrl);
    }
    await tryit.tryIt.getByRole('button', { name: 'Fill example values', exact: true }).click();
    const files: string[] = [];
    for (const field of buildFormModel(operation).fields.filter((f) => f.kind === 'file')) {
      const name = `${field.name}.wav`;
      files.push(name);
      await tryit.field(field.name).setInputFiles({ name, mimeType: 'audio/wav', buffer: FILE_BYTES });
    }
    const fixedPath = operation.path.split('{')[0] ?? operation.path;
    // The panel is this operation's: its request preview shows the path (the snippet may show it too).
    await expect(tryit.tryIt.getByText(`${harness.gatewayUrl}${fixedPath}`).first()).toBeVisible();
    captures.push(await capture(tryit, operation, files));
  }
  const kinds = captures.map((c) => String(c.sent.headers['content-type'] ?? 'none').split(';')[0]);
  expect(kinds.filter((kind) => kind === 'application/json').length).toBeGreaterThanOrEqual(10);
  expect(kinds.filter((kind) => kind === 'multipart/form-data').length).toBe(5);
  const problems = await runAndCompare(captures, { API_KEY: USER_KEY });
  expect(problems).toEqual([]);
});
