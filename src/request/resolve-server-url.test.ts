import { describe, expect, it } from 'vitest';
import { resolveServerUrl } from './resolve-server-url.ts';

describe('resolveServerUrl', () => {
  const server = {
    url: 'https://{region}.example.com/{version}/',
    variables: { region: { default: 'us', enum: ['us', 'eu'] }, version: { default: 'v1' } },
  };

  it('substitutes defaults, given values, and drops the trailing slash', () => {
    expect(resolveServerUrl(server)).toBe('https://us.example.com/v1');
    expect(resolveServerUrl(server, { region: 'eu', version: '' })).toBe('https://eu.example.com/v1');
  });

  it('leaves unknown variables visible', () => {
    expect(resolveServerUrl({ url: 'https://{tenant}.example.com', variables: {} })).toBe(
      'https://{tenant}.example.com',
    );
  });
});
