import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../src/openapi/load-api.ts';
import type { ApiModel } from '../src/openapi/model.ts';
import { hasPathParam, pickPrismSample } from './prism/pick-prism-sample.ts';
import { type PrismStack, REPO_ROOT, startPrismStack } from './prism/start-prism-stack.ts';
import { buildExampleRequest, tryOperation } from './prism/try-operation.ts';

// Integration: Prism validates each request against the full OpenAI description; the requests come from the
// page's own pipeline (example values → buildRequest → sendRequest) through the real gateway process.

const SPEC = 'specs/openai-openapi.yaml';

const api: ApiModel = await loadApi(readFileSync(path.join(REPO_ROOT, SPEC), 'utf8'), path.basename(SPEC));
const picks = pickPrismSample(api);

let stack: PrismStack | undefined;

beforeAll(async () => {
  // Prism indexes the 3 MB document first: 10–20 s measured on 2 cores, more when other suites run beside it.
  stack = await startPrismStack({ spec: SPEC, prismTimeoutMs: 120_000 });
}, 150_000);

afterAll(async () => {
  await stack?.stop();
}, 15_000);

describe('the operations sampled for Prism', () => {
  it('are at least 40, spread over methods, body kinds and path parameters', () => {
    const requests = picks.map(({ operation }) => buildExampleRequest(api, operation));
    expect(picks.length).toBeGreaterThanOrEqual(40);
    expect(new Set(picks.map(({ operation }) => operation.id)).size).toBe(picks.length);
    const count = (test: (index: number) => boolean) => picks.filter((_, index) => test(index)).length;
    expect(count((i) => requests[i]?.method === 'GET')).toBeGreaterThanOrEqual(12);
    expect(count((i) => requests[i]?.method === 'POST')).toBeGreaterThanOrEqual(12);
    expect(count((i) => requests[i]?.method === 'DELETE')).toBeGreaterThanOrEqual(5);
    expect(count((i) => requests[i]?.body?.kind === 'json')).toBeGreaterThanOrEqual(10);
    expect(count((i) => requests[i]?.body?.kind === 'multipart')).toBeGreaterThanOrEqual(4);
    // Multipart requests with a file part, not only text parts.
    expect(
      count((i) => requests[i]?.body?.kind === 'multipart' && hasFilePart(requests[i]?.body)),
    ).toBeGreaterThanOrEqual(3);
    expect(count((i) => hasPathParam(picks[i]!.operation))).toBeGreaterThanOrEqual(15);
    // Every path parameter was substituted.
    for (const request of requests) expect(request.path).not.toMatch(/[{}]/);
  });
});

describe('Prism (behind the gateway) accepts what the page builds', () => {
  it.each(
    picks.map((pick) => [`${pick.operation.method.toUpperCase()} ${pick.operation.path}`, pick] as const),
  )('%s', async (_name, { operation }) => {
    if (!stack) throw new Error('Prism and the gateway did not start');
    const outcome = await tryOperation(api, operation, stack.gatewayUrl, 20_000);
    const said = [outcome.failure, ...outcome.findings, outcome.excerpt].filter(Boolean).join('\n');
    expect(outcome.status, `${operation.id}: ${outcome.status}\n${said}`).not.toBe(422);
    expect(outcome.status, `${operation.id}: ${outcome.status}\n${said}`).toBeGreaterThanOrEqual(200);
    expect(outcome.status, `${operation.id}: ${outcome.status}\n${said}`).toBeLessThan(300);
  });
});

function hasFilePart(body: unknown): boolean {
  const parts = (body as { parts?: { kind: string }[] } | undefined)?.parts ?? [];
  return parts.some((part) => part.kind === 'file');
}
