import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/problem.ts';

/** Retries only what may succeed on a second try: network failures and server errors, twice. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) =>
          count < 2 && (!isApiError(error) || error.status === 0 || error.status >= 500),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}
