import { keepPreviousData, type QueryKey, queryOptions } from '@tanstack/react-query';

/**
 * Query options for a list page, a filter or a year: while the next answer loads, the previous one stays
 * on screen (the table does not empty itself at every page turn).
 */
export function keepPreviousQuery<T, K extends QueryKey>(queryKey: K, queryFn: () => Promise<T>) {
  return queryOptions({ queryKey, queryFn, placeholderData: keepPreviousData });
}
