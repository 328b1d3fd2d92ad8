import { describe, expect, it } from 'vitest';
import { normalizeApi } from './normalize-api.ts';
import { readScopedExplore, selectExploreSettings } from './read-explore-settings.ts';

const doc = {
  'x-tryit': {
    paging: [
      { operations: '*', from: 'link', items: 'items' },
      { operations: ['listFiles'], param: 'after', cursor: '/last_id', hasMore: '/has_more' },
      { operations: ['broken'], from: 'body' },
    ],
    views: [
      {
        operations: ['costs'],
        rows: '/data',
        nested: 'results',
        chart: { x: 'start_time', measures: ['amount.value'], series: ['line_item'], extra: 1 },
      },
      { operations: ['noChart'], chart: false },
    ],
  },
};

describe('exploring settings from x-tryit', () => {
  const scoped = readScopedExplore(doc);

  it('reads paging and views, dropping malformed entries', () => {
    expect(scoped).toHaveLength(4);
  });

  it('the last entry naming an operation wins over "*"; its own extension wins over both', () => {
    expect(selectExploreSettings(scoped, ['listFiles'], undefined, undefined)).toEqual({
      paging: { from: 'body', param: 'after', cursor: '/last_id', hasMore: '/has_more' },
    });
    expect(selectExploreSettings(scoped, ['other'], undefined, undefined)).toEqual({
      paging: { from: 'link', items: '/items' },
    });
    expect(selectExploreSettings(scoped, ['costs'], { param: 'p', cursor: 'next' }, undefined)).toEqual({
      paging: { from: 'body', param: 'p', cursor: '/next' },
      view: {
        rows: '/data',
        nested: 'results',
        chart: { x: 'start_time', measures: ['amount.value'], series: ['line_item'] },
      },
    });
    expect(selectExploreSettings(scoped, ['noChart'], undefined, undefined)?.view).toEqual({ chart: false });
  });

  it('nothing set: nothing in the model', () => {
    expect(selectExploreSettings([], ['x'], undefined, { rows: 5 })).toBeUndefined();
    const api = normalizeApi({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: {
        '/a': { get: { operationId: 'a', 'x-tryit-view': { rows: '/items' } } },
        '/b': { get: { operationId: 'b' } },
      },
    });
    expect(api.operations.map((op) => op.explore)).toEqual([{ view: { rows: '/items' } }, undefined]);
  });
});
