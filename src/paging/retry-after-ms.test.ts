import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retry-after-ms.ts';

const NOW = Date.UTC(2024, 10, 1, 12, 0, 0);

describe('retryAfterMs', () => {
  it('reads seconds, an HTTP date, and OpenAI retry-after-ms first', () => {
    expect(retryAfterMs([['Retry-After', '2']], NOW)).toBe(2000);
    expect(retryAfterMs([['retry-after', 'Fri, 01 Nov 2024 12:00:05 GMT']], NOW)).toBe(5000);
    expect(retryAfterMs([['retry-after', 'Fri, 01 Nov 2024 11:00:00 GMT']], NOW)).toBe(0);
    expect(
      retryAfterMs(
        [
          ['retry-after', '2'],
          ['retry-after-ms', '350.5'],
        ],
        NOW,
      ),
    ).toBe(351);
  });

  it('is undefined when absent or unreadable', () => {
    expect(retryAfterMs([], NOW)).toBeUndefined();
    expect(retryAfterMs([['retry-after', 'soon']], NOW)).toBeUndefined();
    expect(retryAfterMs([['retry-after', '-1']], NOW)).toBeUndefined();
  });
});
