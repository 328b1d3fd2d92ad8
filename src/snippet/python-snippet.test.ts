import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../request/http-request.ts';
import { apiKeyContext } from './fixtures/api-key-context.ts';
import { audioSpeechesFilteredRequest } from './fixtures/audio-speeches-filtered-request.ts';
import { audioSpeechesRequest } from './fixtures/audio-speeches-request.ts';
import { defaultContext } from './fixtures/default-context.ts';
import { emptyArgsRequest } from './fixtures/empty-args-request.ts';
import { hostileRequest, hostileValue } from './fixtures/hostile-request.ts';
import { jsonBodyRequest } from './fixtures/json-body-request.ts';
import { multipartRequest } from './fixtures/multipart-request.ts';
import { pathParamRequest } from './fixtures/path-param-request.ts';
import { runPythonSnippet } from './fixtures/run-python-snippet.ts';
import { urlencodedRequest } from './fixtures/urlencoded-request.ts';
import { pythonSnippet } from './python-snippet.ts';
import { pythonStringLiteral } from './python-string-literal.ts';

const env = { OPENAI_ADMIN_KEY: 'sk-env' };
const head = 'import os\n\nimport requests\n\n';
const tail = ')\nprint(response.status_code, response.text)';
const auth = '"Authorization": "Bearer " + os.environ["OPENAI_ADMIN_KEY"]';

