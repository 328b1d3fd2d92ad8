import { describe, expect, it } from 'vitest';
import { createSchemaChecker } from '../../src/schema-check/create-schema-checker.ts';
import { checkCorpusOperation } from './check-corpus-operation.ts';
import { KNOWN_FAILURES } from './known-failures.ts';
import { corpusIndex, loadCorpusApi } from './load-corpus-sample.ts';

/**
 * Every sampled operation of real descriptions (specs/corpus, from the APIs.guru directory) through the page's
 * pure pipeline: model, form ("Fill example values" passing the form's own validation, bodies checked against
 * their schema), request and the four snippets. Prints the coverage figure.
 */
describe('the real-description sample', () => {
  const index = corpusIndex();
  const checker = createSchemaChecker();

  it('models, fills, builds and writes snippets for every sampled operation but the known failures', () => {
    const failures: Record<string, string> = {};
    const stages = { model: 0, form: 0, request: 0, snippets: 0 };
    let tried = 0;
    const providers = new Set<string>();
    for (const entry of index.files) {
      providers.add(entry.source.split('/')[0] ?? entry.source);
      const api = loadCorpusApi(entry);
      const found = new Map(api.operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op]));
      for (const key of entry.operations) {
        tried++;
        const operation = found.get(key);
        if (!operation) {
          failures[`${entry.file} ${key}`] = 'model: operation missing';
          continue;
        }
        stages.model++;
        const outcome = checkCorpusOperation(api, operation, checker);
        if (outcome.stage !== 'form') stages.form++;
        if (outcome.stage === 'snippets' || outcome.stage === 'done') stages.request++;
        if (outcome.stage === 'done') stages.snippets++;
        else failures[`${entry.file} ${key}`] = `${outcome.stage}: ${outcome.problem}`;
      }
    }
    console.log(
      `corpus (${index.source}): ${tried} operations tried from ${index.files.length} descriptions of ${providers.size} providers; ` +
        `modelled ${stages.model}, filled ${stages.form}, requests ${stages.request}, snippets ${stages.snippets}`,
    );
    for (const [key, why] of Object.entries(failures)) console.log(`  still failing: ${key} → ${why}`);
    expect(tried).toBeGreaterThanOrEqual(300);
    expect(providers.size).toBeGreaterThanOrEqual(25);
    expect(Object.keys(failures).sort()).toEqual(Object.keys(KNOWN_FAILURES).sort());
  });
});
