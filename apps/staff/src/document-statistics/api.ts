import { queryOptions } from '@tanstack/react-query';
import { api, queryString } from '../api/client.ts';
import { keepPreviousQuery } from '../api/keep-previous-query.ts';
import type { DocumentStatistics, StatisticsAgency, StatisticsParams } from './types.ts';

const query = (params: StatisticsParams) => ({
  agencyId: params.agencyId,
  from: params.from,
  to: params.to,
  includeSubAgencies: params.includeSubAgencies || undefined,
});

export const statisticsQuery = (params: StatisticsParams) =>
  keepPreviousQuery(['document-statistics', params] as const, () =>
    api.get<DocumentStatistics>('/api/document-statistics', { query: query(params) }),
  );

export const statisticsAgenciesQuery = queryOptions({
  queryKey: ['document-statistics', 'agencies'] as const,
  queryFn: () => api.get<StatisticsAgency[]>('/api/document-statistics/agencies'),
  staleTime: 5 * 60_000,
});

/** Where the workbook downloads from (a plain link: the browser saves it, the session cookie goes along). */
export const exportUrl = (params: StatisticsParams) =>
  `/api/document-statistics/export.xlsx${queryString(query(params))}`;
