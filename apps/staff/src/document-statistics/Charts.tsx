import { documentType, isDocumentTypeCode } from '@congso/nd30';
import { useTranslation } from 'react-i18next';
import { monthLabel, monthName } from '../shared/statistics/monthLabels.ts';
import { type ChartBar, StackedBarChart } from '../shared/statistics/StackedBarChart.tsx';
import type { DocumentStatistics } from './types.ts';

// colours told apart without hue too (dark / light pairs), each at least 3:1 against white
const ELECTRONIC = '#1554b0';
const PAPER = '#9aa5b8';
const ON_TIME = '#237804';
const LATE = '#d46b08';
const OPEN = '#69b1ff';
const OVERDUE = '#a8071a';

/** Under a bar: the type's abbreviation of Phụ lục III (QĐ, KH…), or the initials of one without (Công văn: CV). */
function typeLabel(code: string | null, name: string): string {
  const abbreviation = code && isDocumentTypeCode(code) ? documentType(code).abbreviation : null;
  return (
    abbreviation ??
    name
      .split(' ')
      .map((word) => word.charAt(0).toUpperCase())
      .join('')
  );
}

/** The monthly series and the document types as bar charts. */
export function Charts({ statistics }: { statistics: DocumentStatistics }) {
  const { t } = useTranslation();
  const { months } = statistics;
  const severalYears = statistics.from.slice(0, 4) !== statistics.to.slice(0, 4);
  const monthly = (values: (m: (typeof months)[number]) => Record<string, number>): ChartBar[] =>
    months.map((m) => ({
      label: monthLabel(m.month, severalYears),
      name: monthName(m.month),
      values: values(m),
    }));
  const medium = [
    { key: 'electronic', label: t('documentStatistics.electronic'), colour: ELECTRONIC },
    { key: 'paper', label: t('documentStatistics.paper'), colour: PAPER },
  ];
  return (
    <div className="congso-charts">
      <StackedBarChart
        title={t('documentStatistics.chartIncoming')}
        series={medium}
        bars={monthly((m) => ({ electronic: m.incoming.electronic, paper: m.incoming.paper }))}
      />
      <StackedBarChart
        title={t('documentStatistics.chartOutgoing')}
        series={medium}
        bars={monthly((m) => ({ electronic: m.outgoing.electronic, paper: m.outgoing.paper }))}
      />
      <StackedBarChart
        title={t('documentStatistics.chartHandling')}
        series={[
          { key: 'onTime', label: t('documentStatistics.onTime'), colour: ON_TIME },
          { key: 'late', label: t('documentStatistics.late'), colour: LATE },
          { key: 'openNotDue', label: t('documentStatistics.openNotDue'), colour: OPEN },
          { key: 'openOverdue', label: t('documentStatistics.openOverdueShort'), colour: OVERDUE },
        ]}
        bars={monthly((m) => ({
          onTime: m.handling.onTime,
          late: m.handling.late,
          openNotDue: m.handling.openNotDue,
          openOverdue: m.handling.openOverdue,
        }))}
      />
      <StackedBarChart
        title={t('documentStatistics.chartTypes')}
        series={[
          { key: 'incoming', label: t('documentStatistics.incoming'), colour: ELECTRONIC },
          { key: 'outgoing', label: t('documentStatistics.outgoing'), colour: LATE },
        ]}
        bars={statistics.byDocumentType.slice(0, 12).map((g) => ({
          label: typeLabel(g.key, g.name),
          name: g.name,
          values: { incoming: g.incoming.total, outgoing: g.outgoing.total },
        }))}
      />
    </div>
  );
}
