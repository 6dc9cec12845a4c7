import type { FastifyInstance } from 'fastify';
import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { nationalPortalRoutes } from './routes.ts';

export { NATIONAL_PORTAL_SYNC_JOB, registerNationalPortalJobs } from './jobs.ts';

/**
 * Synchronisation of dossiers with the National Public Service Portal (Cổng DVCQG): the worker sends
 * (`registerNationalPortalJobs`); the API lets system administrators see what failed and retry it.
 */
export async function registerNationalPortal(
  app: FastifyInstance,
  deps: { db: Database; config: Config; jobs?: JobQueue | undefined },
): Promise<void> {
  await app.register(
    nationalPortalRoutes({ db: deps.db, enabled: Boolean(deps.config.NATIONAL_PORTAL_URL), jobs: deps.jobs }),
  );
}
