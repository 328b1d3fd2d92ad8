import { describe, expect, it } from 'vitest';
import { safeHref, safeImageSrc } from './safe-href.ts';

describe('safeHref', () => {
  it.each([
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['\u0001javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['file:///etc/passwd', undefined],
    ['//evil.example/x', undefined],
    ['https://example.com', 'https://example.com'],
    ['http://example.com/a?b=1', 'http://example.com/a?b=1'],
    ['mailto:a@b.c', 'mailto:a@b.c'],
    ['#/operations/x', '#/operations/x'],
    ['/docs', '/docs'],
    ['./guide', './guide'],
  ])('%s → %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe('safeImageSrc', () => {
  it.each([
    ['https://example.com/a.png', 'https://example.com/a.png'],
    ['HTTPS://EXAMPLE.COM/A.PNG', 'HTTPS://EXAMPLE.COM/A.PNG'],
    ['http://example.com/a.png', undefined],
    ['//example.com/a.png', undefined],
    ['/a.png', undefined],
    ['data:image/png;base64,AAAA', undefined],
    ['javascript:alert(1)', undefined],
    ['https:///nohost', undefined],
  ])('%s → %s', (input, expected) => {
    expect(safeImageSrc(input)).toBe(expected);
  });
});
