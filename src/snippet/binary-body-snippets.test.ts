import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPythonWithRequests } from '../../e2e/support/find-python.ts';
import { closeServer } from '../../node-support/close-server.ts';
import { listenOn } from '../../node-support/listen-on.ts';
import { curlSnippet } from './curl-snippet.ts';
import { fetchSnippet } from './fetch-snippet.ts';
import { binaryBodyRequest } from './fixtures/binary-body-request.ts';
import { defaultContext } from './fixtures/default-context.ts';
import { pythonSnippet } from './python-snippet.ts';

const run = promisify(execFile);

/**
 * The three raw-HTTP snippets of a raw file body, run for real (bash + curl, node, python3 + requests) in a
 * folder holding the file, against a recording server on 127.0.0.1: each must send exactly the file's bytes
 * with the operation's Content-Type, never a multipart wrapper. The tools are installed by .ci/run.
 */
describe('snippets of a raw binary body send the file as it is', () => {
  const bytes = Buffer.from(Array.from({ length: 1024 }, (_, i) => i % 256));
  const received: { method: string; url: string; type: string | undefined; body: Buffer }[] = [];
  let dir: string;
  let server: http.Server;
  let baseUrl: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'tryit-binary-'));
    await writeFile(path.join(dir, 'rex photo.png'), bytes);
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({
          method: req.method ?? '',
          url: req.url ?? '',
          type: req.headers['content-type'],
          body: Buffer.concat(chunks),
        });
        res.end('ok');
      });
    });
    baseUrl = await listenOn(server, '127.0.0.1', 0);
  });
  afterAll(async () => {
    await closeServer(server);
    await rm(dir, { recursive: true, force: true });
  });
  const ctx = () => ({ ...defaultContext, baseUrl });
  const env = () => ({ ...process.env, OPENAI_ADMIN_KEY: 'test-admin-key' });
  const last = () => received[received.length - 1];

  it('cURL: --data-binary @file', async () => {
    const snippet = curlSnippet(binaryBodyRequest, ctx());
    expect(snippet).toContain("--data-binary '@rex photo.png'");
    const before = received.length;
    await run('bash', ['-c', snippet], { cwd: dir, env: env() });
    expect(received).toHaveLength(before + 1);
    expect(last()).toMatchObject({ method: 'PUT', url: '/pets/rex/photo', type: 'image/png' });
    expect(last()?.body.equals(bytes)).toBe(true);
  });

  it('fetch (Node): the file streamed as the body', async () => {
    const snippet = fetchSnippet(binaryBodyRequest, ctx());
    expect(snippet).toContain("body: Readable.toWeb(createReadStream('rex photo.png')),");
    const js = ts.transpileModule(snippet, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    await writeFile(path.join(dir, 'snippet.mjs'), js);
    const before = received.length;
    await run(process.execPath, ['snippet.mjs'], { cwd: dir, env: env() });
    expect(received).toHaveLength(before + 1);
    expect(last()).toMatchObject({ method: 'PUT', url: '/pets/rex/photo', type: 'image/png' });
    expect(last()?.body.equals(bytes)).toBe(true);
  });

  it("Python (requests): data=open(file, 'rb')", async () => {
    const snippet = pythonSnippet(binaryBodyRequest, ctx());
    expect(snippet).toContain('data=open("rex photo.png", "rb")');
    await writeFile(path.join(dir, 'snippet.py'), snippet);
    const before = received.length;
    // A Python that can import requests, or a clear error saying how to get one (never a skip).
    await run(findPythonWithRequests(), ['snippet.py'], { cwd: dir, env: env() });
    expect(received).toHaveLength(before + 1);
    expect(last()).toMatchObject({ method: 'PUT', url: '/pets/rex/photo', type: 'image/png' });
    expect(last()?.body.equals(bytes)).toBe(true);
  });
});
