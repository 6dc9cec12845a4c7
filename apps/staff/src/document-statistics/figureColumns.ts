import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  countColumn as count,
  daysColumn as days,
  shareColumn as share,
} from '../shared/statistics/FiguresTable.tsx';
import type { Figures } from './types.ts';

/**
 * The figures of a group of documents as breakdown columns: received, electronic share, issued, electronic
 * share, on time, late, open, overdue, share on time, time.
 */
export function useFigureColumns(): TableColumnsType<Figures> {
  const { t } = useTranslation();
  return [
    count(t('documentStatistics.incoming'), (r) => r.incoming.total),
    share(t('documentStatistics.incomingElectronic'), (r) => r.incoming.electronicShare),
    count(t('documentStatistics.outgoing'), (r) => r.outgoing.total),
    share(t('documentStatistics.outgoingElectronic'), (r) => r.outgoing.electronicShare),
    count(t('documentStatistics.onTime'), (r) => r.handling.onTime),
    count(t('documentStatistics.late'), (r) => r.handling.late),
    count(t('documentStatistics.openNotDue'), (r) => r.handling.openNotDue),
    count(t('documentStatistics.openOverdueShort'), (r) => r.handling.openOverdue),
    share(t('documentStatistics.onTimeShare'), (r) => r.handling.onTimeShare),
    days(t('documentStatistics.averageWorkingDays'), (r) => r.handling.averageWorkingDays),
  ];
}
