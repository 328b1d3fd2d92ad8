import { useEffect, useId, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ChartSpec, chartData } from '../../answer-table/chart-series.ts';
import type { AnswerTable } from '../../answer-table/flatten-rows.ts';
import './answer-chart.css';

// Distinct in light and dark themes, and apart for the common colour-vision deficiencies.
const COLORS = ['#0b5cad', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#0e7490', '#a16207', '#be185d'];
const MAX_SERIES = COLORS.length;
const COMPACT = new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 });

/**
 * The chart of a table of time buckets (uPlot, canvas): the measure per bucket, one line per series. Its
 * accessible name says what it shows; its text alternative is the table that `describedBy` names.
 */
export default function AnswerChart({
  table,
  spec,
  describedBy,
}: {
  table: AnswerTable;
  spec: ChartSpec;
  /** Id of the table (or its caption) that gives the same figures as text. */
  describedBy: string;
}) {
  const [measure, setMeasure] = useState(spec.measures[0] ?? '');
  const data = useMemo(() => chartData(table, spec, measure, MAX_SERIES), [table, spec, measure]);
  const box = useRef<HTMLDivElement>(null);
  const measureId = useId();

  useEffect(() => {
    const target = box.current;
    if (!target) return;
    const width = () => Math.max(280, Math.floor(target.clientWidth));
    const plot = new uPlot(
      {
        width: width(),
        height: 260,
        // The legend is ours, outside the canvas, so assistive technology reads it.
        legend: { show: false },
        scales: { x: { time: spec.x.endsWith('_time') } },
        series: [
          {},
          ...data.series.map((series, i) => ({
            label: series.label,
            stroke: COLORS[i % COLORS.length],
            width: 2,
            points: { show: data.xs.length <= 62 },
          })),
        ],
        // Compact figures (5.3M) keep the axis narrow whatever the measure's size.
        axes: [{}, { size: 56, values: (_, splits) => splits.map((value) => COMPACT.format(value)) }],
      },
      [data.xs, ...data.series.map((series) => series.values)],
      target,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: width(), height: 260 }));
    resize.observe(target);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [data, spec.x]);

  return (
    <figure className="answer-chart">
      {spec.measures.length > 1 && (
        <div className="field">
          <label htmlFor={measureId}>Measure</label>
          <select id={measureId} value={measure} onChange={(event) => setMeasure(event.target.value)}>
            {spec.measures.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </div>
      )}
      <div
        ref={box}
        className="chart-box"
        role="img"
        aria-label={`Chart: ${measure} per bucket`}
        aria-describedby={describedBy}
      />
      <figcaption>
        <span className="muted">
          {measure} per bucket of {spec.x}
          {spec.series.length > 0 ? `, one line per ${spec.series.join(' and ')}` : ''}:
        </span>
        <ul className="chart-legend">
          {data.series.map((series, i) => (
            <li key={series.label}>
              <span className="swatch" style={{ background: COLORS[i % COLORS.length] }} aria-hidden="true" />
              {series.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
