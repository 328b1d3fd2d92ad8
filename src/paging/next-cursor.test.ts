import { describe, expect, it } from 'vitest';
import {
  configuredOperation,
  linkOperation,
  listOperation,
  plainOperation,
  usageOperation,
} from './fixtures/paging-operations.ts';
import { nextCursor, pageItems } from './next-cursor.ts';

const page = (body: unknown, headers: [string, string][] = []) => ({ headers, body });

describe('nextCursor', () => {
  it('OpenAI usage: has_more + next_page → page', () => {
    expect(nextCursor(usageOperation, page({ has_more: true, next_page: 'page_abc' }))).toEqual([
      ['page', 'page_abc'],
    ]);
    expect(nextCursor(usageOperation, page({ has_more: false, next_page: 'page_abc' }))).toBeUndefined();
    expect(nextCursor(usageOperation, page({ has_more: true, next_page: null }))).toBeUndefined();
    expect(nextCursor(usageOperation, page({ has_more: true, next_page: '' }))).toBeUndefined();
    // Only a real `true` says there is more: a string "true" is not the documented boolean.
    expect(nextCursor(usageOperation, page({ has_more: 'true', next_page: 'x' }))).toBeUndefined();
    expect(nextCursor(usageOperation, page([]))).toBeUndefined();
    expect(nextCursor(usageOperation, page(null))).toBeUndefined();
  });

  it('OpenAI lists: has_more + last_id → after', () => {
    expect(nextCursor(listOperation, page({ has_more: true, last_id: 'file_9', data: [] }))).toEqual([
      ['after', 'file_9'],
    ]);
    expect(nextCursor(listOperation, page({ has_more: false, last_id: 'file_9' }))).toBeUndefined();
  });

  it('a cursor in the body needs a parameter to put it in', () => {
    expect(
      nextCursor(plainOperation, page({ has_more: true, next_page: 'p2', last_id: 'x' })),
    ).toBeUndefined();
    expect(nextCursor(usageOperation, page('not an object'))).toBeUndefined();
    expect(nextCursor(usageOperation, page(undefined))).toBeUndefined();
  });

  it('RFC 8288 Link rel="next": its query, whatever else the header lists', () => {
    const link =
      '<https://api.example.com/items?page=1&per_page=10>; rel="prev first", ' +
      '<https://api.example.com/items?page=3&per_page=10>; rel="next", ' +
      '<https://api.example.com/items?page=9>; rel=last';
    expect(nextCursor(linkOperation, page([], [['Link', link]]))).toEqual([
      ['page', '3'],
      ['per_page', '10'],
    ]);
    // Guessed too, before body cursors, when the description sets nothing.
    expect(
      nextCursor(
        usageOperation,
        page({ has_more: true, next_page: 'b' }, [['link', '</x?page=c>; rel=next']]),
      ),
    ).toEqual([['page', 'c']]);
    expect(
      nextCursor(linkOperation, page([], [['link', '<https://x.test/items?page=9>; rel="last"']])),
    ).toBeUndefined();
    // A Link setting ignores body cursors.
    expect(nextCursor(linkOperation, page({ has_more: true, next_page: 'p' }))).toBeUndefined();
  });

  it('a commas-and-semicolons URL in a Link is read whole', () => {
    const link = '<https://x.test/items?filter=a,b;c&page=2>; title="a, b"; rel="next"';
    expect(nextCursor(linkOperation, page([], [['link', link]]))).toEqual([
      ['filter', 'a,b;c'],
      ['page', '2'],
    ]);
  });

  it('an x-tryit setting: pointer to the cursor, pointer to has-more, the parameter to fill', () => {
    expect(nextCursor(configuredOperation, page({ meta: { next: 'c2', more: true } }))).toEqual([
      ['cursor', 'c2'],
    ]);
    expect(nextCursor(configuredOperation, page({ meta: { next: 42, more: true } }))).toEqual([
      ['cursor', '42'],
    ]);
    expect(nextCursor(configuredOperation, page({ meta: { next: 'c2', more: false } }))).toBeUndefined();
    expect(nextCursor(configuredOperation, page({ meta: {} }))).toBeUndefined();
  });
});

describe('pageItems', () => {
  it('data, a body array, the only array, or the configured pointer', () => {
    expect(pageItems(usageOperation, { data: [1, 2], other: [3] })).toEqual([1, 2]);
    expect(pageItems(usageOperation, [1, 2, 3])).toEqual([1, 2, 3]);
    expect(pageItems(usageOperation, { items: [4], total: 1 })).toEqual([4]);
    expect(pageItems(usageOperation, { a: [1], b: [2] })).toBeUndefined();
    expect(pageItems(usageOperation, 'text')).toBeUndefined();
    expect(pageItems(configuredOperation, { results: [7], data: [8] })).toEqual([7]);
    expect(pageItems(configuredOperation, { data: [8] })).toBeUndefined();
  });
});
