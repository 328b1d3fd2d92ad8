import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../request/http-request.ts';
import { audioSpeechesFilteredRequest } from './fixtures/audio-speeches-filtered-request.ts';
import { audioSpeechesRequest } from './fixtures/audio-speeches-request.ts';
import { emptyArgsRequest } from './fixtures/empty-args-request.ts';
import { hostileRequest } from './fixtures/hostile-request.ts';
import { jsonBodyRequest } from './fixtures/json-body-request.ts';
import { officialSdkContext } from './fixtures/official-sdk-context.ts';
import { officialSdkSnippet } from './official-sdk-snippet.ts';

/** TypeScript's own parser: the snippet must be syntactically valid TS (types: official-sdk-typecheck.test.ts). */
function syntaxErrors(code: string): string[] {
  const out = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('officialSdkSnippet', () => {
  it('calls the SDK method with the form values; the SDK reads its own key variable', () => {
    expect(officialSdkSnippet(audioSpeechesRequest, officialSdkContext)).toBe(
      `import OpenAI from 'openai';

// The client reads the key from OPENAI_ADMIN_KEY by itself.
const client = new OpenAI();

const response = await client.admin.organization.usage.audioSpeeches({
  "bucket_width": "1d"
});

console.log(JSON.stringify(response, null, 2));`,
    );
  });

  it('points the client at the gateway when calling through it', () => {
    const snippet = officialSdkSnippet(audioSpeechesFilteredRequest, {
      ...officialSdkContext,
      gatewayUrl: ' http://127.0.0.1:8787 ',
    });
    expect(snippet).toBe(`import OpenAI from 'openai';

// The client reads the key from OPENAI_ADMIN_KEY by itself.
const client = new OpenAI({ baseURL: 'http://127.0.0.1:8787' });

const response = await client.admin.organization.usage.audioSpeeches({
  "start_time": 1730419200,
  "bucket_width": "1d",
  "project_ids": ["proj_abc", "proj_def"],
  "group_by": ["project_id", "model"]
});

console.log(JSON.stringify(response, null, 2));`);
    expect(syntaxErrors(snippet)).toEqual([]);
  });

  it('through a gateway that checks callers: X-Gateway-Token from the environment, in every request', () => {
    const snippet = officialSdkSnippet(audioSpeechesRequest, {
      ...officialSdkContext,
      gatewayUrl: 'http://127.0.0.1:8787',
      gatewayTokenEnv: 'TRYIT_GATEWAY_TOKEN',
      reveal: { AdminApiKeyAuth: 'sk-admin-secret' },
    });
    expect(snippet).toBe(`import OpenAI from 'openai';

// The client reads the key from OPENAI_ADMIN_KEY by itself.
const client = new OpenAI({
  baseURL: 'http://127.0.0.1:8787',
  defaultHeaders: { 'X-Gateway-Token': process.env.TRYIT_GATEWAY_TOKEN },
});

const response = await client.admin.organization.usage.audioSpeeches({
  "bucket_width": "1d"
});

console.log(JSON.stringify(response, null, 2));`);
    expect(syntaxErrors(snippet)).toEqual([]);
    expect(snippet).not.toContain('sk-admin-secret');
  });

  it('sends the gateway token only to the gateway, and reads an odd variable name safely', () => {
    const direct = officialSdkSnippet(audioSpeechesRequest, {
      ...officialSdkContext,
      gatewayTokenEnv: 'TRYIT_GATEWAY_TOKEN',
    });
    expect(direct).not.toContain('X-Gateway-Token');
    expect(direct).toContain('const client = new OpenAI();');
    const odd = officialSdkSnippet(audioSpeechesRequest, {
      ...officialSdkContext,
      gatewayUrl: 'http://127.0.0.1:8787',
      gatewayTokenEnv: "GW-TOKEN'x",
    });
    expect(odd).toContain(`defaultHeaders: { 'X-Gateway-Token': process.env['GW-TOKEN\\'x'] },`);
    expect(syntaxErrors(odd)).toEqual([]);
  });

  it('never writes a credential, even when the user revealed it', () => {
    const snippet = officialSdkSnippet(audioSpeechesRequest, {
      ...officialSdkContext,
      reveal: { AdminApiKeyAuth: 'sk-admin-secret' },
    });
    expect(snippet).not.toContain('sk-admin-secret');
  });

  it('passes header parameters as request options and body fields in the params', () => {
    const snippet = officialSdkSnippet(jsonBodyRequest, {
      ...officialSdkContext,
      sdkMethod: 'admin.organization.projects.create',
    });
    expect(snippet.split('\n\n')[2]).toBe(
      `const response = await client.admin.organization.projects.create({
  "name": "Docs team",
  "tags": ["a", "b"],
  "budget": { "limit": 100, "hard": true, "note": null }
}, { headers: { "OpenAI-Organization": "org_123" } });`,
    );
    expect(syntaxErrors(snippet)).toEqual([]);
  });

  it('spreads a whole JSON object body into the params, as the SDK takes it', () => {
    const request: HttpRequest = {
      ...emptyArgsRequest,
      args: [
        { name: 'project_id', in: 'path', value: 'proj_1' },
        { name: 'body', in: 'body', value: { name: 'x', archived: false } },
      ],
    };
    const snippet = officialSdkSnippet(request, { ...officialSdkContext, sdkMethod: 'projects.update' });
    expect(snippet).toContain(`await client.projects.update({
  "project_id": "proj_1",
  "name": "x",
  "archived": false
});`);
  });

  it('writes files as read streams and imports fs', () => {
    const request: HttpRequest = {
      ...emptyArgsRequest,
      args: [
        { name: 'purpose', in: 'body', value: 'batch' },
        { name: 'file', in: 'body', value: new File(['{}'], 'data.jsonl') },
      ],
    };
    const snippet = officialSdkSnippet(request, { ...officialSdkContext, sdkMethod: 'files.create' });
    expect(snippet.split('\n')[0]).toBe("import fs from 'node:fs';");
    expect(snippet).toContain(`await client.files.create({
  "purpose": "batch",
  "file": fs.createReadStream('data.jsonl')
});`);
    expect(syntaxErrors(snippet)).toEqual([]);
  });

  it('calls with no argument when nothing is set, and says so when no method is mapped', () => {
    expect(officialSdkSnippet(emptyArgsRequest, officialSdkContext)).toContain(
      'const response = await client.admin.organization.usage.audioSpeeches();',
    );
    const { sdkMethod: _, ...unmapped } = officialSdkContext;
    expect(officialSdkSnippet(emptyArgsRequest, unmapped)).toBe(
      '// This API names no SDK method for list-projects.',
    );
  });

  it('keeps hostile values inside string literals: valid TS, nothing else runs', () => {
    const snippet = officialSdkSnippet(hostileRequest, officialSdkContext);
    expect(syntaxErrors(snippet)).toEqual([]);
    const source = ts.createSourceFile('s.ts', snippet, ts.ScriptTarget.ES2022);
    // import, const client, const response, console.log: four statements whatever the values hold.
    expect(source.statements).toHaveLength(4);
  });
});
