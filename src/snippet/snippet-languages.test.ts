import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Operation } from '../openapi/model.ts';
import type { HttpRequest } from '../request/http-request.ts';
import { encodeBase64 } from '../transport/encode-base64.ts';
import { apiKeyContext } from './fixtures/api-key-context.ts';
import { audioSpeechesRequest } from './fixtures/audio-speeches-request.ts';
import { defaultContext } from './fixtures/default-context.ts';
import { hostileRequest } from './fixtures/hostile-request.ts';
import { jsonBodyRequest } from './fixtures/json-body-request.ts';
import { multipartRequest } from './fixtures/multipart-request.ts';
import { officialSdkContext } from './fixtures/official-sdk-context.ts';
import { urlencodedRequest } from './fixtures/urlencoded-request.ts';
import { officialSdkSnippet } from './official-sdk-snippet.ts';
import { type SnippetBuilder, snippetLanguages, snippetTabsFor } from './snippet-languages.ts';

const fixtures: HttpRequest[] = [
  audioSpeechesRequest,
  jsonBodyRequest,
  hostileRequest,
  multipartRequest,
  urlencodedRequest,
];

const builders: { id: string; build: SnippetBuilder }[] = [];
beforeAll(async () => {
  for (const language of snippetLanguages) builders.push({ id: language.id, build: await language.load() });
  // Never reveals: the SDK reads its own environment variable.
  builders.push({
    id: 'official-sdk',
    build: (request, ctx) =>
      officialSdkSnippet(request, { ...ctx, config: officialSdkContext.config, sdkMethod: 'x.y' }),
  });
});

const operation = {
  id: 'usage-costs',
  operationId: 'usage-costs',
  method: 'get',
  path: '/organization/costs',
  navTitle: 'Costs',
  tags: [],
  deprecated: false,
  parameters: [],
  responses: [],
  security: [],
  servers: [],
  rules: [],
} satisfies Operation;

describe('snippetLanguages', () => {
  it('lists the tabs in order with their Prism grammars', () => {
    expect(snippetLanguages.map(({ id, label, prism }) => [id, label, prism])).toEqual([
      ['typescript', 'TypeScript', 'typescript'],
      ['fetch', 'fetch', 'typescript'],
      ['curl', 'cURL', 'bash'],
      ['python', 'Python', 'python'],
    ]);
  });

  it('puts the official SDK tab beside the reference SDK tab, only for operations it has a method for', async () => {
    const config = officialSdkContext.config;
    const mapped = { ...operation, sdkMethod: 'admin.organization.usage.costs' };
    const tabs = snippetTabsFor(config, mapped);
    expect(tabs.map(({ id, label, prism, calls }) => [id, label, prism, calls])).toEqual([
      ['typescript', 'TypeScript', 'typescript', 'none'],
      ['official-sdk', 'OpenAI SDK', 'typescript', 'gateway'],
      ['fetch', 'fetch', 'typescript', 'server'],
      ['curl', 'cURL', 'bash', 'server'],
      ['python', 'Python', 'python', 'server'],
    ]);
    const build = await tabs[1]?.load();
    expect(build?.(audioSpeechesRequest, { ...officialSdkContext, sdkMethod: mapped.sdkMethod })).toContain(
      'await client.admin.organization.usage.costs(',
    );
    expect(snippetTabsFor(config, operation).map(({ id }) => id)).not.toContain('official-sdk');
    expect(snippetTabsFor(defaultContext.config, mapped).map(({ id }) => id)).not.toContain('official-sdk');
  });

  it('adds the description’s own samples last, as fixed text highlighted by their lang', async () => {
    const tabs = snippetTabsFor(defaultContext.config, {
      ...operation,
      codeSamples: [
        { lang: 'JavaScript', label: 'Node', source: 'await pets.list();' },
        { lang: 'curl', label: 'curl', source: 'curl https://x' },
        { lang: 'py', label: 'py', source: 'pets.list()' },
        { lang: 'Go', label: 'Go', source: '<script>alert(1)</script>' },
      ],
    });
    expect(
      tabs.slice(4).map(({ id, label, prism, calls, source }) => [id, label, prism, calls, source]),
    ).toEqual([
      ['sample-1', 'Node', 'typescript', 'none', 'await pets.list();'],
      ['sample-2', 'curl', 'bash', 'none', 'curl https://x'],
      ['sample-3', 'py', 'python', 'none', 'pets.list()'],
      ['sample-4', 'Go', 'plain', 'none', '<script>alert(1)</script>'],
    ]);
    // The same text whatever the request: a sample is never generated from the form.
    const build = await tabs[4]?.load();
    expect(build?.(audioSpeechesRequest, defaultContext)).toBe('await pets.list();');
  });

  it('property: no snippet shows a typed credential unless revealed, and each shows it when revealed', () => {
    fc.assert(
      fc.property(
        fc
          .string({ minLength: 8 })
          .filter((s) => /^[\w-]+$/.test(s))
          .map((s) => `sk-${s}`),
        fc.constantFrom(...fixtures),
        fc.constantFrom(defaultContext, apiKeyContext),
        (secret, request, ctx) => {
          for (const language of builders) {
            expect(language.build(request, ctx)).not.toContain(secret);
          }
          const reveal = Object.fromEntries(ctx.security.map(({ name }) => [name, secret]));
          // HTTP Basic shows the header value, i.e. the base64 of what was typed.
          const shown = ctx.security.map(({ scheme }) =>
            scheme.type === 'http' && scheme.scheme === 'basic' ? encodeBase64(secret) : secret,
          );
          for (const language of builders.filter(({ id }) => id !== 'typescript' && id !== 'official-sdk')) {
            const snippet = language.build(request, { ...ctx, reveal });
            for (const form of shown) expect(snippet).toContain(form);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
