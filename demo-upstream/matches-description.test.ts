import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSpecFile } from '../node-support/read-spec-file.ts';
import { normalizeApi } from '../src/openapi/normalize-api.ts';
import { checkResponse } from '../src/response-check/check-response.ts';
import { createSchemaChecker } from '../src/schema-check/create-schema-checker.ts';
import { dialectOf } from '../src/schema-check/schema-checker.ts';
import { buildUsagePage } from './build-usage-page.ts';
import { DEMO_ENDPOINTS, type DemoEndpoint } from './demo-endpoints.ts';
import { parseUsageQuery } from './parse-usage-query.ts';

// The demo stands in for the API: every page it serves must pass the page's own response check against
// specs/openai-usage.yaml, grouped every way, and its wrong-shape key must fail it where it says.
const api = normalizeApi(readSpecFile(path.join(import.meta.dirname, '..', 'specs', 'openai-usage.yaml')));
const checker = createSchemaChecker();
const context = {
  checker,
  dialect: dialectOf(api.openapiVersion),
  resolveRef: (ref: string) => (Object.hasOwn(api.schemas, ref) ? api.schemas[ref] : undefined),
};
const NOW = 1_730_851_200;

function record(body: unknown) {
  const bodyText = JSON.stringify(body);
  return {
    status: 200,
    headers: [['content-type', 'application/json']] as [string, string][],
    contentType: 'application/json',
    bodyText,
    bodyBytes: bodyText.length,
    truncated: false,
  };
}

describe('the demo upstream against the description', () => {
  const operations = api.operations.filter((op) => Object.hasOwn(DEMO_ENDPOINTS, op.path));

  it('covers all 11 usage and costs operations', () => {
    expect(operations).toHaveLength(11);
  });

  it.each(operations.map((op) => [op.id, op] as const))(
    '%s: every page matches, grouped by every field',
    (_id, op) => {
      const endpoint = DEMO_ENDPOINTS[op.path] as DemoEndpoint;
      const groupBy = endpoint.groupFields.map((field) => `group_by=${field}`).join('&');
      for (const query of ['start_time=1730419200&limit=3', `start_time=1730419200&limit=3&${groupBy}`]) {
        const parsed = parseUsageQuery(endpoint, new URLSearchParams(query), NOW);
        if (!parsed.ok) throw new Error(parsed.error.message);
        const result = checkResponse(op, record(buildUsagePage(endpoint, parsed.query)), context);
        expect(result.problems, `${op.id}?${query}`).toEqual([]);
        expect(result.verdict).toBe('matches');
      }
    },
  );

  it("a number sent as text is flagged at its field, through the results' oneOf", () => {
    const op = operations.find((o) => o.id === 'usage-completions');
    const endpoint = DEMO_ENDPOINTS['/organization/usage/completions'] as DemoEndpoint;
    const parsed = parseUsageQuery(endpoint, new URLSearchParams('start_time=1730419200&limit=1'), NOW);
    if (!op || !parsed.ok) throw new Error('fixture');
    const page = buildUsagePage(endpoint, parsed.query);
    const result = page.data[0]?.results[0] as Record<string, unknown>;
    result.input_tokens = String(result.input_tokens);
    expect(checkResponse(op, record(page), context).problems).toEqual([
      expect.objectContaining({ kind: 'body', pointer: '/data/0/results/0/input_tokens', actual: 'string' }),
    ]);
  });
});
