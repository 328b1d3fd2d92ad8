import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HttpRequest } from '../request/http-request.ts';
import { encodeBase64 } from '../transport/encode-base64.ts';
import { apiKeyContext } from './fixtures/api-key-context.ts';
import { audioSpeechesRequest } from './fixtures/audio-speeches-request.ts';
import { defaultContext } from './fixtures/default-context.ts';
import { hostileRequest } from './fixtures/hostile-request.ts';
import { jsonBodyRequest } from './fixtures/json-body-request.ts';
import { multipartRequest } from './fixtures/multipart-request.ts';
import { urlencodedRequest } from './fixtures/urlencoded-request.ts';
import { type SnippetBuilder, snippetLanguages } from './snippet-languages.ts';

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
});

describe('snippetLanguages', () => {
  it('lists the tabs in order with their Prism grammars', () => {
    expect(snippetLanguages.map(({ id, label, prism }) => [id, label, prism])).toEqual([
      ['typescript', 'TypeScript', 'typescript'],
      ['fetch', 'fetch', 'typescript'],
      ['curl', 'cURL', 'bash'],
      ['python', 'Python', 'python'],
    ]);
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
          for (const language of builders.filter(({ id }) => id !== 'typescript')) {
            const snippet = language.build(request, { ...ctx, reveal });
            for (const form of shown) expect(snippet).toContain(form);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});
