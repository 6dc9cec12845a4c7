import { Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from './format.ts';

export interface ChartSeries {
  key: string;
  label: string;
  colour: string;
  /**
   * The column the series stacks in, when a category has several side by side (received beside completed);
   * series without one share a single column.
   */
  stack?: string;
}

export interface ChartBar {
  /** under the bar (short: "T3", "CV") */
  label: string;
  /** in tooltips and the table ("03/2025", "Công văn") */
  name: string;
  values: Record<string, number>;
}

const HEIGHT = 220;
const TOP = 12;
const BOTTOM = 24;
const LEFT = 44;
const BAR_SPACE = 44;

/** Four round steps of the axis (1, 2 or 5 × 10ⁿ each, at least 1) reaching the tallest bar. */
function axisStep(tallest: number): number {
  const raw = Math.max(tallest, 1) / 4;
  const power = 10 ** Math.max(0, Math.floor(Math.log10(raw)));
  return ([1, 2, 5, 10].find((s) => s * power >= raw) ?? 10) * power;
}

/**
 * A bar chart of our own (no chart library): one bar per category, its series stacked, a single series making
 * plain bars; series given a `stack` make as many columns side by side. For assistive technology the picture is an image with a title and a description, every segment
 * names its figure, and the same numbers are in a table right below.
 */
export function StackedBarChart({
  title,
  bars,
  series,
}: {
  title: string;
  bars: ChartBar[];
  series: ChartSeries[];
}) {
  const { t } = useTranslation();
  const id = useId();
  const stacks = [...new Set(series.map((s) => s.stack ?? ''))];
  const totals = bars.flatMap((b) =>
    stacks.map((stack) =>
      series.filter((s) => (s.stack ?? '') === stack).reduce((sum, s) => sum + (b.values[s.key] ?? 0), 0),
    ),
  );
  const step = axisStep(Math.max(0, ...totals));
  const max = step * 4;
  const width = LEFT + Math.max(bars.length, 6) * BAR_SPACE + 8;
  const plot = HEIGHT - TOP - BOTTOM;
  const y = (value: number) => TOP + plot - (value / max) * plot;
  const ticks = [0, 1, 2, 3, 4].map((n) => n * step);
  const barWidth = stacks.length === 1 ? BAR_SPACE * 0.6 : (BAR_SPACE * 0.8) / stacks.length;

  return (
    <figure className="congso-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="congso-chart-caption">
        {title}
      </figcaption>
      <ul className="congso-chart-legend">
        {series.map((s) => (
          <li key={s.key}>
            <span className="congso-chart-swatch" style={{ background: s.colour }} aria-hidden />
            {s.label}
          </li>
        ))}
      </ul>
      {bars.length === 0 ? <Typography.Text type="secondary">{t('statistics.empty')}</Typography.Text> : null}
      <div className="congso-chart-scroll" hidden={bars.length === 0}>
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${HEIGHT}`}
          width={width}
          height={HEIGHT}
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{t('statistics.chartDescription')}</desc>
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={LEFT} x2={width - 4} y1={y(tick)} y2={y(tick)} className="congso-chart-grid" />
              <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" className="congso-chart-axis">
                {formatCount(tick)}
              </text>
            </g>
          ))}
          {bars.map((bar, i) => {
            const left = LEFT + i * BAR_SPACE + (BAR_SPACE - barWidth * stacks.length) / 2;
            return (
              <g key={bar.name}>
                {stacks.map((stack, column) => {
                  const x = left + column * barWidth;
                  let base = 0;
                  return series
                    .filter((s) => (s.stack ?? '') === stack)
                    .map((s) => {
                      const value = bar.values[s.key] ?? 0;
                      if (value === 0) return null;
                      const top = y(base + value);
                      const height = y(base) - top;
                      base += value;
                      return (
                        <rect key={s.key} x={x} y={top} width={barWidth} height={height} fill={s.colour}>
                          <title>{`${bar.name} – ${s.label}: ${formatCount(value)}`}</title>
                        </rect>
                      );
                    });
                })}
                <text
                  x={left + (barWidth * stacks.length) / 2}
                  y={HEIGHT - 8}
                  textAnchor="middle"
                  className="congso-chart-axis"
                >
                  {bar.label}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <details className="congso-chart-numbers" hidden={bars.length === 0}>
        <summary>{t('statistics.showNumbers')}</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col" />
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.name}>
                <th scope="row">{bar.name}</th>
                {series.map((s) => (
                  <td key={s.key}>{formatCount(bar.values[s.key] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
