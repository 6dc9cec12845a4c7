import { statisticsApi } from '../shared/statistics/api.ts';
import type { DocumentStatistics } from './types.ts';

export const { statisticsQuery, statisticsAgenciesQuery, exportUrl } =
  statisticsApi<DocumentStatistics>('/api/document-statistics');
