/**
 * The validator room runs in a Web Worker (the response check will, for big bodies): a worker entry that
 * uses `loadSchemaChecker` is bundled (Vite, the page's own bundler) and run as a module worker in real
 * Chromium, which checks a value there and posts the problems back. The default page never loads the
 * checker chunk (its operations have no JSON body).
 */

import path from 'node:path';
import { build, type Rollup } from 'vite';
import { expect, test, urls } from './support/fixtures.ts';
import { REPO_ROOT } from './support/processes.ts';

async function bundleWorker(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: {
        entry: path.join(REPO_ROOT, 'e2e/fixtures/schema-check-worker.ts'),
        formats: ['es'],
        fileName: 'worker',
      },
      rollupOptions: { output: { inlineDynamicImports: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunk = outputs.flatMap((output) => output.output).find((item) => item.type === 'chunk');
  if (chunk?.type !== 'chunk') throw new Error('the worker bundle has no chunk');
  return chunk.code;
}

test('the schema checker loads and checks inside a Web Worker; the default page does not load it', async ({
  tryit,
}) => {
  const code = await bundleWorker();
  const loaded: string[] = [];
  tryit.page.on('request', (request) => loaded.push(request.url()));
  await tryit.open();
  await expect(tryit.sendButton).toBeVisible();
  expect(loaded.filter((url) => url.includes('create-schema-checker'))).toEqual([]);

  // Served from a URL of the page's origin, as a bundler emits a worker (not a blob: the validator reads
  // `self.location` when it loads, and a blob worker's location is no base URL).
  const workerUrl = new URL('schema-check-worker.test.js', urls.page).href;
  await tryit.page.route(workerUrl, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: code }),
  );
  const answer = await tryit.page.evaluate(async (url) => {
    const worker = new Worker(url, { type: 'module' });
    try {
      return await new Promise<unknown>((resolve, reject) => {
        worker.onmessage = (event) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
        const schema = {
          type: 'object',
          required: ['id'],
          properties: { n: { type: 'integer', maximum: 3 } },
        };
        worker.postMessage([schema, { n: 9 }, { dialect: '3.1', direction: 'response' }]);
      });
    } finally {
      worker.terminate();
    }
  }, workerUrl);
  expect(answer).toEqual({
    hasDocument: false,
    problems: [
      { pointer: '/id', keyword: 'required', message: 'Required', expected: 'a value', actual: 'missing' },
      { pointer: '/n', keyword: 'maximum', message: 'Must be at most 3', expected: 'at most 3', actual: '9' },
    ],
  });
});
