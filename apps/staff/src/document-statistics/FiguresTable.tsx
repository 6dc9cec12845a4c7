import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDays, formatShare } from '../shared/statistics/format.ts';
import type { Figures } from './types.ts';

/** A row of a breakdown: its own leading cells, then the figures. */
export type FigureRow = Figures & { rowKey: string };

/**
 * A breakdown as a table: the columns `lead` names the groups with, then the same figures for every group
 * (received, electronic share, issued, electronic share, on time, late, open, overdue, share on time, time).
 */
export function FiguresTable<T extends FigureRow>({
  label,
  lead,
  rows,
}: {
  label: string;
  lead: TableColumnsType<T>;
  rows: T[];
}) {
  const { t } = useTranslation();
  const count = (title: string, value: (row: T) => number): TableColumnsType<T>[number] => ({
    title,
    align: 'right',
    render: (_, row) => formatCount(value(row)),
  });
  const share = (title: string, value: (row: T) => number | null): TableColumnsType<T>[number] => ({
    title,
    align: 'right',
    render: (_, row) => formatShare(value(row)),
  });
  const columns: TableColumnsType<T> = [
    ...lead,
    count(t('documentStatistics.incoming'), (r) => r.incoming.total),
    share(t('documentStatistics.incomingElectronic'), (r) => r.incoming.electronicShare),
    count(t('documentStatistics.outgoing'), (r) => r.outgoing.total),
    share(t('documentStatistics.outgoingElectronic'), (r) => r.outgoing.electronicShare),
    count(t('documentStatistics.onTime'), (r) => r.handling.onTime),
    count(t('documentStatistics.late'), (r) => r.handling.late),
    count(t('documentStatistics.openNotDue'), (r) => r.handling.openNotDue),
    count(t('documentStatistics.openOverdueShort'), (r) => r.handling.openOverdue),
    share(t('documentStatistics.onTimeShare'), (r) => r.handling.onTimeShare),
    {
      title: t('documentStatistics.averageWorkingDays'),
      align: 'right',
      render: (_, row) => formatDays(row.handling.averageWorkingDays),
    },
  ];
  return (
    <Table<T>
      aria-label={label}
      size="small"
      rowKey="rowKey"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('documentStatistics.empty') }}
    />
  );
}
