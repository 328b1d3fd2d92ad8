/**
 * The official-SDK snippet of every mapped operation, filled three ways, type-checked by tsc against the
 * installed `openai` package (pinned in devDependencies): a wrong method path, parameter name or type
 * fails. The negative cases prove the check can fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFormModel } from '../form/build-form-model.ts';
import { buildRequest } from '../request/build-request.ts';
import type { HttpRequest } from '../request/http-request.ts';
import { loadDefaultApi } from './fixtures/load-default-api.ts';
import { type CheckedFile, typeCheckSnippets } from './fixtures/type-check-snippets.ts';
import { usageFormCases } from './fixtures/usage-form-cases.ts';
import { officialSdkSnippet } from './official-sdk-snippet.ts';
import { GATEWAY_TOKEN_ENV, type SnippetContext } from './snippet-context.ts';

const api = loadDefaultApi();
const mapped = api.operations.filter((operation) => operation.sdkMethod !== undefined);
const GATEWAY = 'http://127.0.0.1:8787';

function contextFor(sdkMethod: string, gatewayUrl?: string, gatewayTokenEnv?: string): SnippetContext {
  return {
    config: api.config,
    security: [{ name: 'AdminApiKeyAuth', scheme: { type: 'http', scheme: 'bearer' } }],
    baseUrl: 'https://api.openai.com/v1',
    sdkMethod,
    ...(gatewayUrl ? { gatewayUrl } : {}),
    ...(gatewayTokenEnv ? { gatewayTokenEnv } : {}),
  };
}

const positives: CheckedFile[] = [];
const requests = new Map<string, HttpRequest>();
for (const operation of mapped) {
  const model = buildFormModel(operation);
  for (const [index, formCase] of usageFormCases(model).entries()) {
    const request = buildRequest(operation, model, formCase.values, api.config);
    const name = `${operation.id}-${formCase.name.replace(' ', '-')}.ts`;
    requests.set(name, request);
    // Through the gateway, direct, and through a gateway that checks callers (defaultHeaders with the token
    // from the environment): every constructor shape gets checked.
    const ctx = contextFor(
      operation.sdkMethod ?? '',
      index === 1 ? undefined : GATEWAY,
      index === 2 ? GATEWAY_TOKEN_ENV : undefined,
    );
    positives.push({ name, text: officialSdkSnippet(request, ctx) });
  }
}

const speeches = requests.get('usage-audio-speeches-typical.ts');
if (!speeches) throw new Error('usage-audio-speeches is not mapped');
const withArg = (name: string, value: unknown): HttpRequest => ({
  ...speeches,
  args: [...speeches.args.filter((arg) => arg.name !== name), { name, in: 'query', value }],
});
const negatives: { file: CheckedFile; expected: RegExp }[] = [
  {
    // The constructor option the gateway token goes in is type-checked too: a misspelt one is caught.
    file: {
      name: 'wrong-headers-option.ts',
      text: officialSdkSnippet(
        speeches,
        contextFor('admin.organization.usage.audioSpeeches', GATEWAY, GATEWAY_TOKEN_ENV),
      ).replace('defaultHeaders:', 'defaultHeader:'),
    },
    expected: /TS2561.*'defaultHeader' does not exist|TS2353.*'defaultHeader' does not exist/,
  },
  {
    file: {
      name: 'wrong-method.ts',
      text: officialSdkSnippet(speeches, contextFor('admin.organization.usage.audioSpeech')),
    },
    expected: /TS2551.*'audioSpeech' does not exist/,
  },
  {
    file: { name: 'wrong-resource.ts', text: officialSdkSnippet(speeches, contextFor('admin.usage.costs')) },
    expected: /TS2339.*'usage' does not exist/,
  },
  {
    file: {
      name: 'wrong-name.ts',
      text: officialSdkSnippet(
        withArg('bucket_widht', '1d'),
        contextFor('admin.organization.usage.audioSpeeches'),
      ),
    },
    expected: /TS2353.*'"bucket_widht"' does not exist in type 'UsageAudioSpeechesParams'/,
  },
  {
    file: {
      name: 'wrong-type.ts',
      text: officialSdkSnippet(withArg('limit', '3'), contextFor('admin.organization.usage.audioSpeeches')),
    },
    expected: /TS2322.*'string' is not assignable to type 'number'/,
  },
  {
    file: {
      name: 'wrong-enum.ts',
      text: officialSdkSnippet(
        withArg('bucket_width', '1w'),
        contextFor('admin.organization.usage.audioSpeeches'),
      ),
    },
    expected: /TS2322.*'"1w"' is not assignable/,
  },
  {
    file: {
      name: 'wrong-array.ts',
      text: officialSdkSnippet(
        withArg('project_ids', 'proj_a'),
        contextFor('admin.organization.usage.audioSpeeches'),
      ),
    },
    expected: /TS2322.*'string' is not assignable to type 'string\[\]'/,
  },
  {
    file: {
      name: 'missing-required.ts',
      text: officialSdkSnippet(
        { ...speeches, args: speeches.args.filter((arg) => arg.name !== 'start_time') },
        contextFor('admin.organization.usage.audioSpeeches'),
      ),
    },
    expected: /TS2345.*'start_time' is missing/,
  },
];

describe('official SDK snippets type-check against the installed openai package', () => {
  let results = new Map<string, string[]>();
  // One tsc program for all 40 files: the openai declarations load once.
  beforeAll(() => {
    results = typeCheckSnippets([...positives, ...negatives.map(({ file }) => file)]);
  }, 60_000);

  it('maps all 11 usage and costs operations, 3 fillings each', () => {
    expect(mapped).toHaveLength(11);
    expect(positives).toHaveLength(33);
    expect(positives.filter((file) => file.text.includes("'X-Gateway-Token': process.env."))).toHaveLength(
      11,
    );
  });

  it.each(positives.map((file) => [file.name, file] as const))('%s has no type error', (_name, file) => {
    expect(results.get(file.name), file.text).toEqual([]);
  });

  it.each(negatives.map(({ file, expected }) => [file.name, file, expected] as const))(
    '%s is caught',
    (_name, file, expected) => {
      const errors = results.get(file.name) ?? [];
      expect(errors.join('\n'), file.text).toMatch(expected);
    },
  );

  it('the edge fillings reach arrays, every enum value and non-ASCII text', () => {
    const edge = positives.find((file) => file.name === 'usage-completions-edge.ts')?.text ?? '';
    expect(edge).toContain('"group_by": [');
    expect(edge).toContain('"batch": false');
    expect(edge).toContain('ünïcode');
    const only = positives.find((file) => file.name === 'usage-costs-required-only.ts')?.text ?? '';
    expect(only).toContain('await client.admin.organization.usage.costs({\n  "start_time": 1730419200\n});');
  });
});