describe('pythonSnippet', () => {
  it('audio speeches with bucket_width 1d', () => {
    const snippet = pythonSnippet(audioSpeechesRequest, defaultContext);
    expect(snippet).toBe(
      `${head}response = requests.get(
    "https://api.openai.com/v1/organization/usage/audio_speeches",
    params=[("bucket_width", "1d")],
    headers={${auth}},
${tail}`,
    );
    const call = runPythonSnippet(snippet, env);
    expect(call).toEqual([
      'GET',
      'https://api.openai.com/v1/organization/usage/audio_speeches',
      { params: [['bucket_width', '1d']], headers: { Authorization: 'Bearer sk-env' } },
    ]);
  });

  it('repeated keys as a list of tuples, one per line when long', () => {
    expect(pythonSnippet(audioSpeechesFilteredRequest, defaultContext)).toBe(
      `${head}response = requests.get(
    "https://api.openai.com/v1/organization/usage/audio_speeches",
    params=[
        ("start_time", "1730419200"),
        ("bucket_width", "1d"),
        ("project_ids", "proj_abc"),
        ("project_ids", "proj_def"),
        ("group_by", "project_id"),
        ("group_by", "model"),
    ],
    headers={${auth}},
${tail}`,
    );
  });

  it('an operation without values', () => {
    expect(pythonSnippet(emptyArgsRequest, defaultContext)).toBe(
      `${head}response = requests.get(
    "https://api.openai.com/v1/organization/projects",
    headers={${auth}},
${tail}`,
    );
  });

  it('a POST with a JSON body as a Python dict (True/None), Black-style', () => {
    expect(pythonSnippet(jsonBodyRequest, defaultContext)).toBe(
      `${head}response = requests.post(
    "https://api.openai.com/v1/organization/projects",
    headers={
        "OpenAI-Organization": "org_123",
        "Content-Type": "application/json",
        ${auth},
    },
    json={
        "name": "Docs team",
        "tags": ["a", "b"],
        "budget": {"limit": 100, "hard": True, "note": None},
    },
${tail}`,
    );
  });

  it('a path parameter', () => {
    expect(pythonSnippet(pathParamRequest, defaultContext)).toContain(
      '    "https://api.openai.com/v1/organization/projects/proj%2F1%20x",\n',
    );
  });

  it('hostile values: escaped for Python, delivered intact', () => {
    const quoted = pythonStringLiteral(hostileValue);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal `${x}` is what this value must carry.
    expect(quoted).toBe('"it\'s \\"q\\" \\\\ back\\nline ${x} $(rm -rf /) `id` é🎉 </script>"');
    const snippet = pythonSnippet(hostileRequest, defaultContext);
    expect(snippet).toBe(
      `${head}response = requests.post(
    "https://api.openai.com/v1/things/a%27b",
    params=[("q", ${quoted})],
    headers={
        "X-Note": ${quoted},
        "Content-Type": "application/json",
        ${auth},
    },
    json={"text": ${quoted}},
${tail}`,
    );
    const call = runPythonSnippet(snippet, env);
    expect(call).toEqual([
      'POST',
      'https://api.openai.com/v1/things/a%27b',
      {
        params: [['q', hostileValue]],
        headers: {
          'X-Note': hostileValue,
          'Content-Type': 'application/json',
          Authorization: 'Bearer sk-env',
        },
        json: { text: hostileValue },
      },
    ]);
  });

  it('apiKey query/cookie and Basic: os.environ, base64 imported only when needed', () => {
    const request: HttpRequest = { ...audioSpeechesRequest, cookies: [['theme', 'dark']] };
    const snippet = pythonSnippet(request, apiKeyContext);
    expect(snippet).toBe(
      `import base64
import os

import requests

response = requests.get(
    "https://api.example.com/v2/organization/usage/audio_speeches",
    params=[("bucket_width", "1d"), ("api_key", os.environ["QUERY_KEY"])],
    headers={
        "Authorization": "Basic " + base64.b64encode(os.environ["BASIC"].encode()).decode(),
    },
    cookies={"theme": "dark", "sid": os.environ["SESSION_COOKIE"]},
${tail}`,
    );
    const call = runPythonSnippet(snippet, { QUERY_KEY: 'q1', BASIC: 'ü:pw', SESSION_COOKIE: 's1' });
    expect(call).toEqual([
      'GET',
      'https://api.example.com/v2/organization/usage/audio_speeches',
      {
        params: [
          ['bucket_width', '1d'],
          ['api_key', 'q1'],
        ],
        headers: { Authorization: 'Basic w7w6cHc=' },
        cookies: { theme: 'dark', sid: 's1' },
      },
    ]);
  });

  it('multipart: every part in files=, in order, text as (None, value) (requests sets the boundary)', () => {
    expect(pythonSnippet(multipartRequest, defaultContext)).toBe(
      `${head}response = requests.post(
    "https://api.openai.com/v1/files",
    headers={${auth}},
    files=[
        ("purpose", (None, "@/etc/passwd")),
        ("file", ("my data;v2.jsonl", open("my data;v2.jsonl", "rb"), "application/jsonl")),
    ],
${tail}`,
    );
  });

  it('urlencoded fields as tuples; revealed credential as a plain string, no os import', () => {
    expect(
      pythonSnippet(urlencodedRequest, { ...defaultContext, reveal: { AdminApiKeyAuth: 'sk-shown' } }),
    ).toBe(
      `import requests

response = requests.post(
    "https://api.openai.com/v1/oauth/token",
    headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Authorization": "Bearer sk-shown",
    },
    data=[("grant_type", "client_credentials"), ("scope", "a b&c"), ("scope", "d")],
${tail}`,
    );
  });

  it('methods without a requests shortcut use requests.request', () => {
    expect(pythonSnippet({ ...emptyArgsRequest, method: 'PROPFIND' }, defaultContext)).toContain(
      'response = requests.request("PROPFIND", \n',
    );
  });

  it('property: arbitrary strings round-trip through Python', () => {
    // One Python process for many values: a list literal of them, compared after json round trip.
    const values = fc.sample(fc.string({ unit: 'binary' }), 300);
    const request: HttpRequest = {
      ...emptyArgsRequest,
      method: 'POST',
      headers: [],
      body: { kind: 'json', mediaType: 'application/json', value: values, text: JSON.stringify(values) },
    };
    const call = runPythonSnippet(pythonSnippet(request, defaultContext), env) as [
      string,
      string,
      { json: string[] },
    ];
    // JSON (Python's json.dumps) cannot carry lone surrogates losslessly either way: compare well-formed text.
    const wellFormed = (s: string) => s.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
    expect(call[2].json.map(wellFormed)).toEqual(values.map(wellFormed));
  });

  it('through a gateway that checks callers: X-Gateway-Token from os.environ, and it runs', () => {
    const snippet = pythonSnippet(audioSpeechesRequest, {
      ...defaultContext,
      gatewayUrl: 'http://127.0.0.1:8787',
      gatewayTokenEnv: 'TRYIT_GATEWAY_TOKEN',
    });
    expect(snippet).toBe(
      `${head}response = requests.get(
    "http://127.0.0.1:8787/organization/usage/audio_speeches",
    params=[("bucket_width", "1d")],
    headers={
        ${auth},
        "X-Gateway-Token": os.environ["TRYIT_GATEWAY_TOKEN"],
    },
${tail}`,
    );
    const call = runPythonSnippet(snippet, { ...env, TRYIT_GATEWAY_TOKEN: 'caller-token-env' });
    expect(call).toEqual([
      'GET',
      'http://127.0.0.1:8787/organization/usage/audio_speeches',
      {
        params: [['bucket_width', '1d']],
        headers: { Authorization: 'Bearer sk-env', 'X-Gateway-Token': 'caller-token-env' },
      },
    ]);
  });
});
