import { useTranslation } from 'react-i18next';
import { FigureCards } from '../shared/statistics/FigureCards.tsx';
import { formatCount, formatDays, formatShare } from '../shared/statistics/format.ts';
import type { DocumentStatistics } from './types.ts';

/** The figures a report quotes, one card each: volumes, electronic share, on time, overdue, time, recipients. */
export function SummaryCards({ statistics }: { statistics: DocumentStatistics }) {
  const { t } = useTranslation();
  const { incoming, outgoing, handling } = statistics.summary;
  const { deliveries } = statistics;
  return (
    <FigureCards
      label={t('documentStatistics.title')}
      cards={[
        {
          title: t('documentStatistics.incoming'),
          value: formatCount(incoming.total),
          hint: t('documentStatistics.electronicShareOf', { share: formatShare(incoming.electronicShare) }),
        },
        {
          title: t('documentStatistics.outgoing'),
          value: formatCount(outgoing.total),
          hint: t('documentStatistics.electronicShareOf', { share: formatShare(outgoing.electronicShare) }),
        },
        {
          title: t('documentStatistics.electronicShare'),
          value: formatShare(statistics.summary.electronicShare),
          hint: t('documentStatistics.electronicShareHint'),
        },
        {
          title: t('documentStatistics.onTimeShare'),
          value: formatShare(handling.onTimeShare),
          hint: t('documentStatistics.onTimeHint', {
            onTime: formatCount(handling.onTime),
            late: formatCount(handling.late),
          }),
        },
        {
          title: t('documentStatistics.openOverdue'),
          value: formatCount(handling.openOverdue),
          hint: t('documentStatistics.openHint', { open: formatCount(handling.open) }),
        },
        {
          title: t('documentStatistics.averageTime'),
          value:
            handling.averageWorkingDays === null
              ? t('documentStatistics.none')
              : `${formatDays(handling.averageWorkingDays)} ${t('documentStatistics.workingDays')}`,
          hint:
            handling.averageDays === null
              ? undefined
              : t('documentStatistics.calendarDays', { days: formatDays(handling.averageDays) }),
        },
        {
          title: t('documentStatistics.registeredShare'),
          value: formatShare(deliveries.registeredShare),
          hint: t('documentStatistics.registeredHint', {
            registered: formatCount(deliveries.registered),
            total: formatCount(deliveries.total),
          }),
        },
      ]}
    />
  );
}
