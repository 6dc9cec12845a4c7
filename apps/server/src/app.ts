import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAudit } from './modules/audit/index.ts';
import { registerCalendar } from './modules/calendar/index.ts';
import { registerDirectory } from './modules/directory/index.ts';
import { registerDocumentStatistics } from './modules/document-statistics/index.ts';
import { registerDocuments } from './modules/documents/index.ts';
import { registerDossierStatistics } from './modules/dossier-statistics/index.ts';
import { registerDossiers } from './modules/dossiers/index.ts';
import { registerNationalPortal } from './modules/national-portal/index.ts';
import { registerNotifications } from './modules/notifications/index.ts';
import { registerPayments } from './modules/payments/index.ts';
import { registerPortal } from './modules/portal/index.ts';
import { registerProcedures } from './modules/procedures/index.ts';
import { registerWorkFiles } from './modules/work-files/index.ts';
import { oidcRoutes } from './platform/auth/oidc-routes.ts';
import { authRoutes } from './platform/auth/routes.ts';
import { installSessionHook } from './platform/auth/session-hook.ts';
import type { Config } from './platform/config/config.ts';
import type { SecretBox } from './platform/crypto/secret-box.ts';
import type { Database } from './platform/db/database.ts';
import { installCsrfProtection } from './platform/http/csrf.ts';
import { installErrorHandlers } from './platform/http/error-handler.ts';
import { healthRoutes, type Readiness } from './platform/http/health.ts';
import { installInputText } from './platform/http/input-text.ts';
import { installOpenApi } from './platform/http/openapi.ts';
import { problemRoutes } from './platform/http/problem-routes.ts';
import { installRequestContext, requestIdFrom } from './platform/http/request-context.ts';
import { installSecurity } from './platform/http/security.ts';
import { installStaffApp } from './platform/http/staff-app.ts';
import type { JobQueue } from './platform/jobs/queue.ts';
import { loggerOptions } from './platform/logging.ts';
import type { BlobStore } from './platform/storage/blob-store.ts';
import './platform/http/types.ts';

export interface AppDeps {
  config: Config;
  db: Database;
  blobs: BlobStore;
  secretBox: SecretBox;
  readiness?: Readiness;
  /** The job queue (send only on web nodes); without it, background work waits for a worker's sweep. */
  jobs?: JobQueue;
}

/**
 * The web application: platform plugins first (ids, logs, security, errors, sessions, OpenAPI), then one
 * registration per capability, then the two front ends. A new module adds one line here.
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, db } = deps;
  const app = Fastify({
    logger: loggerOptions(config.LOG_LEVEL),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: true,
    genReqId: (request) => requestIdFrom(request.headers['x-request-id'], randomUUID),
    ajv: undefined,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  });
  // the API speaks JSON only; the portal registers form parsing in its own scope
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  installRequestContext(app);
  installInputText(app);
  installErrorHandlers(app, config.PUBLIC_URL);
  await installSecurity(app, {
    ratePerMinute: config.RATE_LIMIT_PER_MINUTE,
    https: config.PUBLIC_URL.startsWith('https://'),
  });
  await app.register(fastifyCookie);
  installCsrfProtection(app, config.PUBLIC_URL);
  installSessionHook(app, db, config);
  await installOpenApi(app, config.PUBLIC_URL);

  await app.register(healthRoutes(db, deps.readiness ?? { checks: {} }));
  await app.register(problemRoutes());
  await app.register(authRoutes({ db, config, secretBox: deps.secretBox }));
  await app.register(oidcRoutes({ db, config, secretBox: deps.secretBox }));
  await registerDirectory(app, db);
  await registerAudit(app, db);
  await registerCalendar(app, db);
  await registerDocuments(app, {
    db,
    blobs: deps.blobs,
    uploadLimitBytes: config.UPLOAD_LIMIT_BYTES,
    jobs: deps.jobs,
  });
  await registerDocumentStatistics(app, db);
  await registerDossiers(app, {
    db,
    blobs: deps.blobs,
    uploadLimitBytes: config.UPLOAD_LIMIT_BYTES,
    publicUrl: config.PUBLIC_URL,
  });
  await registerDossierStatistics(app, db);
  await registerNationalPortal(app, { db, config, jobs: deps.jobs });
  await registerNotifications(app, db);
  await registerWorkFiles(app, { db });
  await registerPayments(app, { db, config });
  await registerProcedures(app, {
    db,
    blobs: deps.blobs,
    uploadLimitBytes: config.UPLOAD_LIMIT_BYTES,
    jobs: deps.jobs,
  });
  await registerPortal(app, {
    db,
    config,
    blobs: deps.blobs,
    jobs: deps.jobs,
    secretBox: deps.secretBox,
  });
  await installStaffApp(app);
  return app;
}
