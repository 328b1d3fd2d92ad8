import { describe, expect, it } from 'vitest';
import { completeEmbedOptions, OBSERVED_ATTRIBUTES, parseEmbedAttributes } from './parse-embed-attributes.ts';

const from = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe('parseEmbedAttributes', () => {
  it('reads every attribute of <try-it-operation>, trimmed and case-insensitive where they are choices', () => {
    const parsed = parseEmbedAttributes(
      'operation',
      from({
        'spec-url': ' specs/usage.json ',
        'operation-id': 'usage-costs',
        'gateway-url': 'http://127.0.0.1:8787',
        theme: 'DARK',
        view: 'try-it',
      }),
    );
    expect(parsed).toEqual({
      options: {
        kind: 'operation',
        specUrl: 'specs/usage.json',
        operationId: 'usage-costs',
        gatewayUrl: 'http://127.0.0.1:8787',
        theme: 'dark',
        view: 'try-it',
        router: 'memory',
      },
      problems: [],
    });
  });

  it('falls back to the defaults with a note for a value it does not know, and says a missing operation-id', () => {
    const parsed = parseEmbedAttributes('operation', from({ theme: 'purple', view: '' }));
    expect(parsed.options).toEqual({ kind: 'operation', theme: 'auto', view: 'reference', router: 'memory' });
    expect(parsed.problems).toEqual([
      'theme="purple" is not one of auto, light, dark: using auto.',
      'operation-id is missing: say which operation to show.',
    ]);
  });

  it('routes <try-it-reference> in memory unless router="hash", and ignores attributes it does not observe', () => {
    expect(parseEmbedAttributes('reference', from({})).options.router).toBe('memory');
    expect(parseEmbedAttributes('reference', from({ router: 'hash' })).options.router).toBe('hash');
    const parsed = parseEmbedAttributes('reference', from({ 'operation-id': 'x', view: 'try-it' }));
    expect(parsed.options).toEqual({ kind: 'reference', theme: 'auto', view: 'reference', router: 'memory' });
    expect(parsed.problems).toEqual([]);
    expect(OBSERVED_ATTRIBUTES.reference).toContain('router');
    expect(OBSERVED_ATTRIBUTES.operation).not.toContain('router');
  });
});

describe('completeEmbedOptions', () => {
  it('gives TryIt.mount’s partial options the same defaults and checks as the attributes', () => {
    expect(completeEmbedOptions('operation', { operationId: 'a', theme: 'light' })).toEqual({
      options: { kind: 'operation', operationId: 'a', theme: 'light', view: 'reference', router: 'memory' },
      problems: [],
    });
    expect(completeEmbedOptions('operation', { kind: 'reference', router: 'hash' }).options.router).toBe(
      'hash',
    );
  });
});
