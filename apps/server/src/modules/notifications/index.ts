import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { notificationRoutes } from './routes.ts';

/**
 * In-app notifications: other modules write them with `notify` (notify.ts) inside their own transactions;
 * these routes let a person read their own and mark them read.
 */
export async function registerNotifications(app: FastifyInstance, db: Database): Promise<void> {
  await app.register(notificationRoutes(db));
}
