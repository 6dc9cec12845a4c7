import { api } from '../../api/client.ts';
import type { Page } from '../../api/types.ts';
import type {
  AdminUnit,
  Agency,
  AgencyDetail,
  AgencyInput,
  AgencyListParams,
  AgencyTreeNode,
} from './types.ts';

export const agencyApi = {
  list: (params: AgencyListParams) => api.get<Page<Agency>>('/api/agencies', { query: { ...params } }),
  tree: (includeInactive = false) =>
    api.get<AgencyTreeNode[]>('/api/agencies/tree', {
      query: { includeInactive: includeInactive || undefined },
    }),
  get: (id: string) => api.get<AgencyDetail>(`/api/agencies/${encodeURIComponent(id)}`),
  create: (input: AgencyInput) => api.post<Agency>('/api/agencies', input),
  update: (id: string, input: AgencyInput) =>
    api.patch<Agency>(`/api/agencies/${encodeURIComponent(id)}`, input),
  adminUnits: (q: string | undefined, code?: string) =>
    api.get<Page<AdminUnit>>('/api/admin-units', { query: { q: q || code, pageSize: 20 } }),
};
