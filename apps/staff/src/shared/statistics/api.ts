import { queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../../api/client.ts';
import { keepPreviousQuery } from '../../api/keep-previous-query.ts';
import type { StatisticsAgency, StatisticsParams } from './types.ts';

const query = (params: StatisticsParams) => ({
  agencyId: params.agencyId,
  from: params.from,
  to: params.to,
  includeSubAgencies: params.includeSubAgencies || undefined,
});

/**
 * The three calls every statistics module answers under its base path (`/api/document-statistics`,
 * `/api/dossier-statistics`): the figures, the agencies one may pick, and the workbook.
 */
export function statisticsApi<S>(base: string) {
  return {
    statisticsQuery: (params: StatisticsParams) =>
      keepPreviousQuery([base, params] as const, () => api.get<S>(base, { query: query(params) })),
    statisticsAgenciesQuery: queryOptions({
      queryKey: [base, 'agencies'] as const,
      queryFn: () => api.get<StatisticsAgency[]>(`${base}/agencies`),
      staleTime: 5 * 60_000,
    }),
    /** Where the workbook downloads from (a plain link: the browser saves it, the session cookie goes along). */
    exportUrl: (params: StatisticsParams) => `${base}/export.xlsx${queryString(query(params))}`,
  };
}

/** The calls of one statistics module, as `statisticsApi` makes them. */
export type StatisticsApi<S> = ReturnType<typeof statisticsApi<S>>;
