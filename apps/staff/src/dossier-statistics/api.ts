import { statisticsApi } from '../shared/statistics/api.ts';
import type { DossierStatistics } from './types.ts';

export const { statisticsQuery, statisticsAgenciesQuery, exportUrl } =
  statisticsApi<DossierStatistics>('/api/dossier-statistics');
