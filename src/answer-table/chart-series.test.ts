import { describe, expect, it } from 'vitest';
import { usageRequest } from '../history/fixtures/usage-request.ts';
import { chartData, chartSpec } from './chart-series.ts';
import { costsPage } from './fixtures/costs-page.ts';
import { usagePage } from './fixtures/usage-page.ts';
import { type AnswerTable, flattenRows, type TableOperation } from './flatten-rows.ts';

const plain: TableOperation = { parameters: [] };
const usage = flattenRows(plain, usagePage) as AnswerTable;
const grouped = { query: [...usageRequest.query, ['group_by', 'project_id']] as [string, string][] };

describe('chartSpec', () => {
  it('time buckets: start_time along x, numeric columns as measures, group_by columns as series', () => {
    expect(chartSpec(plain, grouped, usage)).toEqual({
      x: 'start_time',
      measures: ['characters', 'num_model_requests'],
      series: ['project_id'],
    });
    expect(chartSpec(plain, usageRequest, usage)?.series).toEqual([]);
    expect(chartSpec(plain, { query: [['group_by[]', 'project_id']] }, usage)?.series).toEqual([
      'project_id',
    ]);
  });

  it('costs: amount.value is the measure', () => {
    const costs = flattenRows(plain, costsPage) as AnswerTable;
    expect(chartSpec(plain, { query: [['group_by', 'line_item']] }, costs)).toEqual({
      x: 'start_time',
      measures: ['amount.value'],
      series: ['line_item'],
    });
  });

  it('no time buckets, or the view says no chart: none', () => {
    expect(
      chartSpec(plain, usageRequest, flattenRows(plain, { data: [{ n: 1 }] }) as AnswerTable),
    ).toBeUndefined();
    expect(
      chartSpec({ parameters: [], explore: { view: { chart: false } } }, usageRequest, usage),
    ).toBeUndefined();
  });

  it('an x-tryit chart setting picks x, measures and series', () => {
    const operation: TableOperation = {
      parameters: [],
      explore: { view: { chart: { x: 'end_time', measures: ['num_model_requests'], series: ['object'] } } },
    };
    expect(chartSpec(operation, usageRequest, usage)).toEqual({
      x: 'end_time',
      measures: ['num_model_requests'],
      series: ['object'],
    });
  });
});

describe('chartData', () => {
  it('sums the measure per bucket and series; a bucket without rows counts 0; largest series first', () => {
    const spec = chartSpec(plain, grouped, usage);
    expect(spec && chartData(usage, spec, 'characters')).toEqual({
      xs: [1730419200, 1730505600],
      series: [
        { label: 'proj_a', values: [120, 0] },
        { label: 'proj_b', values: [30, 0] },
      ],
    });
  });

  it('one series named after the measure when nothing is grouped; null groups read "(none)"', () => {
    expect(chartData(usage, { x: 'start_time', measures: ['characters'], series: [] }, 'characters')).toEqual(
      {
        xs: [1730419200, 1730505600],
        series: [{ label: 'characters', values: [150, 0] }],
      },
    );
    const costs = flattenRows(plain, costsPage) as AnswerTable;
    expect(
      chartData(
        costs,
        { x: 'start_time', measures: ['amount.value'], series: ['line_item', 'project_id'] },
        'amount.value',
      ),
    ).toEqual({
      xs: [1730419200, 1730505600],
      series: [
        { label: 'Audio · (none)', values: [0.5, 2] },
        { label: 'Images · (none)', values: [1.25, 0] },
      ],
    });
  });

  it('sums the smallest series into "Other" beyond maxSeries', () => {
    const spec = { x: 'start_time', measures: ['characters'], series: ['project_id'] };
    expect(chartData(usage, spec, 'characters', 1)).toEqual({
      xs: [1730419200, 1730505600],
      series: [
        { label: 'proj_a', values: [120, 0] },
        { label: 'Other (1 series)', values: [30, 0] },
      ],
    });
  });
});
