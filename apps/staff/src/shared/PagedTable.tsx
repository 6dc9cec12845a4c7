import type { UseQueryResult } from '@tanstack/react-query';
import { Table, type TableColumnsType, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types.ts';
import { type Paging, tablePagination } from './pagination.ts';
import { QueryError } from './QueryError.tsx';

/** One page of a server list as a table, with the pager; a failed load shows the error and a retry. */
export function PagedTable<T extends { id: string | number }>({
  list,
  paging,
  columns,
  emptyText,
  scrollX = 640,
  expandable,
}: {
  list: UseQueryResult<Page<T>>;
  paging: Paging;
  columns: TableColumnsType<T>;
  emptyText: string;
  /** the width below which the table scrolls sideways */
  scrollX?: number;
  expandable?: TableProps<T>['expandable'];
}) {
  const { t } = useTranslation();
  if (list.isError) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={list.data?.items ?? []}
      loading={list.isFetching}
      pagination={tablePagination(t, paging, list.data?.total, list.data?.more)}
      {...(expandable ? { expandable } : {})}
      scroll={{ x: scrollX }}
      locale={{ emptyText }}
    />
  );
}
