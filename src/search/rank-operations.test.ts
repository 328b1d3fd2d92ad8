import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { operation } from '../form/fixtures/operation.ts';
import { normalizeApi } from '../openapi/normalize-api.ts';
import { rankOperations } from './rank-operations.ts';
import { buildSearchIndex } from './search-index.ts';

const usage = normalizeApi(
  parse(readFileSync(new URL('../../specs/openai-usage.yaml', import.meta.url), 'utf8')),
);
const index = buildSearchIndex(usage.operations);
const ids = (query: string, limit?: number) =>
  rankOperations(index, query, limit).hits.map((hit) => hit.entry.id);

describe('rankOperations on the usage API', () => {
  it('puts title prefixes first, in document order', () => {
    expect(ids('audio')).toEqual(['usage-audio-speeches', 'usage-audio-transcriptions']);
  });

  it('finds an operation by its exact operationId above everything else', () => {
    expect(ids('usage-costs')[0]).toBe('usage-costs');
    expect(rankOperations(index, 'usage-costs').hits[0]?.score).toBe(100);
  });

  it('finds operations by a path fragment', () => {
    expect(ids('/usage/emb')).toEqual(['usage-embeddings']);
    expect(ids('vector_stores')).toEqual(['usage-vector-stores']);
  });

  it('requires every term (method, words, path) to match', () => {
    expect(ids('get emb')).toEqual(['usage-embeddings']);
    expect(ids('audio costs')).toEqual([]);
    expect(ids('post audio')).toEqual([]);
  });

  it('ignores case and surrounding whitespace, and matches nothing for an empty query', () => {
    expect(ids('  AUDIO  Speeches ')).toEqual(['usage-audio-speeches']);
    expect(rankOperations(index, '   ')).toEqual({ hits: [], total: 0 });
  });

  it('keeps document order among equal scores', () => {
    // Every operationId starts with `usage-`: all score the same.
    expect(ids('usage')).toEqual(usage.operations.map((op) => op.id));
  });

  it('counts all matches but returns at most the limit', () => {
    const result = rankOperations(index, 'get', 3);
    expect(result.hits).toHaveLength(3);
    expect(result.total).toBe(11);
  });

  it('says where to highlight the terms in the title and the path', () => {
    const hit = rankOperations(index, 'speech audio').hits[0];
    expect(hit?.entry.title).toBe('Audio speeches');
    expect(hit?.marks.title).toEqual([
      [0, 5],
      [6, 12],
    ]);
    expect(hit?.entry.path).toBe('/organization/usage/audio_speeches');
    expect(hit?.marks.path).toEqual([
      [20, 25],
      [26, 32],
    ]);
  });
});

describe('rankOperations scoring', () => {
  const ops = [
    operation({ id: 'a', navTitle: 'Update peach', path: '/fruit/{peachId}' }),
    operation({ id: 'b', navTitle: 'Impeachment', path: '/politics' }),
    operation({ id: 'c', navTitle: 'List fruit', path: '/fruit/peach' }),
    operation({
      id: 'd',
      navTitle: 'Other',
      path: '/x',
      summary: 'Anything about a peach',
      tags: ['Peaches'],
    }),
  ];
  const small = buildSearchIndex(ops);

  it('ranks a whole path segment and a word start above a substring, and summary and tags last', () => {
    expect(rankOperations(small, 'peach').hits.map((hit) => [hit.entry.id, hit.score])).toEqual([
      ['a', 60],
      ['c', 55],
      ['b', 40],
      ['d', 40],
    ]);
  });

  it('leaves highlighting out where lower-casing changes a text’s length', () => {
    const turkish = buildSearchIndex([
      operation({ id: 't', navTitle: 'İstanbul offices', path: '/offices' }),
    ]);
    const hit = rankOperations(turkish, 'offices').hits[0];
    expect(hit?.entry.id).toBe('t');
    expect(hit?.marks.title).toEqual([]);
    expect(hit?.marks.path).toEqual([[1, 8]]);
  });
});
