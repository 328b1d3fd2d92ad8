import { describe, expect, it } from 'vitest';
import { downloadFileName } from './download-file-name.ts';

const fallback = { contentType: 'application/json', fallbackBase: 'usage-audio-speeches' };

describe('downloadFileName', () => {
  it('names a body after the operation and its content type when no header names it', () => {
    expect(downloadFileName(fallback)).toBe('usage-audio-speeches.json');
    expect(downloadFileName({ ...fallback, contentType: 'audio/mpeg' })).toBe('usage-audio-speeches.mp3');
    expect(downloadFileName({ ...fallback, contentType: 'text/plain; charset=utf-8' })).toBe(
      'usage-audio-speeches.txt',
    );
    expect(downloadFileName({ ...fallback, contentType: 'application/problem+json' })).toBe(
      'usage-audio-speeches.json',
    );
    expect(downloadFileName({ ...fallback, contentType: '' })).toBe('usage-audio-speeches.bin');
  });

  it('takes the file name from Content-Disposition, preferring filename* (RFC 5987)', () => {
    expect(downloadFileName({ ...fallback, contentDisposition: 'attachment; filename="costs.csv"' })).toBe(
      'costs.csv',
    );
    expect(
      downloadFileName({
        ...fallback,
        contentDisposition: `attachment; filename="rates.csv"; filename*=UTF-8''%E2%82%AC%20rates.csv`,
      }),
    ).toBe('€ rates.csv');
    expect(downloadFileName({ ...fallback, contentDisposition: 'inline; filename=report.pdf' })).toBe(
      'report.pdf',
    );
  });

  it('never lets a header name a path, a hidden file, a reserved name or control characters', () => {
    const named = (value: string) => downloadFileName({ ...fallback, contentDisposition: value });
    expect(named('attachment; filename="../../etc/passwd"')).not.toMatch(/[/\\]|^\./);
    expect(named('attachment; filename="C:\\\\Windows\\\\evil.exe"')).not.toMatch(/[/\\:]/);
    expect(named('attachment; filename=".bashrc"')).toBe('bashrc');
    expect(named('attachment; filename="CON"')).not.toBe('CON');
    expect(named(`attachment; filename*=UTF-8''a%0D%0Ab%00c.txt`)).toBe('a b_c.txt');
    expect(named(`attachment; filename="${'x'.repeat(300)}.json"`).length).toBeLessThanOrEqual(100);
  });

  it('falls back when the header names nothing usable or cannot be read', () => {
    const named = (value: string) => downloadFileName({ ...fallback, contentDisposition: value });
    for (const header of [
      'attachment',
      'inline',
      'attachment; filename=""',
      'attachment; filename="..."',
      ';;;=',
    ]) {
      expect(named(header)).toBe('usage-audio-speeches.json');
    }
    expect(named('attachment; filename="/"')).toBe('usage-audio-speeches.json');
  });

  it('sanitizes the fallback base too', () => {
    expect(downloadFileName({ contentType: 'text/csv', fallbackBase: 'a/b:c' })).toBe('a_b_c.csv');
    expect(downloadFileName({ contentType: 'text/csv', fallbackBase: '' })).toBe('response.csv');
  });
});
