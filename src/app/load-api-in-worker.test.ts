import { describe, expect, it } from 'vitest';
import { looksLikeJson } from './load-api-in-worker.ts';

describe('looksLikeJson (whether to preload a YAML parser while a description downloads)', () => {
  it.each([
    ['https://x.example/openapi.json', null, true],
    ['https://x.example/openapi.JSON?v=2', 'text/plain', true],
    ['https://x.example/spec', 'application/json; charset=utf-8', true],
    ['https://x.example/spec', 'application/vnd.oai.openapi+json', true],
    ['https://x.example/openapi.json', 'application/yaml', false],
    ['https://x.example/openapi.yaml', null, false],
    ['https://x.example/openapi', 'text/plain', false],
    ['relative/openapi.json', null, true],
  ])('%s (%s) → %s', (url, type, expected) => {
    expect(looksLikeJson(url, type)).toBe(expected);
  });
});
