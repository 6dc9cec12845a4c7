import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayOffKinds } from '../types.ts';
import { dayColumns } from './day-columns.tsx';
import { EditableRows } from './EditableRows.tsx';

/** The year's days off, one row each: date, name, kind, basis; rows added and removed at will. */
export function DayOffRows({ year }: { year: number }) {
  const { t } = useTranslation();
  const day = dayColumns(t, year, {
    date: { xs: 12, md: 6, lg: 5 },
    name: { xs: 12, md: 7, lg: 9 },
    basis: { xs: 12, md: 5, lg: 5 },
  });
  return (
    <EditableRows
      name="daysOff"
      testId="day-off-row"
      columns={[
        day.date,
        day.name,
        {
          name: 'kind',
          title: t('calendar.kind'),
          span: { xs: 10, md: 5, lg: 4 },
          control: (label) => (
            <Select
              aria-label={label}
              options={dayOffKinds.map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
            />
          ),
        },
        day.basis,
      ]}
      removeSpan={{ xs: 2, md: 1, lg: 1 }}
      newRow={{ date: null, name: '', kind: 'other' }}
      rowName={(n) => t('calendar.edit.dayOffRow', { n })}
      empty={t('calendar.edit.noDaysOff')}
      addLabel={t('calendar.edit.addDayOff')}
      removeLabel={(n) => t('calendar.edit.removeDayOff', { n })}
    />
  );
}
