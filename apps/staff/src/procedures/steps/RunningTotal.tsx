import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysText, runningTotal, type StepRow } from './step-rows.ts';

/** The days of the steps so far against the procedure's legal time, green when they match. */
export function RunningTotal({ rows, legalDays }: { rows: readonly StepRow[]; legalDays: number | null }) {
  const { t, i18n } = useTranslation();
  const { total, legal, matches } = runningTotal(rows, legalDays);
  const days = (hundredths: number) => daysText(hundredths / 100, i18n.language);
  if (legal === null)
    return (
      <Typography.Text type="warning">
        {t('procedureSteps.total', { total: days(total) })} · {t('procedureSteps.noLegalTime')}
      </Typography.Text>
    );
  return (
    <span aria-live="polite">
      {t('procedureSteps.totalOf', { total: days(total), legal: days(legal) })}{' '}
      <Tag color={matches ? 'success' : 'error'}>
        {matches
          ? t('procedureSteps.matches')
          : t(total < legal ? 'procedureSteps.missing' : 'procedureSteps.over', {
              days: days(Math.abs(legal - total)),
            })}
      </Tag>
    </span>
  );
}
