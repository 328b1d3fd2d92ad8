import { describe, expect, it } from 'vitest';
import { loadMarkdownParser, markdownTree, seedMarkdownTrees } from './markdown-trees.ts';

describe('markdownTree', () => {
  it('serves prebuilt trees without the parser, then parses other text once it has loaded', async () => {
    seedMarkdownTrees(['Built *at* build time.'], [[['p', null, 'prebuilt']]]);
    seedMarkdownTrees(['Stale build'], []);
    expect(markdownTree('Stale build')).toBeUndefined();
    expect(markdownTree('Built *at* build time.')).toEqual([['p', null, 'prebuilt']]);
    expect(markdownTree('Opened *at* run time.')).toBeUndefined();

    await loadMarkdownParser();
    const tree = markdownTree('Opened *at* run time.');
    expect(tree).toEqual([['p', null, 'Opened ', ['em', null, 'at'], ' run time.']]);
    // Cached: the same tree object comes back.
    expect(markdownTree('Opened *at* run time.')).toBe(tree);
  });
});
