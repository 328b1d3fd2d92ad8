import { describe, expect, it } from 'vitest';
import { createTargetRedactor, redactTarget } from './redact-target.ts';

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

describe('createTargetRedactor', () => {
  it("also redacts the description's apiKey-in-query names, whatever they look like", () => {
    const redact = createTargetRedactor(['code', 'sig.v2']);
    expect(redact('/a?code=abc123&limit=2&sig.v2=zz&sigXv2=keep&co%64e=enc')).toBe(
      '/a?code=REDACTED&limit=2&sig.v2=REDACTED&sigXv2=keep&co%64e=REDACTED',
    );
    expect(redact('/a?codex=1')).toBe('/a?codex=1');
  });
});
