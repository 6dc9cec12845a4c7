import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { dossierStatisticsRoutes } from './routes.ts';

/** Dossier statistics: received, completed early / on time / overdue, in progress, and the QĐ 766 indicators. */
export async function registerDossierStatistics(app: FastifyInstance, db: Database): Promise<void> {
  await app.register(dossierStatisticsRoutes(db));
}
