import fc from 'fast-check';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { HttpRequest, SdkArg } from '../request/http-request.ts';
import { audioSpeechesFilteredRequest } from './fixtures/audio-speeches-filtered-request.ts';
import { audioSpeechesRequest } from './fixtures/audio-speeches-request.ts';
import { defaultContext } from './fixtures/default-context.ts';
import { emptyArgsRequest } from './fixtures/empty-args-request.ts';
import { hostileRequest, hostileValue } from './fixtures/hostile-request.ts';
import { jsonBodyRequest } from './fixtures/json-body-request.ts';
import { pathParamRequest } from './fixtures/path-param-request.ts';
import { tsSdkSnippet } from './ts-sdk-snippet.ts';

/** TypeScript's own parser: the snippet must be syntactically valid TS. */
function syntaxErrors(code: string): string[] {
  const out = ts.transpileModule(code, {
    reportDiagnostics: true,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return (out.diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** The object literal between `(` and the final `);`. */
function argumentText(snippet: string): string {
  const call = snippet.slice(snippet.indexOf('\n\n') + 2);
  return call.slice(call.indexOf('(') + 1, -2);
}

function withArgs(args: SdkArg[], operationId = 'usage-audio-speeches'): HttpRequest {
  return { ...emptyArgsRequest, args, operationId };
}

describe('tsSdkSnippet', () => {
  it('writes the reference design for audio speeches with bucket_width 1d', () => {
    expect(tsSdkSnippet(audioSpeechesRequest, defaultContext)).toBe(
      `import openai from '@utdk/openai';

await openai.usageAudioSpeeches({ "bucket_width": "1d" });`,
    );
  });

  it('keeps args in order and an array inline when its member line fits', () => {
    const request = withArgs(audioSpeechesFilteredRequest.args.slice(0, 3));
    expect(tsSdkSnippet(request, defaultContext)).toBe(
      `import openai from '@utdk/openai';

await openai.usageAudioSpeeches({
  "start_time": 1730419200,
  "bucket_width": "1d",
  "project_ids": ["proj_abc", "proj_def"]
});`,
    );
  });

  it('breaks the object over lines when the one-line call exceeds 80 columns', () => {
    expect(tsSdkSnippet(audioSpeechesFilteredRequest, defaultContext)).toBe(
      `import openai from '@utdk/openai';

await openai.usageAudioSpeeches({
  "start_time": 1730419200,
  "bucket_width": "1d",
  "project_ids": ["proj_abc", "proj_def"],
  "group_by": ["project_id", "model"]
});`,
    );
  });

  it('stays on one line at exactly 80 columns and breaks at 81', () => {
    // `await openai.usageAudioSpeeches({ "k": "` is 41 characters, `" });` is 4.
    const at80 = tsSdkSnippet(withArgs([{ name: 'k', in: 'query', value: 'x'.repeat(35) }]), defaultContext);
    expect(at80.split('\n')[2]).toHaveLength(80);
    const at81 = tsSdkSnippet(withArgs([{ name: 'k', in: 'query', value: 'x'.repeat(36) }]), defaultContext);
    expect(at81.split('\n').slice(2)).toEqual([
      'await openai.usageAudioSpeeches({',
      `  "k": "${'x'.repeat(36)}"`,
      '});',
    ]);
  });

  it('breaks a long array one item per line with 2-space indent, nested objects likewise', () => {
    const ids = Array.from({ length: 8 }, (_, i) => `proj_${i}_abcdefgh`);
    const request = withArgs([
      { name: 'project_ids', in: 'query', value: ids },
      { name: 'empty', in: 'body', value: [] },
      { name: 'nested', in: 'body', value: { a: {}, b: [1, 2] } },
    ]);
    expect(tsSdkSnippet(request, defaultContext)).toBe(
      `import openai from '@utdk/openai';

await openai.usageAudioSpeeches({
  "project_ids": [
    "proj_0_abcdefgh",
    "proj_1_abcdefgh",
    "proj_2_abcdefgh",
    "proj_3_abcdefgh",
    "proj_4_abcdefgh",
    "proj_5_abcdefgh",
    "proj_6_abcdefgh",
    "proj_7_abcdefgh"
  ],
  "empty": [],
  "nested": { "a": {}, "b": [1, 2] }
});`,
    );
  });

  it('omits the argument entirely when there are no args', () => {
    expect(tsSdkSnippet(emptyArgsRequest, defaultContext)).toBe(
      `import openai from '@utdk/openai';

await openai.listProjects();`,
    );
  });

  it('drops undefined values and writes JSON scalars as JSON', () => {
    const request = withArgs([
      { name: 'a', in: 'query', value: undefined },
      { name: 'b', in: 'query', value: false },
      { name: 'c', in: 'body', value: null },
      { name: 'd', in: 'query', value: 1.5 },
    ]);
    expect(tsSdkSnippet(request, defaultContext).split('\n')[2]).toBe(
      'await openai.usageAudioSpeeches({ "b": false, "c": null, "d": 1.5 });',
    );
  });

  it('writes a JSON body and a header arg', () => {
    expect(tsSdkSnippet(jsonBodyRequest, defaultContext)).toBe(
      `import openai from '@utdk/openai';

await openai.createProject({
  "OpenAI-Organization": "org_123",
  "name": "Docs team",
  "tags": ["a", "b"],
  "budget": { "limit": 100, "hard": true, "note": null }
});`,
    );
  });

  it('passes a path parameter by its raw value, not the encoded path', () => {
    expect(tsSdkSnippet(pathParamRequest, defaultContext)).toBe(
      `import openai from '@utdk/openai';

await openai.retrieveProject({ "project_id": "proj/1 x" });`,
    );
  });

  it('escapes hostile strings as JSON and stays valid TypeScript', () => {
    const snippet = tsSdkSnippet(hostileRequest, defaultContext);
    const quoted = JSON.stringify(hostileValue);
    expect(snippet).toBe(
      `import openai from '@utdk/openai';

await openai.thingsUpdate({
  "id": "a'b",
  "q": ${quoted},
  "X-Note": ${quoted},
  "text": ${quoted}
});`,
    );
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${x}` is what this value must carry.
    expect(quoted).toBe('"it\'s \\"q\\" \\\\ back\\nline ${x} $(rm -rf /) `id` é🎉 </script>"');
    expect(syntaxErrors(snippet)).toEqual([]);
    expect(JSON.parse(argumentText(snippet))).toEqual({
      id: "a'b",
      q: hostileValue,
      'X-Note': hostileValue,
      text: hostileValue,
    });
  });

  it('escapes U+2028/2029 so no invisible line break reaches the editor', () => {
    const snippet = tsSdkSnippet(
      withArgs([{ name: 'a', in: 'query', value: 'x\u2028y\u2029' }]),
      defaultContext,
    );
    expect(snippet.split('\n')[2]).toBe('await openai.usageAudioSpeeches({ "a": "x\\u2028y\\u2029" });');
  });

  it('keeps a `__proto__` parameter as a property (computed key), not a prototype', () => {
    const snippet = tsSdkSnippet(withArgs([{ name: '__proto__', in: 'query', value: 'x' }]), defaultContext);
    expect(snippet.split('\n')[2]).toBe('await openai.usageAudioSpeeches({ ["__proto__"]: "x" });');
  });

  it.each([
    ['usage-audio-speeches', 'usageAudioSpeeches'],
    ['list_fine_tuning_jobs', 'listFineTuningJobs'],
    ['files.retrieve.content', 'filesRetrieveContent'],
    ['ListUsers', 'listUsers'],
    ['GET_USERS', 'getUSERS'],
    ['2fa-verify', '_2faVerify'],
    ['delete', 'delete'],
    ['créer-élément', 'créerÉlément'],
    ['get /users/{id}', 'getUsersId'],
    ['---', '_'],
    ['', '_'],
  ])('method name of %j is %s', (operationId, method) => {
    const snippet = tsSdkSnippet(withArgs([], operationId), defaultContext);
    expect(snippet.split('\n')[2]).toBe(`await openai.${method}();`);
    expect(syntaxErrors(snippet)).toEqual([]);
  });

  it('takes package and client from the config (readTryItConfig made the client a legal binding)', () => {
    const ctx = {
      ...defaultContext,
      config: { ...defaultContext.config, sdk: { package: "@acme/it's", client: '_default' } },
    };
    const snippet = tsSdkSnippet(emptyArgsRequest, ctx);
    expect(snippet).toBe(`import _default from '@acme/it\\'s';

await _default.listProjects();`);
    expect(syntaxErrors(snippet)).toEqual([]);
  });

  it('never shows a credential, even when revealed', () => {
    const snippet = tsSdkSnippet(audioSpeechesRequest, {
      ...defaultContext,
      reveal: { AdminApiKeyAuth: 'sk-admin-secret' },
    });
    expect(snippet).not.toContain('sk-admin-secret');
  });

  it('property: the argument literal parses back (JSON) to the args, and the code is valid TS', () => {
    const name = fc.string({ minLength: 1 }).filter((n) => n !== '__proto__');
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.oneof(scalar, fc.array(fc.string(), { maxLength: 12 }));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, value), { selector: ([n]) => n, minLength: 1, maxLength: 6 }),
        fc.string(),
        (pairs, operationId) => {
          const snippet = tsSdkSnippet(
            withArgs(
              pairs.map(([n, v]) => ({ name: n, in: 'query', value: v })),
              operationId,
            ),
            defaultContext,
          );
          expect(JSON.parse(argumentText(snippet))).toEqual(Object.fromEntries(pairs));
          expect(syntaxErrors(snippet)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('tsSdkSnippet with files', () => {
  it('reads each file from disk with a stream, named as chosen', () => {
    const request: HttpRequest = {
      ...audioSpeechesRequest,
      operationId: 'createTranslation',
      args: [
        { name: 'file', in: 'body', value: new File(['abc'], 'talk.mp3', { type: 'audio/mpeg' }) },
        { name: 'model', in: 'body', value: 'whisper-1' },
      ],
    };
    expect(tsSdkSnippet(request, defaultContext)).toBe(
      "import fs from 'node:fs';\nimport openai from '@utdk/openai';\n\n" +
        'await openai.createTranslation({\n  "file": fs.createReadStream(\'talk.mp3\'),\n  "model": "whisper-1"\n});',
    );
  });
});
