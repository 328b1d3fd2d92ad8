/**
 * The reference-design snippet (`import openai from '@utdk/openai'; await openai.usageCosts({…})`) type-checked
 * by tsc against declarations generated from the description with openapi-typescript, in the shape
 * `client.<operation>(params)`: for the 11 usage and costs operations (filled three ways) and for a fixed
 * 30-operation sample of the full OpenAI description (JSON bodies, multipart with files, path parameters),
 * filled as "Fill example values" does. Negative cases prove a wrong name or type fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildFormModel } from '../form/build-form-model.ts';
import { fillExampleValues } from '../form/fill-example-values.ts';
import type { ApiModel, Operation } from '../openapi/model.ts';
import { normalizeApi } from '../openapi/normalize-api.ts';
import { buildRequest } from '../request/build-request.ts';
import type { HttpRequest } from '../request/http-request.ts';
import { defaultContext } from './fixtures/default-context.ts';
import { loadDefaultApi } from './fixtures/load-default-api.ts';
import { pickSnippetSample } from './fixtures/pick-snippet-sample.ts';
import { referenceSdkDeclarations } from './fixtures/reference-sdk-declarations.ts';
import { type CheckedFile, typeCheckSnippets } from './fixtures/type-check-snippets.ts';
import { usageFormCases } from './fixtures/usage-form-cases.ts';
import { tsSdkSnippet } from './ts-sdk-snippet.ts';

const NOW = Date.UTC(2025, 0, 15, 12);

/** The request "Fill example values" builds, with a file picked for each file field, as a user would. */
function exampleRequest(api: ApiModel, operation: Operation): HttpRequest {
  const model = buildFormModel(operation);
  const values = fillExampleValues(model, { now: NOW });
  for (const field of model.fields)
    if (field.kind === 'file') values[field.key] = new File(['RIFF....WAVE'], `${field.name}.wav`);
  return buildRequest(operation, model, values, api.config);
}

const mediaTypeOf = (operation: Operation) => buildFormModel(operation).selectedMediaType;

