import { Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, weekdayName, weekdayOf } from '../dates.ts';
import type { Holidays } from '../types.ts';
import { DayKindTag } from './DayKindTag.tsx';
import { type DayMark, dayIndex } from './day-index.ts';

interface Row {
  date: string;
  mark: DayMark;
}

/** The same days as the month grid, as a list in date order. */
export function DaysTable({ holidays, loading }: { holidays: Holidays | undefined; loading: boolean }) {
  const { t } = useTranslation();
  const rows = useMemo<Row[]>(
    () =>
      [...dayIndex(holidays).entries()]
        .map(([date, mark]) => ({ date, mark }))
        .sort((a, b) => a.date.localeCompare(b.date)),
    [holidays],
  );
  const columns: TableColumnsType<Row> = [
    { title: t('calendar.date'), key: 'date', width: 110, render: (_, r) => formatDate(t, r.date) },
    {
      title: t('calendar.weekday'),
      key: 'weekday',
      width: 100,
      render: (_, r) => weekdayName(t, weekdayOf(r.date)),
    },
    { title: t('calendar.name'), key: 'name', render: (_, r) => r.mark.entry.name },
    { title: t('calendar.kind'), key: 'kind', width: 130, render: (_, r) => <DayKindTag mark={r.mark} /> },
    {
      title: t('calendar.basis'),
      key: 'basis',
      width: 190,
      responsive: ['lg'],
      render: (_, r) => r.mark.entry.basis ?? t('common.none'),
    },
  ];
  return (
    <Table<Row>
      rowKey="date"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 520 }}
      locale={{ emptyText: t('calendar.noDays') }}
    />
  );
}
