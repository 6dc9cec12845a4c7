import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDays, formatShare } from './format.ts';
import type { StatisticsTexts } from './texts.ts';

type Column<T> = TableColumnsType<T>[number];

/** A figure column of a breakdown: a count. */
export const countColumn = <T,>(title: string, value: (row: T) => number): Column<T> => ({
  title,
  align: 'right',
  render: (_, row) => formatCount(value(row)),
});

/** A figure column of a breakdown: a share, as a percentage. */
export const shareColumn = <T,>(title: string, value: (row: T) => number | null): Column<T> => ({
  title,
  align: 'right',
  render: (_, row) => formatShare(value(row)),
});

/** A figure column of a breakdown: days. */
export const daysColumn = <T,>(title: string, value: (row: T) => number | null): Column<T> => ({
  title,
  align: 'right',
  render: (_, row) => formatDays(value(row)),
});

/** The column naming the groups of a breakdown by their name, in bold. */
export const nameColumn = (title: string) => [
  { title, dataIndex: 'name', fixed: 'left' as const, render: (name: string) => <strong>{name}</strong> },
];

/** The groups of a breakdown as table rows, keyed by their key (the group without one: ''). */
export const rowsOf = <G extends { key: string | null }>(groups: G[]) =>
  groups.map((g) => ({ ...g, rowKey: g.key ?? '' }));

/**
 * A breakdown as a table: the columns `lead` names the groups with, then the module's `figures`, the same for
 * every group.
 */
export function FiguresTable<F, T extends F & { rowKey: string }>({
  texts,
  label,
  lead,
  figures,
  rows,
  paged = false,
}: {
  texts: StatisticsTexts;
  label: string;
  lead: TableColumnsType<T>;
  figures: TableColumnsType<F>;
  rows: T[];
  /** long lists (procedures) page by 20 */
  paged?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<T>
      aria-label={label}
      size="small"
      rowKey="rowKey"
      columns={[...lead, ...(figures as TableColumnsType<T>)]}
      dataSource={rows}
      pagination={paged && rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t(`${texts}.empty`) }}
    />
  );
}
