import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  countColumn as count,
  daysColumn as days,
  shareColumn as share,
} from '../shared/statistics/FiguresTable.tsx';
import type { Figures } from './types.ts';

/**
 * The figures of a group of dossiers as breakdown columns, in the order of the report: to handle, completed
 * and how, in progress, the rest, digitisation, time.
 */
export function useFigureColumns(): TableColumnsType<Figures> {
  const { t } = useTranslation();
  return [
    count(t('dossierStatistics.carriedOver'), (r) => r.carriedOver),
    count(t('dossierStatistics.received'), (r) => r.received.total),
    share(t('dossierStatistics.onlineShare'), (r) => r.received.onlineShare),
    count(t('dossierStatistics.completed'), (r) => r.completed.total),
    count(t('dossierStatistics.early'), (r) => r.completed.early),
    count(t('dossierStatistics.onTime'), (r) => r.completed.onTime),
    count(t('dossierStatistics.overdue'), (r) => r.completed.overdue),
    share(t('dossierStatistics.earlyOrOnTimeShare'), (r) => r.completed.earlyOrOnTimeShare),
    count(t('dossierStatistics.inProgressNotDue'), (r) => r.inProgress.notDue),
    count(t('dossierStatistics.inProgressOverdue'), (r) => r.inProgress.overdue),
    count(t('dossierStatistics.paused'), (r) => r.inProgress.paused),
    count(t('dossierStatistics.returned'), (r) => r.returned),
    count(t('dossierStatistics.refused'), (r) => r.refused),
    count(t('dossierStatistics.withdrawn'), (r) => r.withdrawn),
    count(t('dossierStatistics.supplementRequested'), (r) => r.supplementRequested),
    share(t('dossierStatistics.digitisedShare'), (r) => r.received.digitisedShare),
    share(t('dossierStatistics.resultDigitisedShare'), (r) => r.completed.resultDigitisedShare),
    days(t('dossierStatistics.averageWorkingDays'), (r) => r.completed.averageWorkingDays),
    days(t('dossierStatistics.averageLegalDays'), (r) => r.completed.averageLegalDays),
  ];
}
