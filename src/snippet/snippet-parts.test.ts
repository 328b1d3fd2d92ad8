import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../request/http-request.ts';
import { apiKeyContext } from './fixtures/api-key-context.ts';
import { audioSpeechesRequest } from './fixtures/audio-speeches-request.ts';
import { defaultContext } from './fixtures/default-context.ts';
import { emptyArgsRequest } from './fixtures/empty-args-request.ts';
import { jsonBodyRequest } from './fixtures/json-body-request.ts';
import { snippetParts } from './snippet-parts.ts';

describe('snippetParts', () => {
  it('appends a query credential with & after a fixed query in the path template', () => {
    const request: HttpRequest = { ...emptyArgsRequest, path: '/responses?beta=true', query: [] };
    const { url } = snippetParts(request, apiKeyContext);
    expect(url[0]).toBe('https://api.example.com/v2/responses?beta=true&api_key=');
  });

  it('writes a JSON body as a literal when it is sent compact or in the body editor’s two-space layout', () => {
    const value = jsonBodyRequest.body?.kind === 'json' ? jsonBodyRequest.body.value : undefined;
    const pretty: HttpRequest = {
      ...jsonBodyRequest,
      body: { kind: 'json', mediaType: 'application/json', value, text: JSON.stringify(value, null, 2) },
    };
    expect(snippetParts(jsonBodyRequest, apiKeyContext).jsonLiteral).toEqual(value);
    expect(snippetParts(pretty, apiKeyContext).jsonLiteral).toEqual(value);
  });

  it('keeps the exact text when a literal would not reproduce it (big numbers, hand-typed spacing)', () => {
    const big: HttpRequest = {
      ...jsonBodyRequest,
      body: {
        kind: 'json',
        mediaType: 'application/json',
        value: { id: Number('12345678901234567890') },
        text: '{"id": 12345678901234567890}',
      },
    };
    expect(snippetParts(big, apiKeyContext).jsonLiteral).toBeUndefined();
  });

  describe('gateway access token (gatewayTokenEnv)', () => {
    const throughGateway = {
      ...defaultContext,
      gatewayUrl: 'http://127.0.0.1:8787',
      gatewayTokenEnv: 'TRYIT_GATEWAY_TOKEN',
    };

    it('adds X-Gateway-Token read from the environment when calling the gateway', () => {
      expect(snippetParts(audioSpeechesRequest, throughGateway).headers).toContainEqual([
        'X-Gateway-Token',
        [{ env: 'TRYIT_GATEWAY_TOKEN', prefix: '', encoding: 'raw' }],
      ]);
    });

    it('never for the API itself: without a gateway URL the token has no business in the request', () => {
      const { gatewayUrl: _none, ...direct } = throughGateway;
      const names = snippetParts(audioSpeechesRequest, direct).headers.map(([name]) => name);
      expect(names).not.toContain('X-Gateway-Token');
    });

    it('stays an environment read even when the user reveals the API key', () => {
      const parts = snippetParts(audioSpeechesRequest, {
        ...throughGateway,
        reveal: { AdminApiKeyAuth: 'sk-shown' },
      });
      expect(parts.headers).toContainEqual(['Authorization', ['Bearer sk-shown']]);
      expect(parts.headers).toContainEqual([
        'X-Gateway-Token',
        [{ env: 'TRYIT_GATEWAY_TOKEN', prefix: '', encoding: 'raw' }],
      ]);
    });
  });
});
