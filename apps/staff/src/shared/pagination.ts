import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

export const DEFAULT_PAGE_SIZE = 20;

/** A list's page and page size (absent: the first, of the default size), and where the user's choice goes. */
export interface Paging {
  page?: number | undefined;
  pageSize?: number | undefined;
  onChange: (page: number, pageSize: number) => void;
}

/** Paging kept in the URL: the page and size come from the search params and go back there. */
export function searchPaging(
  search: { page?: number | undefined; pageSize?: number | undefined },
  setSearch: (patch: { page: number; pageSize: number }) => void,
): Paging {
  return {
    page: search.page,
    pageSize: search.pageSize,
    onChange: (page, pageSize) => setSearch({ page, pageSize }),
  };
}

/** The table's pager for a list of `total` items (`more`: the server stopped counting there). */
export function tablePagination(
  t: TFunction,
  paging: Paging,
  total: number | undefined,
  more = false,
): TablePaginationConfig {
  return {
    current: paging.page ?? 1,
    pageSize: paging.pageSize ?? DEFAULT_PAGE_SIZE,
    total: total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (count) => (more ? t('common.totalMore', { count }) : t('common.total', { count })),
    onChange: paging.onChange,
  };
}
