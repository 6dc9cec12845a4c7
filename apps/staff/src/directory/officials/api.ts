import { api } from '../../api/client.ts';
import { keepPreviousQuery } from '../../api/keep-previous-query.ts';
import type { Page } from '../../api/types.ts';
import type { Official, OfficialInput, OfficialListParams } from './types.ts';

const one = (id: string) => `/api/officials/${encodeURIComponent(id)}`;

export const officialApi = {
  list: (params: OfficialListParams) => api.get<Page<Official>>('/api/officials', { query: { ...params } }),
  get: (id: string) => api.get<Official>(one(id)),
  create: (input: OfficialInput) => api.post<Official>('/api/officials', input),
  update: (id: string, input: OfficialInput) => api.patch<Official>(one(id), input),
};

export const officialKeys = {
  all: ['officials'] as const,
  list: (params: OfficialListParams) => ['officials', 'list', params] as const,
};

export const officialListQuery = (params: OfficialListParams) =>
  keepPreviousQuery(officialKeys.list(params), () => officialApi.list(params));
