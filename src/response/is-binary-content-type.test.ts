import { describe, expect, it } from 'vitest';
import { inlinePreviewKind, isBinaryContentType } from './is-binary-content-type.ts';

describe('isBinaryContentType', () => {
  it.each([
    ['audio/mpeg', true],
    ['image/png', true],
    ['application/octet-stream', true],
    ['application/pdf', true],
    ['Image/PNG; foo=bar', true],
    ['image/svg+xml', false],
    ['application/json', false],
    ['text/plain; charset=utf-8', false],
    ['application/x-ndjson', false],
    ['text/event-stream', false],
    ['', false],
  ])('%s → %s', (type, expected) => {
    expect(isBinaryContentType(type)).toBe(expected);
  });
});

describe('inlinePreviewKind', () => {
  it('shows raster images and audio, never SVG or unknown bytes', () => {
    expect(inlinePreviewKind('image/png')).toBe('image');
    expect(inlinePreviewKind('audio/mpeg')).toBe('audio');
    expect(inlinePreviewKind('image/svg+xml')).toBeUndefined();
    expect(inlinePreviewKind('application/octet-stream')).toBeUndefined();
  });
});
