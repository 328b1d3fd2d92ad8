import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ApiLoadError } from './api-load-error.ts';
import { parseApiText } from './parse-api-text.ts';

async function parseFailure(text: string, sourceName?: string): Promise<ApiLoadError> {
  const error = await parseApiText(text, sourceName).catch((caught: unknown) => caught);
  if (!(error instanceof ApiLoadError)) throw new Error(`expected an ApiLoadError, got ${String(error)}`);
  return error;
}

describe('parseApiText', () => {
  it('parses JSON', async () => {
    await expect(parseApiText(' {"openapi": "3.1.0", "paths": {}}')).resolves.toEqual({
      openapi: '3.1.0',
      paths: {},
    });
  });

  it('parses YAML with YAML 1.2 scalars (no `yes` → true surprises)', async () => {
    await expect(parseApiText('openapi: 3.0.3\nanswer: yes\ncount: 3\n')).resolves.toEqual({
      openapi: '3.0.3',
      answer: 'yes',
      count: 3,
    });
  });

  it('accepts YAML flow mappings that are not JSON', async () => {
    await expect(parseApiText('{openapi: 3.1.0}')).resolves.toEqual({ openapi: '3.1.0' });
  });

  it('strips a byte-order mark', async () => {
    await expect(parseApiText('\uFEFF{"a": 1}')).resolves.toEqual({ a: 1 });
  });

  it('reports a YAML syntax error with its line and column and the source name', async () => {
    const error = await parseFailure(
      readFileSync(new URL('./fixtures/yaml-syntax-error.yaml', import.meta.url), 'utf8'),
      'broken.yaml',
    );
    expect(error.stage).toBe('parse');
    expect(error.line).toBe(6);
    expect(error.sourceName).toBe('broken.yaml');
    expect(error.message).toMatch(/^broken\.yaml: YAML syntax error at line 6, column \d+: /);
    expect(error.message).not.toContain('\n');
  });

  it('reports a JSON syntax error with its line and column', async () => {
    const error = await parseFailure('{\n  "openapi": "3.1.0",\n  "paths": {,}\n}', 'api.json');
    expect(error.stage).toBe('parse');
    expect(error.message).toMatch(/^api\.json: JSON syntax error at line 3, column 13: /);
    expect([error.line, error.column]).toEqual([3, 13]);
  });

  it('rejects empty text', async () => {
    expect((await parseFailure('  \n')).message).toBe('The document is empty.');
  });

  it('does not apply YAML merge keys', async () => {
    const doc = await parseApiText('base: &b {a: 1}\nderived:\n  <<: *b\n  c: 2\n');
    expect(doc).toEqual({ base: { a: 1 }, derived: { '<<': { a: 1 }, c: 2 } });
  });

  it('stops a "billion laughs" alias bomb', async () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const error = await parseFailure(lines.join('\n'));
    expect(error.stage).toBe('parse');
  });

  it('reads YAML with and without anchors alike (fast parser, careful parser)', async () => {
    const plain = 'openapi: 3.1.0\npaths:\n  /a:\n    get: {summary: "x: y"}\n';
    const anchored = 'openapi: 3.1.0\nx: &s {summary: "x: y"}\npaths:\n  /a:\n    get: *s\n';
    const expected = { openapi: '3.1.0', paths: { '/a': { get: { summary: 'x: y' } } } };
    await expect(parseApiText(plain)).resolves.toEqual(expected);
    await expect(parseApiText(anchored)).resolves.toEqual({ ...expected, x: { summary: 'x: y' } });
  });

  it('reports a YAML document nested too deeply for the parser as a parse error', async () => {
    const error = await parseFailure(`a: ${'['.repeat(50_000)}${']'.repeat(50_000)}`);
    expect(error.stage).toBe('parse');
    expect(error.message).toBe('The YAML document is too deeply nested.');
  });

  it('keeps a `__proto__` key from polluting any prototype', async () => {
    const doc = await parseApiText('__proto__:\n  polluted: yes\nopenapi: 3.1.0\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
  });

  it('parses the full OpenAI description, including its whitespace-only `|+` block scalar', async () => {
    const text = readFileSync(new URL('../../specs/openai-openapi.yaml', import.meta.url), 'utf8');
    const doc = (await parseApiText(text, 'openai-openapi.yaml')) as {
      openapi: string;
      components: { schemas: Record<string, { oneOf?: { example?: unknown }[] }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.schemas.StopConfiguration?.oneOf?.[0]?.example).toBe('\n');
  });
});