describe('the @utdk/openai snippet type-checks against declarations generated from the description', () => {
  it('for the 11 usage and costs operations, filled three ways, and is caught when wrong', async () => {
    const api = loadDefaultApi();
    const doc = parse(readFileSync('specs/openai-usage.yaml', 'utf8')) as Record<string, unknown>;
    const files: CheckedFile[] = [];
    for (const operation of api.operations) {
      const model = buildFormModel(operation);
      for (const formCase of usageFormCases(model)) {
        const request = buildRequest(operation, model, formCase.values, api.config);
        files.push({
          name: `${operation.id}-${formCase.name.replace(' ', '-')}.ts`,
          text: tsSdkSnippet(request, defaultContext),
        });
      }
    }
    const speeches = api.operations.find((op) => op.id === 'usage-audio-speeches');
    if (!speeches) throw new Error('usage-audio-speeches missing');
    const model = buildFormModel(speeches);
    const typical = buildRequest(speeches, model, usageFormCases(model)[0]?.values ?? {}, api.config);
    const withArg = (name: string, value: unknown): HttpRequest => ({
      ...typical,
      args: [...typical.args.filter((arg) => arg.name !== name), { name, in: 'query', value }],
    });
    const negatives: [CheckedFile, RegExp][] = [
      [
        {
          name: 'wrong-operation.ts',
          text: tsSdkSnippet({ ...typical, operationId: 'usage-audio-speech' }, defaultContext),
        },
        /TS2551.*'usageAudioSpeech' does not exist/,
      ],
      [
        { name: 'wrong-name.ts', text: tsSdkSnippet(withArg('bucket_widht', '1d'), defaultContext) },
        /TS2353.*'"bucket_widht"' does not exist/,
      ],
      [
        { name: 'wrong-type.ts', text: tsSdkSnippet(withArg('limit', '3'), defaultContext) },
        /TS2322.*'string' is not assignable to type 'number'/,
      ],
      [
        { name: 'wrong-enum.ts', text: tsSdkSnippet(withArg('bucket_width', '1w'), defaultContext) },
        /TS2322.*'"1w"' is not assignable/,
      ],
      [
        { name: 'missing-required.ts', text: tsSdkSnippet({ ...typical, args: [] }, defaultContext) },
        /TS2554|TS2345/,
      ],
    ];
    const declarations = await referenceSdkDeclarations(
      doc,
      api.operations.map((op) => ({ operationId: op.operationId ?? op.id })),
    );
    const results = typeCheckSnippets([...files, ...negatives.map(([file]) => file)], declarations);
    expect(files).toHaveLength(33);
    for (const file of files) expect(results.get(file.name), `${file.name}\n${file.text}`).toEqual([]);
    for (const [file, expected] of negatives)
      expect((results.get(file.name) ?? []).join('\n'), `${file.name}\n${file.text}`).toMatch(expected);
  });

  it('for a 30-operation sample of the full OpenAI description filled with example values', async () => {
    const doc = parse(readFileSync('specs/openai-openapi.yaml', 'utf8')) as Record<string, unknown>;
    const api = normalizeApi(doc);
    const sample = pickSnippetSample(api);
    expect(sample).toHaveLength(30);
    const categories = new Set(sample.map((pick) => pick.category));
    expect([...categories]).toEqual([
      'GET, no path parameter',
      'GET with path parameters',
      'POST JSON, no path parameter',
      'POST JSON with path parameters',
      'multipart with files',
      'DELETE with path parameters',
    ]);
    const files = sample.map(({ operation }) => ({
      name: `${operation.id}.ts`,
      // The reference package name, as for the default API (the full description names no SDK).
      text: tsSdkSnippet(exampleRequest(api, operation), defaultContext),
    }));
    // The sample really has files and path parameters in its snippets.
    expect(files.filter((file) => file.text.includes('fs.createReadStream(')).length).toBeGreaterThanOrEqual(
      5,
    );
    const declarations = await referenceSdkDeclarations(
      doc,
      sample.map(({ operation }) => {
        const mediaType = mediaTypeOf(operation);
        return { operationId: operation.operationId ?? operation.id, ...(mediaType ? { mediaType } : {}) };
      }),
    );
    // Wrong on purpose: a number for a string body field, a misspelt path parameter.
    const embedding = sample.find(({ operation }) => operation.id === 'createEmbedding')?.operation;
    const withPath = sample.find(({ category }) => category === 'GET with path parameters')?.operation;
    if (!embedding || !withPath)
      throw new Error('the sample lost createEmbedding or its path-parameter GETs');
    const embeddingRequest = exampleRequest(api, embedding);
    const pathRequest = exampleRequest(api, withPath);
    const negatives: [CheckedFile, RegExp][] = [
      [
        {
          name: 'wrong-body-type.ts',
          text: tsSdkSnippet(
            { ...embeddingRequest, args: [{ name: 'body', in: 'body', value: { model: 42, input: 'x' } }] },
            defaultContext,
          ),
        },
        /TS2322.*'number' is not assignable to type 'string'/,
      ],
      [
        {
          name: 'wrong-path-name.ts',
          text: tsSdkSnippet(
            { ...pathRequest, args: pathRequest.args.map((arg) => ({ ...arg, name: `${arg.name}x` })) },
            defaultContext,
          ),
        },
        /TS2353|TS2345|TS2561/,
      ],
    ];
    const results = typeCheckSnippets([...files, ...negatives.map(([file]) => file)], declarations);
    for (const [file, expected] of negatives)
      expect((results.get(file.name) ?? []).join('\n'), `${file.name}\n${file.text}`).toMatch(expected);
    const failures = files.filter((file) => (results.get(file.name) ?? []).length > 0);
    expect(
      failures.map((file) => `${file.name}: ${results.get(file.name)?.join('; ')}\n${file.text}`),
    ).toEqual([]);
  }, 120_000);
});
