import { Input } from 'antd';
import type { TFunction } from 'i18next';
import type { RowColumn, RowSpan } from './EditableRows.tsx';
import { IsoDatePicker } from './IsoDatePicker.tsx';

/** The columns the days off and the make-up days share: the date (within the year), its name and basis. */
export function dayColumns(
  t: TFunction,
  year: number,
  span: { date: RowSpan; name: RowSpan; basis: RowSpan },
): { date: RowColumn; name: RowColumn; basis: RowColumn } {
  return {
    date: {
      name: 'date',
      title: t('calendar.date'),
      span: span.date,
      required: true,
      control: (label) => <IsoDatePicker year={year} aria-label={label} />,
    },
    name: {
      name: 'name',
      title: t('calendar.name'),
      span: span.name,
      required: true,
      control: (label) => <Input maxLength={300} aria-label={label} placeholder={t('calendar.name')} />,
    },
    basis: {
      name: 'basis',
      title: t('calendar.basis'),
      span: span.basis,
      control: (label) => <Input maxLength={300} aria-label={label} placeholder={t('calendar.basis')} />,
    },
  };
}
