import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { processingRoutes } from './processing-routes.ts';
import { dossierRoutes } from './routes.ts';

export { registerDossierJobs } from './deadlines.ts';
export { submitOnline } from './receiving.ts';

/**
 * Dossiers of the one-stop shop (NĐ 61/2018, NĐ 118/2025, TT 01/2018/TT-VPCP): receiving at the counter, the
 * lists and the detail, files and slips.
 */
export async function registerDossiers(
  app: FastifyInstance,
  deps: { db: Database; blobs: BlobStore; uploadLimitBytes: number; publicUrl: string },
): Promise<void> {
  await app.register(dossierRoutes(deps));
  await app.register(processingRoutes(deps));
}
