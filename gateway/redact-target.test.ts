import { describe, expect, it } from 'vitest';
import { redactTarget } from './redact-target.ts';

describe('redactTarget', () => {
  it('redacts values whose name looks like a secret, keeps the rest', () => {
    expect(
      redactTarget('/a?start_time=1&api_key=sk-1&access_token=t&client_secret=s&password=p&Auth=x&limit=2'),
    ).toBe(
      '/a?start_time=1&api_key=REDACTED&access_token=REDACTED&client_secret=REDACTED&password=REDACTED&Auth=REDACTED&limit=2',
    );
  });

  it('recognises encoded names and bracket forms', () => {
    expect(redactTarget('/a?%61pi_key=sk-1&tokens[]=x')).toBe('/a?%61pi_key=REDACTED&tokens[]=REDACTED');
  });

  it('keeps paths without a query as they are and escapes control characters', () => {
    expect(redactTarget('/organization/costs')).toBe('/organization/costs');
    expect(redactTarget('/a\nb')).toBe('/a\\x0ab');
  });
});
