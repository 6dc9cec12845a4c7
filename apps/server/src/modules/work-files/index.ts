import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { workFileRoutes } from './routes.ts';

/** Work files (hồ sơ công việc) and the file plan (danh mục hồ sơ), Nghị định 30/2020 Chapter IV. */
export async function registerWorkFiles(app: FastifyInstance, deps: { db: Database }): Promise<void> {
  await app.register(workFileRoutes(deps));
}
