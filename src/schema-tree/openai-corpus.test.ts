import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadApi } from '../openapi/load-api.ts';
import type { ApiModel } from '../openapi/model.ts';
import { countVariantNames, type VariantNameReport } from './count-variant-names.ts';

describe('the schema tree of the full OpenAI description, every node opened', () => {
  let api: ApiModel;
  let report: VariantNameReport;
  beforeAll(async () => {
    const text = readFileSync(new URL('../../specs/openai-openapi.yaml', import.meta.url), 'utf8');
    api = await loadApi(text, 'openai-openapi.yaml');
    report = countVariantNames(api);
  }, 60_000);

  it('documents a response for every operation, and the 16 webhooks', () => {
    expect(api.operations.length).toBeGreaterThanOrEqual(288);
    expect(api.operations.filter((operation) => operation.responses.length === 0)).toEqual([]);
    expect(api.webhooks).toHaveLength(16);
    // Every ref the model keeps resolves inside its own table.
    const refs = JSON.stringify(api).match(/"\$ref":"[^"]*"/g) ?? [];
    const missing = refs.map((r) => r.slice(8, -1)).filter((ref) => !Object.hasOwn(api.schemas, ref));
    expect(missing).toEqual([]);
  });

  it('opens in bounded work and names every variant better than "Option N"', () => {
    expect(report.choices).toBeGreaterThan(300);
    expect(report.nodes).toBeLessThan(50_000);
    expect(report.bySource.position).toBe(0);
    // Most names are the document's own words (titles, discriminator values, tags, schema names).
    const named =
      report.bySource.title + report.bySource.discriminator + report.bySource.object + report.bySource.ref;
    expect(named / (named + report.bySource.type)).toBeGreaterThan(0.85);
  });
});
