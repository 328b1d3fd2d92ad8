import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../request/http-request.ts';
import { curlSnippet } from './curl-snippet.ts';
import { apiKeyContext } from './fixtures/api-key-context.ts';
import { audioSpeechesFilteredRequest } from './fixtures/audio-speeches-filtered-request.ts';
import { audioSpeechesRequest } from './fixtures/audio-speeches-request.ts';
import { defaultContext } from './fixtures/default-context.ts';
import { emptyArgsRequest } from './fixtures/empty-args-request.ts';
import { hostileRequest, hostileValue } from './fixtures/hostile-request.ts';
import { jsonBodyRequest } from './fixtures/json-body-request.ts';
import { multipartRequest } from './fixtures/multipart-request.ts';
import { parseShellWords } from './fixtures/parse-shell-words.ts';
import { pathParamRequest } from './fixtures/path-param-request.ts';
import { runWithFakeCurl } from './fixtures/run-with-fake-curl.ts';
import { urlencodedRequest } from './fixtures/urlencoded-request.ts';

const env = { OPENAI_ADMIN_KEY: 'sk-env' };

describe('curlSnippet', () => {
  it('audio speeches with bucket_width 1d', () => {
    expect(curlSnippet(audioSpeechesRequest, defaultContext)).toBe(
      `curl -X GET 'https://api.openai.com/v1/organization/usage/audio_speeches?bucket_width=1d' \\
  -H "Authorization: Bearer $OPENAI_ADMIN_KEY"`,
    );
  });

  it('repeats array keys in the URL', () => {
    expect(curlSnippet(audioSpeechesFilteredRequest, defaultContext)).toBe(
      `curl -X GET 'https://api.openai.com/v1/organization/usage/audio_speeches?start_time=1730419200&bucket_width=1d&project_ids=proj_abc&project_ids=proj_def&group_by=project_id&group_by=model' \\
  -H "Authorization: Bearer $OPENAI_ADMIN_KEY"`,
    );
  });

  it('an operation without values', () => {
    expect(curlSnippet(emptyArgsRequest, defaultContext)).toBe(
      `curl -X GET 'https://api.openai.com/v1/organization/projects' \\
  -H "Authorization: Bearer $OPENAI_ADMIN_KEY"`,
    );
  });

  it('a POST with a header parameter and the exact JSON text that is sent', () => {
    expect(curlSnippet(jsonBodyRequest, defaultContext)).toBe(
      `curl -X POST 'https://api.openai.com/v1/organization/projects' \\
  -H 'OpenAI-Organization: org_123' \\
  -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $OPENAI_ADMIN_KEY" \\
  --data-raw '{"name":"Docs team","tags":["a","b"],"budget":{"limit":100,"hard":true,"note":null}}'`,
    );
  });

  it('a path parameter (encoded) through a gateway on an IPv6 host (globbing off)', () => {
    expect(curlSnippet(pathParamRequest, { ...defaultContext, gatewayUrl: 'http://[::1]:8787/' })).toBe(
      `curl -X GET -g 'http://[::1]:8787/organization/projects/proj%2F1%20x' \\
  -H "Authorization: Bearer $OPENAI_ADMIN_KEY"`,
    );
  });

  it('hostile values: single-quoted, never expanded', () => {
    expect(curlSnippet(hostileRequest, defaultContext)).toBe(
      `curl -X POST 'https://api.openai.com/v1/things/a%27b?q=it%27s%20%22q%22%20%5C%20back%0Aline%20%24%7Bx%7D%20%24%28rm%20-rf%20%2F%29%20%60id%60%20%C3%A9%F0%9F%8E%89%20%3C%2Fscript%3E' \\
  -H 'X-Note: it'\\''s "q" \\ back
line \${x} $(rm -rf /) \`id\` é🎉 </script>' \\
  -H 'Content-Type: application/json' \\
  -H "Authorization: Bearer $OPENAI_ADMIN_KEY" \\
  --data-raw '{"text":"it'\\''s \\"q\\" \\\\ back\\nline \${x} $(rm -rf /) \`id\` é🎉 </script>"}'`,
    );
  });

  it.each([
    ['dash', 'dash'],
    ['bash', 'bash'],
  ])('hostile values reach curl intact in a real %s (nothing runs)', (_name, shell) => {
    const argv = runWithFakeCurl(shell, curlSnippet(hostileRequest, defaultContext), env);
    expect(argv).toEqual([
      '-X',
      'POST',
      expect.stringMatching(/^https:\/\/api\.openai\.com\/v1\/things\/a%27b\?q=/),
      '-H',
      `X-Note: ${hostileValue}`,
      '-H',
      'Content-Type: application/json',
      '-H',
      'Authorization: Bearer sk-env',
      '--data-raw',
      hostileRequest.body?.kind === 'json' ? hostileRequest.body.text : '',
    ]);
  });

  it('apiKey in query and cookie, HTTP Basic via -u, env names derived when the configured one is unsafe', () => {
    const request: HttpRequest = { ...audioSpeechesRequest, cookies: [['theme', 'dark']] };
    const snippet = curlSnippet(request, apiKeyContext);
    expect(snippet).toBe(
      `curl -X GET 'https://api.example.com/v2/organization/usage/audio_speeches?bucket_width=1d&api_key='"$QUERY_KEY" \\
  -u "$BASIC" \\
  -b "theme=dark; sid=$SESSION_COOKIE"`,
    );
    expect(runWithFakeCurl('dash', snippet, { QUERY_KEY: 'q1', BASIC: 'u:p', SESSION_COOKIE: 's1' })).toEqual(
      [
        '-X',
        'GET',
        'https://api.example.com/v2/organization/usage/audio_speeches?bucket_width=1d&api_key=q1',
        '-u',
        'u:p',
        '-b',
        'theme=dark; sid=s1',
      ],
    );
  });

  it('glues single-quoted text to the env var when the text is not plain', () => {
    const request: HttpRequest = { ...emptyArgsRequest, cookies: [["it's", '$x!']] };
    const ctx = {
      ...defaultContext,
      security: [{ name: 'S', scheme: { type: 'apiKey', in: 'cookie', name: 'sid' } as const }],
    };
    const snippet = curlSnippet(request, ctx);
    expect(snippet.split('\n')[1]).toBe(`  -b 'it'\\''s=$x!; sid='"$S"`);
    expect(parseShellWords(snippet, { S: 'v' }).at(-1)).toBe("it's=$x!; sid=v");
  });

  it('multipart: text via --form-string (no @file reading), file names quoted for curl', () => {
    expect(curlSnippet(multipartRequest, defaultContext)).toBe(
      `curl -X POST 'https://api.openai.com/v1/files' \\
  -H "Authorization: Bearer $OPENAI_ADMIN_KEY" \\
  --form-string 'purpose=@/etc/passwd' \\
  -F 'file=@"my data;v2.jsonl";type=application/jsonl'`,
    );
  });

  it('urlencoded body encoded like the sender; a revealed credential is single-quoted and trimmed', () => {
    expect(
      curlSnippet(urlencodedRequest, { ...defaultContext, reveal: { AdminApiKeyAuth: " sk-it's " } }),
    ).toBe(
      `curl -X POST 'https://api.openai.com/v1/oauth/token' \\
  -H 'Content-Type: application/x-www-form-urlencoded' \\
  -H 'Authorization: Bearer sk-it'\\''s' \\
  --data-raw 'grant_type=client_credentials&scope=a+b%26c&scope=d'`,
    );
  });

  it('HEAD uses -I', () => {
    expect(curlSnippet({ ...emptyArgsRequest, method: 'HEAD' }, defaultContext).split(' \\')[0]).toBe(
      "curl -I 'https://api.openai.com/v1/organization/projects'",
    );
  });

  it('property: any values come back intact as curl arguments, and nothing else is expanded', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.string(),
        // A credential cookie named like a request cookie replaces it (tested in applyCredentials).
        fc.string().filter((key) => key !== 'c'),
        (name, value, body, cookie, keyName) => {
          const request: HttpRequest = {
            ...emptyArgsRequest,
            method: 'POST',
            query: [[name, value]],
            headers: [[`X-${name}`, value]],
            cookies: [['c', cookie]],
            body: { kind: 'text', mediaType: 'text/plain', text: body },
          };
          const ctx = {
            ...defaultContext,
            security: [
              ...defaultContext.security,
              { name: 'K', scheme: { type: 'apiKey', in: 'cookie', name: keyName } as const },
            ],
          };
          const argv = parseShellWords(curlSnippet(request, ctx), { OPENAI_ADMIN_KEY: 'k1', K: 'k2' });
          expect(argv.slice(0, 3)).toEqual(['curl', '-X', 'POST']);
          // curl globbing is switched off exactly when the URL holds brackets or braces.
          const globoff = argv[3] === '-g';
          const url = argv[globoff ? 4 : 3] ?? '';
          expect(globoff).toBe(/[[\]{}]/.test(url));
          expect(new URL(url).searchParams.get(name)).toBe(value.replace(/[\uD800-\uDFFF]/gu, '\uFFFD'));
          expect(argv.slice(globoff ? 5 : 4)).toEqual([
            '-H',
            `X-${name}: ${value}`,
            '-H',
            'Authorization: Bearer k1',
            '-b',
            `c=${cookie}; ${keyName}=k2`,
            '--data-raw',
            body,
          ]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('through a gateway that checks callers: X-Gateway-Token from $TRYIT_GATEWAY_TOKEN, and it runs', () => {
    const snippet = curlSnippet(audioSpeechesRequest, {
      ...defaultContext,
      gatewayUrl: 'http://127.0.0.1:8787',
      gatewayTokenEnv: 'TRYIT_GATEWAY_TOKEN',
    });
    expect(snippet).toBe(
      `curl -X GET 'http://127.0.0.1:8787/organization/usage/audio_speeches?bucket_width=1d' \\
  -H "Authorization: Bearer $OPENAI_ADMIN_KEY" \\
  -H "X-Gateway-Token: $TRYIT_GATEWAY_TOKEN"`,
    );
    expect(runWithFakeCurl('bash', snippet, { ...env, TRYIT_GATEWAY_TOKEN: 'caller-token-env' })).toEqual([
      '-X',
      'GET',
      'http://127.0.0.1:8787/organization/usage/audio_speeches?bucket_width=1d',
      '-H',
      'Authorization: Bearer sk-env',
      '-H',
      'X-Gateway-Token: caller-token-env',
    ]);
  });
});
