import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../dates.ts';
import type { DayChange, ScheduleChanges } from './schedule-form.ts';

function Lines({ label, days }: { label: string; days: DayChange[] }) {
  const { t } = useTranslation();
  if (days.length === 0) return null;
  return (
    <div>
      <Typography.Text strong>{label}</Typography.Text>
      <ul style={{ margin: '2px 0 6px', paddingInlineStart: 20 }}>
        {days.map((d) => (
          <li key={d.date}>
            {formatDate(t, d.date)}: {d.before ? `${d.before} → ${d.name}` : d.name}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The confirmation's body: which days off and make-up days saving adds, removes or renames. */
export function ChangesSummary({
  year,
  changes,
}: {
  year: number;
  changes: { daysOff: ScheduleChanges; workingDays: ScheduleChanges };
}) {
  const { t } = useTranslation();
  const { daysOff, workingDays } = changes;
  const any = [daysOff, workingDays].some((c) => c.added.length + c.removed.length + c.renamed.length > 0);
  return (
    <div>
      {any ? (
        <>
          <Lines label={t('calendar.edit.addedDaysOff')} days={daysOff.added} />
          <Lines label={t('calendar.edit.removedDaysOff')} days={daysOff.removed} />
          <Lines label={t('calendar.edit.renamedDaysOff')} days={daysOff.renamed} />
          <Lines label={t('calendar.edit.addedMakeUp')} days={workingDays.added} />
          <Lines label={t('calendar.edit.removedMakeUp')} days={workingDays.removed} />
          <Lines label={t('calendar.edit.renamedMakeUp')} days={workingDays.renamed} />
        </>
      ) : (
        <Typography.Paragraph>{t('calendar.edit.noDayChanges')}</Typography.Paragraph>
      )}
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('calendar.edit.effectNote', { year })}
      </Typography.Paragraph>
    </div>
  );
}
