import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDays, formatShare } from '../shared/statistics/format.ts';
import { StatisticCard as Figure } from '../shared/statistics/StatisticCard.tsx';
import type { DocumentStatistics } from './types.ts';

/** The figures a report quotes, one card each: volumes, electronic share, on time, overdue, time, recipients. */
export function SummaryCards({ statistics }: { statistics: DocumentStatistics }) {
  const { t } = useTranslation();
  const { incoming, outgoing, handling } = statistics.summary;
  const { deliveries } = statistics;
  return (
    <Flex gap={12} wrap component="section" aria-label={t('documentStatistics.title')}>
      <Figure
        title={t('documentStatistics.incoming')}
        value={formatCount(incoming.total)}
        hint={t('documentStatistics.electronicShareOf', { share: formatShare(incoming.electronicShare) })}
      />
      <Figure
        title={t('documentStatistics.outgoing')}
        value={formatCount(outgoing.total)}
        hint={t('documentStatistics.electronicShareOf', { share: formatShare(outgoing.electronicShare) })}
      />
      <Figure
        title={t('documentStatistics.electronicShare')}
        value={formatShare(statistics.summary.electronicShare)}
        hint={t('documentStatistics.electronicShareHint')}
      />
      <Figure
        title={t('documentStatistics.onTimeShare')}
        value={formatShare(handling.onTimeShare)}
        hint={t('documentStatistics.onTimeHint', {
          onTime: formatCount(handling.onTime),
          late: formatCount(handling.late),
        })}
      />
      <Figure
        title={t('documentStatistics.openOverdue')}
        value={formatCount(handling.openOverdue)}
        hint={t('documentStatistics.openHint', { open: formatCount(handling.open) })}
      />
      <Figure
        title={t('documentStatistics.averageTime')}
        value={
          handling.averageWorkingDays === null
            ? t('documentStatistics.none')
            : `${formatDays(handling.averageWorkingDays)} ${t('documentStatistics.workingDays')}`
        }
        hint={
          handling.averageDays === null
            ? undefined
            : t('documentStatistics.calendarDays', { days: formatDays(handling.averageDays) })
        }
      />
      <Figure
        title={t('documentStatistics.registeredShare')}
        value={formatShare(deliveries.registeredShare)}
        hint={t('documentStatistics.registeredHint', {
          registered: formatCount(deliveries.registered),
          total: formatCount(deliveries.total),
        })}
      />
    </Flex>
  );
}
