import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keepPreviousQuery } from '../../api/keep-previous-query.ts';
import type { Page } from '../../api/types.ts';
import type { ImportDetail, ImportSummary } from './types.ts';

const one = (id: string) => `/api/procedure-imports/${encodeURIComponent(id)}`;

/** The kinds of file an import reads (the server checks them again). */
export const IMPORT_FILE_TYPES = '.xlsx,.jsonl,.gz';

export const importApi = {
  list: (page: number, pageSize: number) =>
    api.get<Page<ImportSummary>>('/api/procedure-imports', { query: { page, pageSize } }),
  get: (id: string) => api.get<ImportDetail>(one(id)),
  upload: (file: File) => {
    const body = new FormData();
    body.append('file', file, file.name);
    return api.post<ImportDetail>('/api/procedure-imports', body);
  },
  apply: (id: string, skipInvalid: boolean) => api.post<ImportDetail>(`${one(id)}/apply`, { skipInvalid }),
  cancel: (id: string) => api.post<ImportDetail>(`${one(id)}/cancel`),
};

export const importKeys = {
  all: ['procedure-imports'] as const,
  list: (page: number, pageSize: number) => ['procedure-imports', 'list', page, pageSize] as const,
  detail: (id: string) => ['procedure-imports', 'detail', id] as const,
};

export const importListQuery = (page: number, pageSize: number) =>
  keepPreviousQuery(importKeys.list(page, pageSize), () => importApi.list(page, pageSize));

/** While an import runs its page asks again every second, for the progress bar. */
export const importDetailQuery = (id: string) =>
  queryOptions({
    queryKey: importKeys.detail(id),
    queryFn: () => importApi.get(id),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1000 : false),
  });
