/**
 * `npm run prism:coverage`: every operation of the full OpenAI description, filled with example values by the
 * page's own pipeline, sent through the reference gateway to Prism (which validates each request against the
 * description). Prints figures; always exits 0 (it is a measurement, not a test).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadApi } from '../src/openapi/load-api.ts';
import { PRISM_LIMITS } from './prism/prism-limits.ts';
import { REPO_ROOT, startPrismStack } from './prism/start-prism-stack.ts';
import { type OperationOutcome, tryOperation } from './prism/try-operation.ts';

const SPEC = 'specs/openai-openapi.yaml';
const CONCURRENCY = 4;

async function main(): Promise<void> {
  const started = Date.now();
  const api = await loadApi(readFileSync(path.join(REPO_ROOT, SPEC), 'utf8'), path.basename(SPEC));
  process.stdout.write(`${api.operations.length} operations in ${SPEC}; starting Prism and the gateway…\n`);
  const stack = await startPrismStack({ spec: SPEC });
  process.stdout.write(
    `Prism on ${stack.prismUrl} (ready after ${(stack.prismStartupMs / 1000).toFixed(1)} s), gateway on ${stack.gatewayUrl}\n`,
  );
  const outcomes: OperationOutcome[] = [];
  try {
    const queue = [...api.operations];
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let operation = queue.shift(); operation; operation = queue.shift()) {
          outcomes.push(await tryOperation(api, operation, stack.gatewayUrl));
        }
      }),
    );
  } finally {
    await stack.stop();
  }
  const order = new Map(api.operations.map((operation, index) => [operation.id, index]));
  outcomes.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  process.stdout.write(report(outcomes, Date.now() - started));
}

function report(outcomes: OperationOutcome[], elapsedMs: number): string {
  const accepted = outcomes.filter((o) => o.status >= 200 && o.status < 300);
  const byStatus = new Map<number, OperationOutcome[]>();
  for (const outcome of outcomes) {
    if (outcome.status >= 200 && outcome.status < 300) continue;
    byStatus.set(outcome.status, [...(byStatus.get(outcome.status) ?? []), outcome]);
  }
  const lines = [
    '',
    '| outcome | operations |',
    '| --- | ---: |',
    `| attempted | ${outcomes.length} |`,
    `| accepted (2xx) | ${accepted.length} |`,
    `| rejected 422 | ${byStatus.get(422)?.length ?? 0} |`,
  ];
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    if (status === 422) continue;
    lines.push(
      `| ${status === 0 ? 'no response' : `status ${status}`} | ${byStatus.get(status)?.length ?? 0} |`,
    );
  }
  lines.push('');
  for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
    lines.push(`${status === 0 ? 'No response' : `Status ${status}`}:`);
    for (const outcome of byStatus.get(status) ?? []) {
      lines.push(`  ${outcome.method} ${outcome.path} (${outcome.id}, body: ${outcome.bodyKind})`);
      const said = outcome.failure
        ? [outcome.failure]
        : outcome.findings.length > 0
          ? outcome.findings.slice(0, 3)
          : [outcome.excerpt.replace(/\s+/g, ' ').slice(0, 160)];
      for (const line of said) lines.push(`      ${line}`);
      const known = PRISM_LIMITS[outcome.id];
      if (known) lines.push(`      → known: ${known}`);
    }
    lines.push('');
  }
  lines.push(`done in ${(elapsedMs / 1000).toFixed(1)} s`, '');
  return lines.join('\n');
}

main().catch((error: unknown) => {
  process.stdout.write(
    `prism coverage could not run: ${error instanceof Error ? error.message : String(error)}\n`,
  );
});
