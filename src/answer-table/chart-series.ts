import type { HttpRequest } from '../request/http-request.ts';
import type { AnswerTable, TableOperation } from './flatten-rows.ts';

/** What a chart of a table shows: buckets along `x`, one line per value of the `series` columns. */
export interface ChartSpec {
  /** The bucket column (Unix seconds), e.g. `start_time`. */
  x: string;
  /** Numeric columns one can chart, the first shown by default. */
  measures: string[];
  /** Columns whose values split the rows into series (e.g. the request's `group_by`). */
  series: string[];
}

/** The lines of a chart: bucket starts (ascending) and, per series, the measure summed per bucket. */
export interface ChartData {
  xs: number[];
  series: { label: string; values: number[] }[];
}

/**
 * The chart of a table of time buckets, or undefined when there is none: the view's `chart` setting, else
 * `start_time` as the buckets, every other numeric column (not `*_time`) as a measure, and the columns the
 * request groups by (`group_by`, or the setting's `seriesParam`) as series. Pure.
 */
export function chartSpec(
  operation: TableOperation,
  request: Pick<HttpRequest, 'query'>,
  table: AnswerTable,
): ChartSpec | undefined {
  const setting = operation.explore?.view?.chart;
  if (setting === false) return undefined;
  const x = setting?.x ?? 'start_time';
  if (!table.columns.includes(x) || !table.rows.some((row) => typeof row[x] === 'number')) return undefined;
  const param = setting?.seriesParam ?? 'group_by';
  const series = (
    setting?.series ??
    request.query.filter(([name]) => name === param || name === `${param}[]`).map(([, value]) => value)
  )
    .flatMap((value) => value.split(','))
    .filter((column) => table.columns.includes(column));
  const measures =
    setting?.measures?.filter((column) => table.columns.includes(column)) ??
    table.columns.filter(
      (column) =>
        column !== x &&
        !column.endsWith('_time') &&
        !series.includes(column) &&
        table.rows.some((row) => typeof row[column] === 'number') &&
        table.rows.every(
          (row) => row[column] === undefined || row[column] === null || typeof row[column] === 'number',
        ),
    );
  return measures.length > 0 ? { x, measures, series } : undefined;
}

/**
 * The measure summed per bucket and series. A bucket a series has no row in counts 0 there (a usage bucket
 * without results had no usage), so lines do not break. Series are ordered by their total, largest first;
 * beyond `maxSeries`, the smallest are summed into one "Other (n series)" line, so a chart stays readable.
 */
export function chartData(
  table: AnswerTable,
  spec: ChartSpec,
  measure: string,
  maxSeries = Number.POSITIVE_INFINITY,
): ChartData {
  const xs = [
    ...new Set(table.rows.map((row) => row[spec.x]).filter((x): x is number => typeof x === 'number')),
  ].sort((a, b) => a - b);
  const index = new Map(xs.map((x, i) => [x, i]));
  const sums = new Map<string, number[]>();
  for (const row of table.rows) {
    const i = index.get(row[spec.x] as number);
    const value = row[measure];
    if (i === undefined || typeof value !== 'number') continue;
    const label =
      spec.series.length === 0
        ? measure
        : spec.series
            .map((column) =>
              row[column] === null || row[column] === undefined ? '(none)' : String(row[column]),
            )
            .join(' · ');
    const values = sums.get(label) ?? xs.map(() => 0);
    values[i] = (values[i] ?? 0) + value;
    sums.set(label, values);
  }
  const total = (values: number[]) => values.reduce((sum, v) => sum + v, 0);
  const series = [...sums]
    .map(([label, values]) => ({ label, values }))
    .sort((a, b) => total(b.values) - total(a.values));
  if (series.length <= maxSeries) return { xs, series };
  const kept = series.slice(0, Math.max(1, maxSeries - 1));
  const rest = series.slice(kept.length);
  const other = xs.map((_, i) => rest.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  return { xs, series: [...kept, { label: `Other (${rest.length} series)`, values: other }] };
}
