/**
 * The "OpenAI SDK" tab, run for real for every mapped operation: the form filled in Chromium, the snippet
 * taken from the page with "Call through the gateway" ticked, and run with Node (the pinned `openai` package)
 * against the real gateway and the demo upstream. Each must print the very page the page's Send got. The
 * 11 snippets run in one Node process, after the page has sent them all.
 */
import { CALLER_TOKEN } from './global-setup.ts';
import { expect, NOV_1_2024, test, USER_KEY, urls } from './support/fixtures.ts';
import { runNodeSnippets, scratchDir } from './support/run-snippets.ts';

// operationId → the SDK method the tab must call (the SDK's own names, as in specs/openai-usage.tryit.yaml).
const METHODS: Record<string, string> = {
  'usage-costs': 'costs',
  'usage-audio-speeches': 'audioSpeeches',
  'usage-audio-transcriptions': 'audioTranscriptions',
  'usage-code-interpreter-sessions': 'codeInterpreterSessions',
  'usage-completions': 'completions',
  'usage-embeddings': 'embeddings',
  'usage-file-search-calls': 'fileSearchCalls',
  'usage-images': 'images',
  'usage-moderations': 'moderations',
  'usage-vector-stores': 'vectorStores',
  'usage-web-search-calls': 'webSearchCalls',
};

test('every usage and costs operation: the OpenAI SDK snippet run with Node prints the page Send got', async ({
  tryit,
  page,
}) => {
  test.setTimeout(180_000);
  const snippets: string[] = [];
  const pages: unknown[] = [];
  for (const [index, [id, method]] of Object.entries(METHODS).entries()) {
    await tryit.open(id);
    if (index === 0) await tryit.configure();
    await tryit.field('start_time').fill(String(NOV_1_2024));
    await tryit.field('end_time').fill(String(NOV_1_2024 + 5 * 86_400));
    await tryit.field('limit').fill('2');
    await tryit.addArrayItem('project_ids', 'proj_demo_web');
    await tryit.addArrayItem('project_ids', 'proj_sdk_e2e');

    await tryit.snippet.getByRole('tab', { name: 'OpenAI SDK', exact: true }).click();
    await tryit.snippet.getByLabel('Call through the gateway', { exact: true }).check();
    const code = tryit.snippetCode();
    await expect(code).toContainText(`const client = new OpenAI({ baseURL: '${urls.gateway}' });`);
    await expect(code).toContainText(`await client.admin.organization.usage.${method}({`);
    await expect(code).toContainText('"project_ids": ["proj_demo_web", "proj_sdk_e2e"]');
    await expect(code).toContainText('// The client reads the key from OPENAI_ADMIN_KEY by itself.');
    await expect(code).not.toContainText(USER_KEY);
    snippets.push((await code.textContent()) ?? '');

    const answered = page.waitForResponse(
      (response) => response.url().startsWith(urls.gateway) && !response.url().includes('/_gateway/'),
    );
    await tryit.sendButton.click();
    const sent = await (await answered).json();
    await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();
    // A real page: two buckets of five, more to come.
    expect(sent, id).toMatchObject({ object: 'page', has_more: true, next_page: expect.any(String) });
    expect(sent.data, id).toHaveLength(2);
    pages.push(sent);
  }

  const scratch = await scratchDir();
  try {
    const printed = await runNodeSnippets(snippets, scratch.dir, { OPENAI_ADMIN_KEY: USER_KEY });
    expect(printed).toHaveLength(11);
    for (const [index, id] of Object.keys(METHODS).entries())
      expect(JSON.parse(printed[index] ?? ''), id).toEqual(pages[index]);
  } finally {
    await scratch.dispose();
  }
});

test('through a gateway that checks callers, the OpenAI SDK snippet sends the token from the environment', async ({
  tryit,
  page,
}) => {
  test.setTimeout(120_000);
  await tryit.open('usage-costs');
  await tryit.configure({ key: '', gateway: urls.tokenGateway });
  await tryit.tryIt.getByLabel('Gateway access token', { exact: true }).fill(CALLER_TOKEN);
  await tryit.field('start_time').fill(String(NOV_1_2024));
  await tryit.field('limit').fill('2');

  await tryit.snippet.getByRole('tab', { name: 'OpenAI SDK', exact: true }).click();
  await tryit.snippet.getByLabel('Call through the gateway', { exact: true }).check();
  const code = tryit.snippetCode();
  await expect(code).toContainText(`baseURL: '${urls.tokenGateway}',`);
  await expect(code).toContainText("defaultHeaders: { 'X-Gateway-Token': process.env.TRYIT_GATEWAY_TOKEN },");
  await expect(code).not.toContainText(CALLER_TOKEN);
  const snippet = (await code.textContent()) ?? '';

  const answered = page.waitForResponse(
    (response) => response.url().startsWith(urls.tokenGateway) && !response.url().includes('/_gateway/'),
  );
  await tryit.sendButton.click();
  const sent = await (await answered).json();
  await expect(tryit.response.getByText('200 OK', { exact: true })).toBeVisible();

  const scratch = await scratchDir();
  try {
    // The gateway holds the API key: the SDK's own key is only there because the SDK insists on one.
    const env = { OPENAI_ADMIN_KEY: 'placeholder-unused-gateway-holds-the-key' };
    const printed = await runNodeSnippets([snippet], scratch.dir, {
      ...env,
      TRYIT_GATEWAY_TOKEN: CALLER_TOKEN,
    });
    expect(JSON.parse(printed[0] ?? '')).toEqual(sent);
    // Without the variable the header is not sent, and the gateway refuses the SDK's request.
    await expect(runNodeSnippets([snippet], scratch.dir, env)).rejects.toThrow(/401/);
  } finally {
    await scratch.dispose();
  }
});
