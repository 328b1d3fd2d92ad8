import { describe, expect, it } from 'vitest';
import { loadSchemaChecker } from './load-schema-checker.ts';
import { dialectOf } from './schema-checker.ts';

describe('dialectOf', () => {
  it('reads 3.1.x as 3.1 and everything else (3.0.x, converted Swagger 2.0) as 3.0', () => {
    expect(dialectOf('3.1.0')).toBe('3.1');
    expect(dialectOf(' 3.1.1')).toBe('3.1');
    expect(dialectOf('3.0.3')).toBe('3.0');
    expect(dialectOf('3.0')).toBe('3.0');
    expect(dialectOf('2.0')).toBe('3.0');
  });
});

describe('loadSchemaChecker', () => {
  it('loads one checker and hands the same one out again', async () => {
    const first = await loadSchemaChecker();
    expect(await loadSchemaChecker()).toBe(first);
    expect(first.check({ type: 'integer' }, 'x', { dialect: '3.1', direction: 'request' })).toEqual([
      expect.objectContaining({ pointer: '', keyword: 'type' }),
    ]);
  });
});
