import { useState } from 'react';
import { DEFAULT_PAGE_SIZE, type Paging } from './pagination.ts';

/**
 * A list's search text and page kept by the component, for a list inside a tab (the URL belongs to the
 * page around it). A new search starts again at the first page.
 */
export function useLocalListSearch() {
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const paging: Paging = { ...page, onChange: (p, pageSize) => setPage({ page: p, pageSize }) };
  return {
    params: { q, ...page },
    search: (next: string | undefined) => {
      setQ(next);
      setPage((p) => ({ ...p, page: 1 }));
    },
    paging,
  };
}
