import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIRST_YEAR, LAST_YEAR } from '../dates.ts';
import type { ScheduleSummary } from '../types.ts';

/** The year shown: previous and next buttons around a list of years (those with a schedule marked). */
export function YearPicker({
  year,
  schedules,
  onChange,
}: {
  year: number;
  schedules: ScheduleSummary[] | undefined;
  onChange: (year: number) => void;
}) {
  const { t } = useTranslation();
  const current = new Date().getFullYear();
  const withSchedule = new Set((schedules ?? []).map((s) => s.year));
  const years = new Set([...withSchedule, current - 1, current, current + 1, year]);
  const options = [...years]
    .sort((a, b) => b - a)
    .map((y) => ({
      value: y,
      label: withSchedule.has(y) ? `${y} · ${t('calendar.hasSchedule')}` : String(y),
    }));
  return (
    <Space.Compact>
      <Button
        icon={<LeftOutlined aria-hidden />}
        aria-label={t('calendar.previousYear')}
        disabled={year <= FIRST_YEAR}
        onClick={() => onChange(year - 1)}
      />
      <Select<number>
        aria-label={t('calendar.year')}
        value={year}
        options={options}
        onChange={onChange}
        labelRender={() => t('calendar.yearLabel', { year })}
        style={{ width: 150 }}
      />
      <Button
        icon={<RightOutlined aria-hidden />}
        aria-label={t('calendar.nextYear')}
        disabled={year >= LAST_YEAR}
        onClick={() => onChange(year + 1)}
      />
    </Space.Compact>
  );
}
