import type { FastifyInstance } from 'fastify';
import type { Database } from '../../platform/db/database.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import type { FileTextQueue } from './file-text.ts';
import { documentRoutes } from './routes.ts';

export { registerFileTextJobs } from './file-text.ts';

/** Official documents (Nghị định 30/2020): registers and numbering, incoming handling, issuing, delivery. */
export async function registerDocuments(
  app: FastifyInstance,
  deps: { db: Database; blobs: BlobStore; uploadLimitBytes: number; jobs?: FileTextQueue | undefined },
): Promise<void> {
  await app.register(documentRoutes(deps));
}
