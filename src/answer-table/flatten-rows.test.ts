import { describe, expect, it } from 'vitest';
import { costsPage } from './fixtures/costs-page.ts';
import { hostileRows } from './fixtures/hostile-rows.ts';
import { usagePage } from './fixtures/usage-page.ts';
import type { TableOperation } from './flatten-rows.ts';
import { flattenRows } from './flatten-rows.ts';
import { tableCsvRows } from './table-csv-rows.ts';

const plain: TableOperation = { parameters: [] };

describe('flattenRows', () => {
  it('usage buckets × results: one row per result with its bucket, an empty bucket still a row', () => {
    const table = flattenRows(plain, usagePage);
    expect(table?.nested).toBe('results');
    expect(table?.columns).toEqual([
      'data.object',
      'start_time',
      'end_time',
      'object',
      'characters',
      'num_model_requests',
      'project_id',
    ]);
    expect(table?.rows).toEqual([
      {
        'data.object': 'bucket',
        start_time: 1730419200,
        end_time: 1730505600,
        object: 'organization.usage.audio_speeches.result',
        characters: 120,
        num_model_requests: 2,
        project_id: 'proj_a',
      },
      {
        'data.object': 'bucket',
        start_time: 1730419200,
        end_time: 1730505600,
        object: 'organization.usage.audio_speeches.result',
        characters: 30,
        num_model_requests: 1,
        project_id: 'proj_b',
      },
      { 'data.object': 'bucket', start_time: 1730505600, end_time: 1730592000 },
    ]);
  });

  it('objects become dotted columns (costs amount.value, amount.currency)', () => {
    const table = flattenRows(plain, costsPage);
    expect(table?.columns).toContain('amount.value');
    expect(table?.columns).toContain('amount.currency');
    expect(table?.rows[1]).toMatchObject({ 'amount.value': 1.25, line_item: 'Images', project_id: null });
  });

  it('puts the columns a schema names first, in its order, also those no row has', () => {
    const table = flattenRows(plain, usagePage, ['project_id', 'characters', 'user_id']);
    expect(table?.columns.slice(0, 4)).toEqual(['project_id', 'characters', 'user_id', 'data.object']);
  });

  it('follows the x-tryit view: its rows pointer, no nesting unless asked', () => {
    const operation: TableOperation = { parameters: [], explore: { view: { rows: '/data/0/results' } } };
    const table = flattenRows(operation, usagePage);
    expect(table?.rows).toHaveLength(2);
    expect(table?.columns).toEqual(['object', 'characters', 'num_model_requests', 'project_id']);
    const nested: TableOperation = {
      parameters: [],
      explore: { view: { rows: '/data', nested: 'results' } },
    };
    expect(flattenRows(nested, usagePage)?.columns[0]).toBe('data.object');
  });

  it('an array of scalars is a single "value" column; arrays inside rows are JSON text', () => {
    expect(flattenRows(plain, [1, 'two', null])).toEqual({
      columns: ['value'],
      rows: [{ value: 1 }, { value: 'two' }, { value: null }],
    });
    expect(
      flattenRows(plain, { data: [{ tags: ['a', 'b'], deep: { a: { b: { c: 1 } } } }] })?.rows[0],
    ).toEqual({
      tags: '["a","b"]',
      'deep.a.b': '{"c":1}',
    });
  });

  it('reads only the first source rows when asked (to learn the columns cheaply)', () => {
    const table = flattenRows(plain, usagePage, [], 1);
    expect(table?.rows).toHaveLength(2);
    expect(table?.columns).toEqual(flattenRows(plain, usagePage)?.columns);
  });

  it('no array of rows: no table', () => {
    expect(flattenRows(plain, { id: 'x' })).toBeUndefined();
    expect(flattenRows(plain, 'text')).toBeUndefined();
    expect(flattenRows(plain, undefined)).toBeUndefined();
  });

  it('keys such as __proto__ are plain columns and pollute nothing', () => {
    const table = flattenRows(plain, hostileRows);
    expect(table?.columns).toEqual(['__proto__.polluted', 'constructor', 'name', 'tags']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('tableCsvRows', () => {
  it('a header line, then each row in column order; missing and null cells empty', () => {
    const table = flattenRows(plain, usagePage);
    expect(table && tableCsvRows(table)).toEqual([
      ['data.object', 'start_time', 'end_time', 'object', 'characters', 'num_model_requests', 'project_id'],
      ['bucket', 1730419200, 1730505600, 'organization.usage.audio_speeches.result', 120, 2, 'proj_a'],
      ['bucket', 1730419200, 1730505600, 'organization.usage.audio_speeches.result', 30, 1, 'proj_b'],
      ['bucket', 1730505600, 1730592000, '', '', '', ''],
    ]);
    const costs = flattenRows(plain, costsPage);
    expect(costs && tableCsvRows(costs)[1]).toEqual([
      'bucket',
      1730419200,
      1730505600,
      'organization.costs.result',
      0.5,
      'usd',
      'Audio',
      '',
    ]);
  });
});
