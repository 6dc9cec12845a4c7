import { DatePicker, Flex, Segmented } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type Period, type PeriodUnit, periodContaining, periodUnits, vietnamToday } from './period.ts';

/** The period: a month, a quarter or a year picked as such, or any range of days. */
export function PeriodPicker({
  unit,
  period,
  onChange,
}: {
  unit: PeriodUnit;
  period: Period;
  onChange: (unit: PeriodUnit, period: Period) => void;
}) {
  const { t } = useTranslation();
  const today = dayjs(vietnamToday());
  const pickers = { month: 'pickMonth', quarter: 'pickQuarter', year: 'pickYear' } as const;
  return (
    <Flex gap={8} wrap align="center">
      <Segmented<PeriodUnit>
        aria-label={t('statistics.periodUnit')}
        value={unit}
        onChange={(next) => onChange(next, next === 'range' ? period : periodContaining(next, period.from))}
        options={periodUnits.map((u) => ({ value: u, label: t(`statistics.unit.${u}`) }))}
      />
      {unit === 'range' ? (
        <DatePicker.RangePicker
          aria-label={t('statistics.periodUnit')}
          placeholder={[t('statistics.from'), t('statistics.to')]}
          format={t('format.date')}
          allowClear={false}
          value={[dayjs(period.from), dayjs(period.to)]}
          onChange={(range) => {
            if (range?.[0] && range[1])
              onChange('range', { from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') });
          }}
        />
      ) : (
        <DatePicker
          aria-label={t(`statistics.${pickers[unit]}`)}
          picker={unit}
          format={unit === 'month' ? 'MM/YYYY' : undefined}
          allowClear={false}
          // a quarter's cell is its first day: after this month means not begun yet
          disabledDate={(day) => day.isAfter(today, unit === 'quarter' ? 'month' : unit)}
          value={dayjs(period.from)}
          onChange={(day) => {
            if (day) onChange(unit, periodContaining(unit, day.format('YYYY-MM-DD')));
          }}
        />
      )}
    </Flex>
  );
}
