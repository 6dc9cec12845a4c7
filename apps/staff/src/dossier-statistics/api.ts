import { statisticsApi } from '../shared/statistics/api.ts';
import type { DossierStatistics } from './types.ts';

export const dossierStatisticsApi = statisticsApi<DossierStatistics>('/api/dossier-statistics');
