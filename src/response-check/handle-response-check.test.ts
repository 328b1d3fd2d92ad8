import { describe, expect, it } from 'vitest';
import { usageBody, usageResponses, usageSchemas } from './fixtures/usage-responses.ts';
import { handleResponseCheck } from './handle-response-check.ts';
import { reachableSchemas } from './reachable-schemas.ts';

describe('handleResponseCheck (what the worker runs)', () => {
  it('loads the validator adapter lazily and checks with the schemas it was given', async () => {
    const bodyText = usageBody({ characters: 'many' });
    const reply = await handleResponseCheck({
      id: 7,
      operation: usageResponses,
      schemas: reachableSchemas(usageResponses.responses, usageSchemas),
      dialect: '3.0',
      record: {
        status: 200,
        headers: [['x-request-id', 'r']],
        contentType: 'application/json',
        bodyText,
        bodyBytes: bodyText.length,
        truncated: false,
      },
    });
    expect(reply).toMatchObject({
      id: 7,
      ok: true,
      check: { verdict: 'mismatch', problems: [{ kind: 'body', pointer: '/data/0/results/0/characters' }] },
    });
    // Structured-clonable, as a worker message must be.
    expect(structuredClone(reply)).toEqual(reply);
  });
});
