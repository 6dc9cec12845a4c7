import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { documentStatisticsRoutes } from './routes.ts';

/** Document statistics: received and issued, electronic share, handled on time or late, per agency and period. */
export async function registerDocumentStatistics(app: FastifyInstance, db: Database): Promise<void> {
  await app.register(documentStatisticsRoutes(db));
}
