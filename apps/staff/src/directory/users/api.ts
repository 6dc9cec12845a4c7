import { queryOptions } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { keepPreviousQuery } from '../../api/keep-previous-query.ts';
import type { Page } from '../../api/types.ts';
import type { CreatedUser, CreateUserInput, RoleGrantInput, User, UserListParams } from './types.ts';

const one = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const userApi = {
  list: (params: UserListParams) => api.get<Page<User>>('/api/users', { query: { ...params } }),
  get: (id: string) => api.get<User>(one(id)),
  create: (input: CreateUserInput) => api.post<CreatedUser>('/api/users', input),
  update: (id: string, input: { email?: string | null; isActive?: boolean }) =>
    api.patch<User>(one(id), input),
  resetPassword: (id: string, password?: string) =>
    api.post<{ temporaryPassword?: string }>(`${one(id)}/reset-password`, password ? { password } : {}),
  unlock: (id: string) => api.post<User>(`${one(id)}/unlock`),
  resetTotp: (id: string) => api.post<User>(`${one(id)}/reset-totp`),
  unlinkSso: (id: string) => api.post<User>(`${one(id)}/unlink-sso`),
  assignRole: (id: string, grant: RoleGrantInput) => api.post<User>(`${one(id)}/roles`, grant),
  revokeRole: (id: string, assignmentId: string) =>
    api.delete<User>(`${one(id)}/roles/${encodeURIComponent(assignmentId)}`),
};

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
  detail: (id: string) => ['users', 'detail', id] as const,
};

export const userListQuery = (params: UserListParams) =>
  keepPreviousQuery(userKeys.list(params), () => userApi.list(params));

export const userDetailQuery = (id: string) =>
  queryOptions({ queryKey: userKeys.detail(id), queryFn: () => userApi.get(id) });
