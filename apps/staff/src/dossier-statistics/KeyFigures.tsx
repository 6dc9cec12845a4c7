import { useTranslation } from 'react-i18next';
import { FigureCards } from '../shared/statistics/FigureCards.tsx';
import { formatCount, formatDays, formatShare } from '../shared/statistics/format.ts';
import type { Figures } from './types.ts';

/** The figures a report on the one-stop shop quotes, one card each. */
export function KeyFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation();
  const { received, completed, inProgress } = figures;
  return (
    <FigureCards
      label={t('dossierStatistics.keyFigures')}
      cards={[
        {
          title: t('dossierStatistics.received'),
          value: formatCount(received.total),
          hint: t('dossierStatistics.receivedHint', {
            online: formatShare(received.onlineShare),
            post: formatShare(received.postShare),
          }),
        },
        {
          title: t('dossierStatistics.carriedOver'),
          value: formatCount(figures.carriedOver),
          hint: t('dossierStatistics.toHandleHint', { count: figures.toHandle }),
        },
        {
          title: t('dossierStatistics.completed'),
          value: formatCount(completed.total),
          hint: t('dossierStatistics.completedHint', {
            early: formatCount(completed.early),
            onTime: formatCount(completed.onTime),
            overdue: formatCount(completed.overdue),
          }),
        },
        {
          title: t('dossierStatistics.earlyOrOnTimeShare'),
          value: formatShare(completed.earlyOrOnTimeShare),
          hint: t('dossierStatistics.ofCompleted', { count: completed.total }),
        },
        {
          title: t('dossierStatistics.inProgress'),
          value: formatCount(inProgress.total),
          hint: t('dossierStatistics.inProgressHint', {
            overdue: formatCount(inProgress.overdue),
            paused: formatCount(inProgress.paused),
          }),
        },
        {
          title: t('dossierStatistics.averageTime'),
          value:
            completed.averageWorkingDays === null
              ? t('dossierStatistics.none')
              : t('dossierStatistics.workingDays', { days: formatDays(completed.averageWorkingDays) }),
          hint:
            completed.averageLegalDays === null
              ? undefined
              : t('dossierStatistics.legalDaysHint', { days: formatDays(completed.averageLegalDays) }),
        },
        {
          title: t('dossierStatistics.returned'),
          value: formatCount(figures.returned),
          hint: t('dossierStatistics.otherHint', {
            refused: formatCount(figures.refused),
            withdrawn: formatCount(figures.withdrawn),
            supplement: formatCount(figures.supplementRequested),
          }),
        },
        {
          title: t('dossierStatistics.digitisedShare'),
          value: formatShare(received.digitisedShare),
          hint: t('dossierStatistics.resultDigitisedHint', {
            share: formatShare(completed.resultDigitisedShare),
          }),
        },
      ]}
    />
  );
}
