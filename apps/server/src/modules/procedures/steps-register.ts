import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { applicationFormRoutes } from './form-routes.ts';
import { processingStepRoutes } from './steps-routes.ts';

/** The processing steps (quy trình nội bộ) of procedures per receiving agency, and their application forms. */
export async function registerStepsAndForms(app: FastifyInstance, deps: { db: Database }): Promise<void> {
  await app.register(processingStepRoutes(deps));
  await app.register(applicationFormRoutes(deps));
}
