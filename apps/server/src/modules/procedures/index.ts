import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { applicationFormRoutes } from './form-routes.ts';
import type { ImportQueue } from './import-service.ts';
import { procedureRoutes } from './routes.ts';
import { processingStepRoutes } from './steps-routes.ts';
import { templateRoutes } from './template-routes.ts';

export { registerProcedureImportJobs } from './import-job.ts';

/**
 * The procedure catalogue (thủ tục hành chính) and its imports from the national database. Further parts
 * of a procedure (processing steps per receiving agency, the application form) register their routes here
 * too, one line each; so do the template files of its documents, which the portal publishes.
 */
export async function registerProcedures(
  app: FastifyInstance,
  deps: { db: Database; blobs: BlobStore; uploadLimitBytes: number; jobs?: ImportQueue | undefined },
): Promise<void> {
  await app.register(procedureRoutes(deps));
  await app.register(processingStepRoutes(deps));
  await app.register(applicationFormRoutes(deps));
  await app.register(templateRoutes(deps));
}
