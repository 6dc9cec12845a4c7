import { portalPlugin } from '@congso/portal';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import { publicDirectory } from './public-directory.ts';

/** The public portal (apps/portal), fed with what the platform's modules publish. */
export async function registerPortal(app: FastifyInstance, db: Database): Promise<void> {
  await app.register(portalPlugin({ directory: publicDirectory(db) }));
}
