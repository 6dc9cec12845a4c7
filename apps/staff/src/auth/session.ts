import { queryOptions, useQuery } from '@tanstack/react-query';
import { authApi } from './api.ts';
import type { Profile } from './types.ts';

export const meKey = ['me'] as const;

/** The signed-in user; quiet, because the route guard turns a missing session into the login page. */
export const meQuery = queryOptions({
  queryKey: meKey,
  queryFn: () => authApi.me(true),
  staleTime: 60_000,
  retry: false,
});

/** The profile inside the signed-in part of the app (the route guard has loaded it). */
export function useProfile(): Profile {
  const { data } = useQuery(meQuery);
  if (!data) throw new Error('useProfile outside the signed-in part of the app');
  return data;
}
