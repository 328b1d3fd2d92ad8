import { describe, expect, it } from 'vitest';
import { collectMarkdownSources } from './collect-markdown-sources.ts';

describe('collectMarkdownSources', () => {
  it('finds every description and summary at any depth, once each', () => {
    const model = {
      title: 'not Markdown',
      description: 'The *API*.',
      tags: [{ name: 'Usage', description: 'Usage **data**.' }],
      operations: [
        {
          summary: 'List things',
          description: 'The *API*.',
          parameters: [{ name: 'a', description: 'A `param`.', schema: { description: 'Deep.' } }],
          responses: [{ status: '200', description: '' }],
        },
      ],
    };
    expect(collectMarkdownSources(model)).toEqual([
      'The *API*.',
      'Usage **data**.',
      'List things',
      'A `param`.',
      'Deep.',
    ]);
  });

  it('visits a shared object once and ignores non-string descriptions', () => {
    const shared = { description: 'Shared.' };
    expect(collectMarkdownSources({ a: shared, b: shared, c: { description: 3 } })).toEqual(['Shared.']);
  });
});
