import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../request/http-request.ts';
import { fetchSnippet } from './fetch-snippet.ts';
import { apiKeyContext } from './fixtures/api-key-context.ts';
import { audioSpeechesFilteredRequest } from './fixtures/audio-speeches-filtered-request.ts';
import { audioSpeechesRequest } from './fixtures/audio-speeches-request.ts';
import { defaultContext } from './fixtures/default-context.ts';
import { emptyArgsRequest } from './fixtures/empty-args-request.ts';
import { hostileRequest, hostileValue } from './fixtures/hostile-request.ts';
import { jsonBodyRequest } from './fixtures/json-body-request.ts';
import { multipartRequest } from './fixtures/multipart-request.ts';
import { pathParamRequest } from './fixtures/path-param-request.ts';
import { runFetchSnippet } from './fixtures/run-fetch-snippet.ts';
import { urlencodedRequest } from './fixtures/urlencoded-request.ts';

const env = { OPENAI_ADMIN_KEY: 'sk-env' };
const tail = `
});

console.log(response.status, await response.text());`;

describe('fetchSnippet', () => {
  it('audio speeches with bucket_width 1d', async () => {
    const snippet = fetchSnippet(audioSpeechesRequest, defaultContext);
    expect(snippet).toBe(
      `const response = await fetch('https://api.openai.com/v1/organization/usage/audio_speeches?bucket_width=1d', {
  method: 'GET',
  headers: {
    Authorization: \`Bearer \${process.env.OPENAI_ADMIN_KEY}\`,
  },${tail}`,
    );
    expect(await runFetchSnippet(snippet, env)).toEqual({
      url: 'https://api.openai.com/v1/organization/usage/audio_speeches?bucket_width=1d',
      method: 'GET',
      headers: { Authorization: 'Bearer sk-env' },
      body: undefined,
    });
  });

  it('repeated array keys, through the gateway when one is given', async () => {
    const snippet = fetchSnippet(audioSpeechesFilteredRequest, {
      ...defaultContext,
      gatewayUrl: 'http://127.0.0.1:8787',
    });
    expect(snippet).toBe(
      `const response = await fetch('http://127.0.0.1:8787/organization/usage/audio_speeches?start_time=1730419200&bucket_width=1d&project_ids=proj_abc&project_ids=proj_def&group_by=project_id&group_by=model', {
  method: 'GET',
  headers: {
    Authorization: \`Bearer \${process.env.OPENAI_ADMIN_KEY}\`,
  },${tail}`,
    );
  });

  it('an operation without values', () => {
    expect(fetchSnippet(emptyArgsRequest, defaultContext)).toBe(
      `const response = await fetch('https://api.openai.com/v1/organization/projects', {
  method: 'GET',
  headers: {
    Authorization: \`Bearer \${process.env.OPENAI_ADMIN_KEY}\`,
  },${tail}`,
    );
  });

  it('a POST with a JSON body via JSON.stringify, sending the same text the sender sends', async () => {
    const snippet = fetchSnippet(jsonBodyRequest, defaultContext);
    expect(snippet).toBe(
      `const response = await fetch('https://api.openai.com/v1/organization/projects', {
  method: 'POST',
  headers: {
    'OpenAI-Organization': 'org_123',
    'Content-Type': 'application/json',
    Authorization: \`Bearer \${process.env.OPENAI_ADMIN_KEY}\`,
  },
  body: JSON.stringify({
    "name": "Docs team",
    "tags": ["a", "b"],
    "budget": { "limit": 100, "hard": true, "note": null }
  }),${tail}`,
    );
    const call = await runFetchSnippet(snippet, env);
    expect(call.body).toBe(jsonBodyRequest.body?.kind === 'json' ? jsonBodyRequest.body.text : '');
  });

  it('JSON text that JSON.stringify would not reproduce is shown as the exact text', () => {
    const text = '{"big": 12345678901234567890}';
    const request: HttpRequest = {
      ...jsonBodyRequest,
      headers: [],
      body: { kind: 'json', mediaType: 'application/json', value: JSON.parse(text), text },
    };
    expect(fetchSnippet(request, defaultContext)).toContain(`  body: '{"big": 12345678901234567890}',\n`);
  });

  it('a path parameter', () => {
    expect(fetchSnippet(pathParamRequest, defaultContext).split('\n')[0]).toBe(
      "const response = await fetch('https://api.openai.com/v1/organization/projects/proj%2F1%20x', {",
    );
  });

  it('hostile values: escaped, valid TypeScript, delivered intact', async () => {
    const snippet = fetchSnippet(hostileRequest, defaultContext);
    expect(snippet).toBe(
      `const response = await fetch('https://api.openai.com/v1/things/a%27b?q=it%27s%20%22q%22%20%5C%20back%0Aline%20%24%7Bx%7D%20%24%28rm%20-rf%20%2F%29%20%60id%60%20%C3%A9%F0%9F%8E%89%20%3C%2Fscript%3E', {
  method: 'POST',
  headers: {
    'X-Note': 'it\\'s "q" \\\\ back\\nline \${x} $(rm -rf /) \`id\` é🎉 </script>',
    'Content-Type': 'application/json',
    Authorization: \`Bearer \${process.env.OPENAI_ADMIN_KEY}\`,
  },
  body: JSON.stringify({
    "text": "it's \\"q\\" \\\\ back\\nline \${x} $(rm -rf /) \`id\` é🎉 </script>"
  }),${tail}`,
    );
    const call = await runFetchSnippet(snippet, env);
    expect(call.headers['X-Note']).toBe(hostileValue);
    expect(new URL(call.url).searchParams.get('q')).toBe(hostileValue);
    expect(JSON.parse(String(call.body))).toEqual({ text: hostileValue });
  });

  it('apiKey in query (URL-encoded) and cookie, Basic base64-encoded by Node', async () => {
    const request: HttpRequest = { ...audioSpeechesRequest, cookies: [['theme', 'dark']] };
    const snippet = fetchSnippet(request, apiKeyContext);
    expect(snippet).toBe(
      `const response = await fetch(\`https://api.example.com/v2/organization/usage/audio_speeches?bucket_width=1d&api_key=\${encodeURIComponent(process.env.QUERY_KEY ?? '')}\`, {
  method: 'GET',
  headers: {
    Authorization: \`Basic \${Buffer.from(process.env.BASIC ?? '').toString('base64')}\`,
    Cookie: \`theme=dark; sid=\${process.env.SESSION_COOKIE}\`,
  },${tail}`,
    );
    expect(await runFetchSnippet(snippet, { QUERY_KEY: 'a&b', BASIC: 'ü:pw', SESSION_COOKIE: 's1' })).toEqual(
      {
        url: 'https://api.example.com/v2/organization/usage/audio_speeches?bucket_width=1d&api_key=a%26b',
        method: 'GET',
        headers: { Authorization: 'Basic w7w6cHc=', Cookie: 'theme=dark; sid=s1' },
        body: undefined,
      },
    );
  });

  it('multipart via FormData and openAsBlob, without a Content-Type header', async () => {
    const snippet = fetchSnippet(multipartRequest, defaultContext);
    expect(snippet).toBe(
      `import { openAsBlob } from 'node:fs';

const form = new FormData();
form.append('purpose', '@/etc/passwd');
form.append('file', await openAsBlob('my data;v2.jsonl', { type: 'application/jsonl' }), 'my data;v2.jsonl');

const response = await fetch('https://api.openai.com/v1/files', {
  method: 'POST',
  headers: {
    Authorization: \`Bearer \${process.env.OPENAI_ADMIN_KEY}\`,
  },
  body: form,${tail}`,
    );
    expect((await runFetchSnippet(snippet, env)).body).toEqual([
      ['purpose', '@/etc/passwd'],
      ['file', 'file:my data;v2.jsonl:application/jsonl'],
    ]);
  });

  it('urlencoded via URLSearchParams; a revealed credential appears as a plain string', async () => {
    const snippet = fetchSnippet(urlencodedRequest, {
      ...defaultContext,
      reveal: { AdminApiKeyAuth: 'sk-shown' },
    });
    expect(snippet).toBe(
      `const response = await fetch('https://api.openai.com/v1/oauth/token', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    Authorization: 'Bearer sk-shown',
  },
  body: new URLSearchParams([
    ['grant_type', 'client_credentials'],
    ['scope', 'a b&c'],
    ['scope', 'd'],
  ]),${tail}`,
    );
    expect((await runFetchSnippet(snippet, {})).body).toBe(
      'grant_type=client_credentials&scope=a+b%26c&scope=d',
    );
  });

  it('property: arbitrary values compile and arrive exactly as the request holds them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.string(), async (value, text, header) => {
        const request: HttpRequest = {
          ...emptyArgsRequest,
          method: 'PUT',
          query: [['q', value]],
          headers: [['X-H', header]],
          body: { kind: 'text', mediaType: 'text/plain', text },
        };
        const call = await runFetchSnippet(fetchSnippet(request, defaultContext), env);
        expect(call.body).toBe(text);
        expect(call.headers['X-H']).toBe(header);
        expect(new URL(call.url).searchParams.get('q')).toBe(value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
      }),
      { numRuns: 150 },
    );
  });

  it('through a gateway that checks callers: X-Gateway-Token from process.env, and it runs', async () => {
    const snippet = fetchSnippet(audioSpeechesRequest, {
      ...defaultContext,
      gatewayUrl: 'http://127.0.0.1:8787',
      gatewayTokenEnv: 'TRYIT_GATEWAY_TOKEN',
    });
    expect(snippet).toBe(
      `const response = await fetch('http://127.0.0.1:8787/organization/usage/audio_speeches?bucket_width=1d', {
  method: 'GET',
  headers: {
    Authorization: \`Bearer \${process.env.OPENAI_ADMIN_KEY}\`,
    'X-Gateway-Token': \`\${process.env.TRYIT_GATEWAY_TOKEN}\`,
  },${tail}`,
    );
    expect(await runFetchSnippet(snippet, { ...env, TRYIT_GATEWAY_TOKEN: 'caller-token-env' })).toEqual({
      url: 'http://127.0.0.1:8787/organization/usage/audio_speeches?bucket_width=1d',
      method: 'GET',
      headers: { Authorization: 'Bearer sk-env', 'X-Gateway-Token': 'caller-token-env' },
      body: undefined,
    });
  });
});
