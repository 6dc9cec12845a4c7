import { DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

type Props = Omit<DatePickerProps<Dayjs, false>, 'value' | 'onChange' | 'format'> & {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** only dates of this year can be picked; the picker opens on it */
  year?: number;
};

/** A date field whose value is the API's `YYYY-MM-DD` text, shown as 27/01/2025. */
export function IsoDatePicker({ value, onChange, year, ...rest }: Props) {
  const { t } = useTranslation();
  return (
    <DatePicker
      {...rest}
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM-DD') : null)}
      format={t('format.date')}
      {...(year
        ? {
            disabledDate: (d) => d.year() !== year,
            defaultPickerValue: dayjs(`${year}-01-01`),
          }
        : {})}
      style={{ width: '100%' }}
    />
  );
}
