import { api } from '../../api/client.ts';
import { keepPreviousQuery } from '../../api/keep-previous-query.ts';
import type { Page } from '../../api/types.ts';
import type { Department, DepartmentInput, DepartmentListParams } from './types.ts';

const ofAgency = (agencyId: string) => `/api/agencies/${encodeURIComponent(agencyId)}/departments`;
const one = (id: string) => `/api/departments/${encodeURIComponent(id)}`;

export const departmentApi = {
  list: (agencyId: string, params: DepartmentListParams) =>
    api.get<Page<Department>>(ofAgency(agencyId), { query: { ...params } }),
  create: (agencyId: string, input: DepartmentInput) => api.post<Department>(ofAgency(agencyId), input),
  update: (id: string, input: DepartmentInput) => api.patch<Department>(one(id), input),
  remove: (id: string) => api.delete(one(id)),
};

export const departmentKeys = {
  all: ['departments'] as const,
  list: (agencyId: string, params: DepartmentListParams) => ['departments', agencyId, params] as const,
};

export const departmentListQuery = (agencyId: string, params: DepartmentListParams) =>
  keepPreviousQuery(departmentKeys.list(agencyId, params), () => departmentApi.list(agencyId, params));
