import { useEffect, useId, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { type ChartSpec, chartData } from '../../answer-table/chart-series.ts';
import type { AnswerTable } from '../../answer-table/flatten-rows.ts';
import { useColorScheme } from '../theme/use-color-scheme.ts';
import './answer-chart.css';

// The series colours are the palette's (answer-chart.css: --series-0…7, light-dark()); the canvas takes them
// from the legend's swatches, so chart and legend agree in either theme.
const MAX_SERIES = 8;
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
  const legend = useRef<HTMLUListElement>(null);
  const measureId = useId();
  // A canvas does not follow CSS: the chart is drawn again when the theme changes.
  const scheme = useColorScheme();

  // biome-ignore lint/correctness/useExhaustiveDependencies: scheme changes the colours read below
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    // Colours resolved from the page's palette now (a canvas cannot read var() or light-dark()).
    const style = getComputedStyle(target);
    const ink = style.color;
    const rule = style.borderTopColor;
    const paper = style.backgroundColor;
    const swatches = [...(legend.current?.querySelectorAll<HTMLElement>('.swatch') ?? [])];
    const colors = swatches.map((swatch) => getComputedStyle(swatch).backgroundColor);
    const axis = { stroke: ink, grid: { stroke: rule, width: 1 }, ticks: { stroke: rule, width: 1 } };
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
            stroke: colors[i] ?? ink,
            width: 2,
            // Hollow points take the page's background (uPlot's default is white, wrong in dark).
            points: { show: data.xs.length <= 62, fill: paper },
          })),
        ],
        // Compact figures (5.3M) keep the axis narrow whatever the measure's size.
        axes: [
          axis,
          { ...axis, size: 56, values: (_, splits) => splits.map((value) => COMPACT.format(value)) },
        ],
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
  }, [data, spec.x, scheme]);

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
        <ul className="chart-legend" ref={legend}>
          {data.series.map((series, i) => (
            <li key={series.label}>
              <span className={`swatch series-${i % MAX_SERIES}`} aria-hidden="true" />
              {series.label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
