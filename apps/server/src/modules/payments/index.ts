import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import { paymentRoutes } from './routes.ts';
import { paymentSettings } from './settings.ts';

export { paymentPortalRoutes } from './portal-routes.ts';

/**
 * Online payment of a dossier's fees through a payment gateway (VNPAY protocol 2.1.0, `@congso/payment-gateway`):
 * here the API — the staff's view of a dossier's payments and receipts, and the gateway's notification (IPN).
 * The applicant's pages and the sandbox gateway are registered in the portal's scope (`paymentPortalRoutes`).
 */
export async function registerPayments(
  app: FastifyInstance,
  deps: { db: Database; config: Config },
): Promise<void> {
  await app.register(paymentRoutes({ db: deps.db, settings: paymentSettings(deps.config) }));
}
