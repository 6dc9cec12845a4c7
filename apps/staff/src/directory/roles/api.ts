import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { PermissionInfo, Role, RoleInput } from './types.ts';

const one = (key: string) => `/api/roles/${encodeURIComponent(key)}`;

export const roleApi = {
  list: () => api.get<Role[]>('/api/roles'),
  permissions: () => api.get<PermissionInfo[]>('/api/permissions'),
  create: (input: RoleInput) => api.post<Role>('/api/roles', input),
  update: (key: string, input: RoleInput) => api.patch<Role>(one(key), input),
  remove: (key: string) => api.delete(one(key)),
};

export const roleKeys = { all: ['roles'] as const, permissions: ['permissions'] as const };

export const rolesQuery = queryOptions({ queryKey: roleKeys.all, queryFn: roleApi.list, staleTime: 60_000 });
export const permissionsQuery = queryOptions({
  queryKey: roleKeys.permissions,
  queryFn: roleApi.permissions,
  staleTime: Number.POSITIVE_INFINITY,
});
