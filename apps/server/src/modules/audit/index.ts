import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { auditRoutes } from './routes.ts';

/** Reading the audit log (writing it is platform/audit, called by every module). */
export async function registerAudit(app: FastifyInstance, db: Database): Promise<void> {
  await app.register(auditRoutes(db));
}
