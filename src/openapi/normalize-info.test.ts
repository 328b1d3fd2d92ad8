import { describe, expect, it } from 'vitest';
import { normalizeInfo } from './normalize-info.ts';

describe('normalizeInfo', () => {
  it('reads summary, terms, contact, license and the root externalDocs', () => {
    expect(
      normalizeInfo({
        openapi: '3.1.0',
        info: {
          title: 'T',
          version: '1',
          summary: 'Short.',
          termsOfService: 'https://example.com/terms',
          contact: { name: 'API team', url: 'https://example.com/help', email: 'api@example.com', x: 1 },
          license: { name: 'MIT', identifier: 'MIT' },
        },
        externalDocs: { url: 'https://example.com/docs', description: 'Guides' },
      }),
    ).toEqual({
      summary: 'Short.',
      termsOfService: 'https://example.com/terms',
      contact: { name: 'API team', url: 'https://example.com/help', email: 'api@example.com' },
      license: { name: 'MIT', identifier: 'MIT' },
      externalDocs: { url: 'https://example.com/docs', description: 'Guides' },
    });
  });

  it('is undefined when the document says none of it, and skips unusable parts', () => {
    expect(normalizeInfo({ info: { title: 'T', version: '1' } })).toBeUndefined();
    expect(
      normalizeInfo({
        info: { contact: { email: 42 }, license: { url: 'https://x.example' } },
        externalDocs: { description: 'no url' },
      }),
    ).toBeUndefined();
    expect(normalizeInfo(JSON.parse('{"info": {"__proto__": {"summary": "polluted"}}}'))).toBeUndefined();
  });
});
