import { describe, expect, it } from 'vitest';
import { handleLoadApiMessage, isPrepareYamlRequest } from './handle-load-api-message.ts';
import type { ApiModel } from './model.ts';

describe('handleLoadApiMessage', () => {
  it('answers with the model as JSON text', async () => {
    const response = await handleLoadApiMessage({
      text: '{"openapi":"3.1.0","paths":{"/a":{"get":{}}}}',
      sourceName: 'a.json',
    });
    if (!response.ok) throw new Error('expected a model');
    const api = JSON.parse(response.apiJson) as ApiModel;
    expect(api.operations.map((op) => op.id)).toEqual(['get-a']);
  });

  it('answers with the stage, message and position of a failure, as plain data', async () => {
    const response = await handleLoadApiMessage({ text: 'openapi: 3.1.0\npaths: [\n', sourceName: 'a.yaml' });
    expect(response.ok).toBe(false);
    if (response.ok) return;
    expect(response.error.stage).toBe('parse');
    expect(response.error.message).toMatch(/^a\.yaml: YAML syntax error at line \d+/);
    expect(response.error.line).toBeTypeOf('number');
    expect(structuredClone(response)).toEqual(response);
  });

  it('rejects a message without text', async () => {
    expect(await handleLoadApiMessage(null)).toEqual({
      ok: false,
      error: { stage: 'fetch', message: 'No API description text was received.' },
    });
  });
});

describe('isPrepareYamlRequest', () => {
  it('tells the preload hint from a description to load', () => {
    expect(isPrepareYamlRequest({ prepare: 'yaml' })).toBe(true);
    expect(isPrepareYamlRequest({ text: 'openapi: 3.1.0', sourceName: 'a.yaml' })).toBe(false);
    expect(isPrepareYamlRequest(null)).toBe(false);
  });
});
