import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDays, formatShare } from '../shared/statistics/format.ts';
import type { Figures } from './types.ts';

/** A row of a breakdown: its own leading cells, then the figures. */
export type FigureRow = Figures & { rowKey: string };

/**
 * A breakdown as a table: the columns `lead` names the groups with, then the same figures for every group, in
 * the order of the report: to handle, completed and how, in progress, the rest, digitisation, time.
 */
export function FiguresTable<T extends FigureRow>({
  label,
  lead,
  rows,
  paged = false,
}: {
  label: string;
  lead: TableColumnsType<T>;
  rows: T[];
  /** long lists (procedures) page by 20 */
  paged?: boolean;
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
  const days = (title: string, value: (row: T) => number | null): TableColumnsType<T>[number] => ({
    title,
    align: 'right',
    render: (_, row) => formatDays(value(row)),
  });
  const columns: TableColumnsType<T> = [
    ...lead,
    count(t('dossierStatistics.carriedOver'), (r) => r.carriedOver),
    count(t('dossierStatistics.received'), (r) => r.received.total),
    share(t('dossierStatistics.onlineShare'), (r) => r.received.onlineShare),
    count(t('dossierStatistics.completed'), (r) => r.completed.total),
    count(t('dossierStatistics.early'), (r) => r.completed.early),
    count(t('dossierStatistics.onTime'), (r) => r.completed.onTime),
    count(t('dossierStatistics.overdue'), (r) => r.completed.overdue),
    share(t('dossierStatistics.earlyOrOnTimeShare'), (r) => r.completed.earlyOrOnTimeShare),
    count(t('dossierStatistics.inProgressNotDue'), (r) => r.inProgress.notDue),
    count(t('dossierStatistics.inProgressOverdue'), (r) => r.inProgress.overdue),
    count(t('dossierStatistics.paused'), (r) => r.inProgress.paused),
    count(t('dossierStatistics.returned'), (r) => r.returned),
    count(t('dossierStatistics.refused'), (r) => r.refused),
    count(t('dossierStatistics.withdrawn'), (r) => r.withdrawn),
    count(t('dossierStatistics.supplementRequested'), (r) => r.supplementRequested),
    share(t('dossierStatistics.digitisedShare'), (r) => r.received.digitisedShare),
    share(t('dossierStatistics.resultDigitisedShare'), (r) => r.completed.resultDigitisedShare),
    days(t('dossierStatistics.averageWorkingDays'), (r) => r.completed.averageWorkingDays),
    days(t('dossierStatistics.averageLegalDays'), (r) => r.completed.averageLegalDays),
  ];
  return (
    <Table<T>
      aria-label={label}
      size="small"
      rowKey="rowKey"
      columns={columns}
      dataSource={rows}
      pagination={paged && rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('dossierStatistics.empty') }}
    />
  );
}
