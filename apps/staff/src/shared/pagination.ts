import type { TablePaginationConfig } from 'antd';
import type { TFunction } from 'i18next';

export const DEFAULT_PAGE_SIZE = 20;

/** Table paging driven by the URL: the page and size come from the search params and go back there. */
export function tablePagination(
  t: TFunction,
  state: { page?: number | undefined; pageSize?: number | undefined; total: number | undefined },
  onChange: (page: number, pageSize: number) => void,
): TablePaginationConfig {
  return {
    current: state.page ?? 1,
    pageSize: state.pageSize ?? DEFAULT_PAGE_SIZE,
    total: state.total ?? 0,
    showSizeChanger: true,
    pageSizeOptions: [10, 20, 50, 100],
    showTotal: (total) => t('common.total', { count: total }),
    onChange,
  };
}
