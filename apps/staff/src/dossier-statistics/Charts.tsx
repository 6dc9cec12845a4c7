import { useTranslation } from 'react-i18next';
import { monthLabel, monthName } from '../shared/statistics/monthLabels.ts';
import { type ChartSeries, StackedBarChart } from '../shared/statistics/StackedBarChart.tsx';
import type { DossierStatistics, Figures } from './types.ts';

// told apart without hue too (dark / light), each at least 3:1 against white
const RECEIVED = '#1554b0';
const EARLY = '#237804';
const ON_TIME = '#73a839';
const OVERDUE = '#a8071a';

/** How many groups the breakdown charts show: the rest are in the tables below. */
const TOP = 20;

const values = (f: Figures) => ({
  received: f.received.total,
  early: f.completed.early,
  onTime: f.completed.onTime,
  overdue: f.completed.overdue,
});

/**
 * Received beside completed, month by month and for the fields, the procedures (the first 20) and the agencies:
 * two columns per category, the completed one stacked early / on time / overdue. Under the bars of the
 * breakdowns, their rank: the names are in each chart's table and in the tables below.
 */
export function Charts({ statistics }: { statistics: DossierStatistics }) {
  const { t } = useTranslation();
  const series: ChartSeries[] = [
    { key: 'received', label: t('dossierStatistics.received'), colour: RECEIVED, stack: 'received' },
    { key: 'early', label: t('dossierStatistics.early'), colour: EARLY, stack: 'completed' },
    { key: 'onTime', label: t('dossierStatistics.onTime'), colour: ON_TIME, stack: 'completed' },
    { key: 'overdue', label: t('dossierStatistics.overdue'), colour: OVERDUE, stack: 'completed' },
  ];
  const severalYears = statistics.from.slice(0, 4) !== statistics.to.slice(0, 4);
  const top = <G extends Figures & { name: string }>(groups: G[], name: (g: G) => string = (g) => g.name) =>
    groups
      .slice(0, TOP)
      .map((g, i) => ({ label: String(i + 1), name: `${i + 1}. ${name(g)}`, values: values(g) }));
  return (
    <div className="congso-charts">
      <StackedBarChart
        title={t('dossierStatistics.chartMonths')}
        series={series}
        bars={statistics.months.map((m) => ({
          label: monthLabel(m.month, severalYears),
          name: monthName(m.month),
          values: values(m),
        }))}
      />
      <StackedBarChart
        title={t('dossierStatistics.chartFields')}
        series={series}
        bars={top(statistics.byField)}
      />
      <StackedBarChart
        title={t('dossierStatistics.chartProcedures', { count: TOP })}
        series={series}
        bars={top(statistics.byProcedure, (g) => `${g.code} ${g.name}`)}
      />
      {statistics.includeSubAgencies ? (
        <StackedBarChart
          title={t('dossierStatistics.chartAgencies', { count: TOP })}
          series={series}
          bars={top(statistics.byAgency)}
        />
      ) : null}
    </div>
  );
}
