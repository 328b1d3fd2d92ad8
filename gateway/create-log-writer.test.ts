import { describe, expect, it } from 'vitest';
import { createLogWriter } from './create-log-writer.ts';

describe('createLogWriter', () => {
  it('writes the lines of one turn in one chunk, in order', async () => {
    const chunks: string[] = [];
    const writer = createLogWriter((chunk) => chunks.push(chunk));
    writer.line('a');
    writer.line('b');
    expect(chunks).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(chunks).toEqual(['a\nb\n']);
  });

  it('flushes on demand', () => {
    const chunks: string[] = [];
    const writer = createLogWriter((chunk) => chunks.push(chunk));
    writer.line('x');
    writer.flush();
    expect(chunks).toEqual(['x\n']);
  });
});
