import { queryOptions, useQueryClient } from '@tanstack/react-query';
import { keepPreviousQuery } from '../../api/keep-previous-query.ts';
import { agencyApi } from './api.ts';
import type { AgencyListParams } from './types.ts';

export const agencyKeys = {
  all: ['agencies'] as const,
  list: (params: AgencyListParams) => ['agencies', 'list', params] as const,
  tree: (includeInactive: boolean) => ['agencies', 'tree', includeInactive] as const,
  detail: (id: string) => ['agencies', 'detail', id] as const,
};

export const agencyListQuery = (params: AgencyListParams) =>
  keepPreviousQuery(agencyKeys.list(params), () => agencyApi.list(params));

export const agencyTreeQuery = (includeInactive = false) =>
  queryOptions({
    queryKey: agencyKeys.tree(includeInactive),
    queryFn: () => agencyApi.tree(includeInactive),
    staleTime: 5 * 60_000,
  });

export const agencyDetailQuery = (id: string) =>
  queryOptions({ queryKey: agencyKeys.detail(id), queryFn: () => agencyApi.get(id) });

/** After any change to agencies: lists, tree and details are reloaded. */
export function useInvalidateAgencies() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: agencyKeys.all });
}
