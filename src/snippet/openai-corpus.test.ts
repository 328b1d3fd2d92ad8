import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFormModel } from '../form/build-form-model.ts';
import { fillExampleValues } from '../form/fill-example-values.ts';
import type { ApiModel } from '../openapi/model.ts';
import { normalizeApi } from '../openapi/normalize-api.ts';
import { parseApiText } from '../openapi/parse-api-text.ts';
import { buildRequest } from '../request/build-request.ts';
import type { NamedScheme } from '../transport/named-scheme.ts';
import { credentialEnvName } from './credential-env-name.ts';
import { officialSdkContext } from './fixtures/official-sdk-context.ts';
import { parseShellWords } from './fixtures/parse-shell-words.ts';
import { officialSdkSnippet } from './official-sdk-snippet.ts';
import type { SnippetContext } from './snippet-context.ts';
import { snippetLanguages } from './snippet-languages.ts';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);

function tsErrors(code: string): string[] {
  const out = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('snippets for every operation of the full OpenAI document', () => {
  let api: ApiModel;
  const snippets: { id: string; language: string; code: string; env: Record<string, string> }[] = [];

  beforeAll(async () => {
    const text = readFileSync(new URL('../../specs/openai-openapi.yaml', import.meta.url), 'utf8');
    api = normalizeApi(await parseApiText(text, 'openai-openapi.yaml'));
    for (const operation of api.operations) {
      const model = buildFormModel(operation);
      const request = buildRequest(operation, model, fillExampleValues(model, { now: NOW }), api.config);
      const security: NamedScheme[] = (operation.security[0] ?? []).flatMap((name) => {
        const scheme = api.securitySchemes[name];
        return scheme ? [{ name, scheme }] : [];
      });
      const ctx: SnippetContext = { config: api.config, security, baseUrl: api.servers[0]?.url ?? '' };
      const env = Object.fromEntries(security.map(({ name }) => [credentialEnvName(api.config, name), 'k']));
      for (const language of snippetLanguages) {
        const build = await language.load();
        snippets.push({ id: operation.id, language: language.id, code: build(request, ctx), env });
      }
      // As if the API named an official SDK with a method for every operation (bodies, files, headers).
      const sdkCtx = { ...ctx, config: officialSdkContext.config, sdkMethod: 'api.call' };
      snippets.push({
        id: operation.id,
        language: 'official-sdk',
        code: officialSdkSnippet(request, sdkCtx),
        env,
      });
    }
  }, 60_000);

  it('builds all five snippets for all 288 operations', () => {
    expect(snippets).toHaveLength(288 * 5);
  });

  it('TypeScript snippets (both SDKs and fetch) are valid TypeScript', () => {
    const failures = snippets
      .filter(({ language }) => ['typescript', 'official-sdk', 'fetch'].includes(language))
      .flatMap(({ id, language, code }) => tsErrors(code).map((error) => `${id} ${language}: ${error}`));
    expect(failures).toEqual([]);
  }, 60_000);

  it('cURL snippets are one plain command: nothing but the env vars is expanded', () => {
    const failures: string[] = [];
    for (const { id, language, code, env } of snippets) {
      if (language !== 'curl') continue;
      try {
        expect(parseShellWords(code, env)[0]).toBe('curl');
      } catch (error) {
        failures.push(`${id}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('Python snippets parse (python3 ast)', () => {
    const python = snippets.filter(({ language }) => language === 'python').map(({ code }) => code);
    const check = 'import ast, json, sys\nfor code in json.load(sys.stdin):\n    ast.parse(code)\n';
    const run = spawnSync('python3', ['-c', check], { input: JSON.stringify(python), encoding: 'utf8' });
    if (run.error) throw new Error(`python3 is needed to check the Python snippets: ${run.error.message}`);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
