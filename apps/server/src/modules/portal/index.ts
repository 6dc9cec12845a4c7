import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { installApplicantSession } from '../../platform/auth/applicant-session.ts';
import type { Config } from '../../platform/config/config.ts';
import type { SecretBox } from '../../platform/crypto/secret-box.ts';
import type { Database } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import type { BlobStore } from '../../platform/storage/blob-store.ts';
import { applicantAccountRoutes } from '../applicant-accounts/index.ts';
import { applicationRoutes } from '../applications/index.ts';
import { myDossierRoutes } from '../my-dossiers/index.ts';
import { paymentPortalRoutes } from '../payments/index.ts';
import { publicProcedureRoutes } from '../public-procedures/index.ts';
import { installPortalErrorPages } from './error-pages.ts';
import { portalRoutes } from './portal-routes.ts';
import { publicDirectory } from './public-directory.ts';

export interface PortalModuleDeps {
  db: Database;
  config: Config;
  blobs: BlobStore;
  /** Seals the state of a sign-in at the identity provider (applicant accounts). */
  secretBox: SecretBox;
  jobs?: JobQueue | undefined;
}

/**
 * The public portal (apps/portal views), fed with what the platform's modules publish. One encapsulated scope
 * for every public page: HTML forms are parsed here only (the API speaks JSON), and the applicant signed in
 * on the portal is resolved for each request. Each capability's portal routes are registered inside it.
 */
export async function registerPortal(app: FastifyInstance, deps: PortalModuleDeps): Promise<void> {
  const directory = publicDirectory(deps.db);
  let cached: { name: string; until: number } | undefined;
  // on the root: pages framed outside the scope (the portal's "not found") carry the site's name too
  app.decorate('portalSiteName', async () => {
    const now = Date.now();
    if (!cached || cached.until <= now) cached = { name: await directory.siteName(), until: now + 60_000 };
    return cached.name;
  });
  await app.register(async (scope) => {
    await scope.register(fastifyFormbody, { bodyLimit: 1024 * 1024 });
    await scope.register(fastifyMultipart, {
      limits: { fileSize: deps.config.UPLOAD_LIMIT_BYTES, files: 20, fields: 200 },
    });
    installApplicantSession(scope, deps.db, deps.config);
    installPortalErrorPages(app, scope);
    await scope.register(portalRoutes(directory));
    // one line per capability's portal routes
    await scope.register(applicationRoutes(deps));
    await scope.register(applicantAccountRoutes(deps));
    await scope.register(publicProcedureRoutes(deps));
    await scope.register(myDossierRoutes(deps));
    await scope.register(paymentPortalRoutes(deps));
  });
}
