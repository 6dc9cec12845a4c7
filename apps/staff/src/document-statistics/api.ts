import { statisticsApi } from '../shared/statistics/api.ts';
import type { DocumentStatistics } from './types.ts';

export const documentStatisticsApi = statisticsApi<DocumentStatistics>('/api/document-statistics');
