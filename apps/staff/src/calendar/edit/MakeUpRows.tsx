import { useTranslation } from 'react-i18next';
import { dayColumns } from './day-columns.tsx';
import { EditableRows } from './EditableRows.tsx';

/** The year's make-up working days (usually Saturdays), one row each. */
export function MakeUpRows({ year }: { year: number }) {
  const { t } = useTranslation();
  const day = dayColumns(t, year, {
    date: { xs: 12, md: 6, lg: 5 },
    name: { xs: 12, md: 12, lg: 13 },
    basis: { xs: 22, md: 5, lg: 5 },
  });
  return (
    <EditableRows
      name="workingDays"
      testId="make-up-row"
      columns={[day.date, day.name, day.basis]}
      removeSpan={{ xs: 2, md: 1, lg: 1 }}
      newRow={{ date: null, name: '' }}
      rowName={(n) => t('calendar.edit.makeUpRow', { n })}
      empty={t('calendar.edit.noMakeUp')}
      addLabel={t('calendar.edit.addMakeUp')}
      removeLabel={(n) => t('calendar.edit.removeMakeUp', { n })}
    />
  );
}
