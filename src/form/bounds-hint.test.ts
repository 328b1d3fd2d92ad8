import { describe, expect, it } from 'vitest';
import { boundsHint } from './bounds-hint.ts';

describe('boundsHint', () => {
  it('words numbers, lengths, items, defaults and the rule that set them, the same for every control', () => {
    expect(boundsHint({ minimum: 1, maximum: 168, default: 24, condition: 'when bucket_width is 1h' })).toBe(
      '1 to 168, default 24 when bucket_width is 1h',
    );
    expect(boundsHint({ exclusiveMinimum: 0 })).toBe('more than 0');
    expect(boundsHint({ minimum: 0, exclusiveMaximum: 1 })).toBe('at least 0, less than 1');
    expect(boundsHint({ maxLength: 4 })).toBe('at most 4 characters');
    expect(boundsHint({ minItems: 1 })).toBe('at least 1 item');
    expect(boundsHint({ minItems: 2, maxItems: 3 })).toBe('2 to 3 items');
    expect(boundsHint({ multipleOf: 5, default: { a: 1 } })).toBe('multiple of 5');
    expect(boundsHint({})).toBeUndefined();
  });
});
