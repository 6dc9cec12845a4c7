import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { keepPreviousQuery } from '../api/keep-previous-query.ts';
import type { Page } from '../api/types.ts';
import type {
  CreateProcedureInput,
  FieldCount,
  ProcedureDetail,
  ProcedureInput,
  ProcedureListParams,
  ProcedureSummary,
} from './types.ts';

const one = (id: string) => `/api/procedures/${encodeURIComponent(id)}`;

export const procedureApi = {
  list: (params: ProcedureListParams) =>
    api.get<Page<ProcedureSummary>>('/api/procedures', { query: { ...params } }),
  fields: () => api.get<FieldCount[]>('/api/procedures/fields'),
  get: (id: string) => api.get<ProcedureDetail>(one(id)),
  create: (input: CreateProcedureInput) => api.post<ProcedureDetail>('/api/procedures', input),
  update: (id: string, changes: Partial<ProcedureInput>) => api.patch<ProcedureDetail>(one(id), changes),
};

/** Every query of the catalogue starts with 'procedures' (the processing steps and forms of one too). */
export const procedureKeys = {
  all: ['procedures'] as const,
  list: (params: ProcedureListParams) => ['procedures', 'list', params] as const,
  fields: ['procedures', 'fields'] as const,
  detail: (id: string) => ['procedures', 'detail', id] as const,
};

export const procedureListQuery = (params: ProcedureListParams) =>
  keepPreviousQuery(procedureKeys.list(params), () => procedureApi.list(params));

export const procedureDetailQuery = (id: string) =>
  queryOptions({ queryKey: procedureKeys.detail(id), queryFn: () => procedureApi.get(id) });

export const fieldsQuery = queryOptions({
  queryKey: procedureKeys.fields,
  queryFn: () => procedureApi.fields(),
  staleTime: 60_000,
});
