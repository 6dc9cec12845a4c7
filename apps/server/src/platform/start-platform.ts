import { buildApp } from '../app.ts';
import { registerPlatformJobs } from '../jobs.ts';
import { registerApplicantNoticeJobs } from '../modules/applicant-notices/index.ts';
import { seedBundledSchedules } from '../modules/calendar/index.ts';
import { registerFileTextJobs } from '../modules/documents/index.ts';
import { registerDossierJobs } from '../modules/dossiers/index.ts';
import { registerNationalPortalJobs } from '../modules/national-portal/index.ts';
import { registerProcedureImportJobs } from '../modules/procedures/index.ts';
import { seedDemoIfEmpty } from '../seed/seed-if-empty.ts';
import type { Config } from './config/config.ts';
import { type JobQueue, startJobQueue } from './jobs/queue.ts';
import { createLogger } from './logging.ts';
import { registerMessagingJobs } from './messaging/index.ts';
import { openRuntime } from './runtime.ts';

export interface RunningPlatform {
  url: string | null;
  stop(): Promise<void>;
}

/**
 * `congso start`: database (embedded unless DATABASE_URL), migrations, demo data on first start, the job
 * queue, and the web server, according to the role (web, worker or all).
 */
export async function startPlatform(config: Config): Promise<RunningPlatform> {
  const started = Date.now();
  const log = (message: string) => console.log(`[congso] ${message}`);
  const runtime = await openRuntime(config, log);
  let jobs: JobQueue | undefined;
  try {
    // reference data every installation needs (the official holiday schedules), demo data or not
    await seedBundledSchedules(runtime.database.db);
    if (config.SEED_DEMO) await seedDemoIfEmpty(runtime, log);
    const runWorkers = config.CONGSO_ROLE !== 'web';
    jobs = await startJobQueue({
      connectionString: runtime.server.url,
      runWorkers,
      onError: (error) => log(`job queue: ${error.message}`),
    });
    if (runWorkers) {
      await registerPlatformJobs(jobs, runtime);
      await registerFileTextJobs(jobs, { db: runtime.database.db, blobs: runtime.blobs });
      await registerProcedureImportJobs(jobs, { db: runtime.database.db });
      await registerDossierJobs(jobs, { db: runtime.database.db });
      await registerNationalPortalJobs(jobs, { db: runtime.database.db, config, log });
      await registerApplicantNoticeJobs(jobs, { db: runtime.database.db, publicUrl: config.PUBLIC_URL });
      await registerMessagingJobs(jobs, {
        db: runtime.database.db,
        config,
        log: createLogger(config.LOG_LEVEL),
      });
    }
    if (config.CONGSO_ROLE === 'worker') {
      log(`worker ready in ${Date.now() - started} ms`);
      return {
        url: null,
        stop: async () => {
          await jobs?.stop();
          await runtime.close();
        },
      };
    }
    const queue = jobs;
    const app = await buildApp({
      config,
      db: runtime.database.db,
      blobs: runtime.blobs,
      secretBox: runtime.secretBox,
      readiness: { checks: { jobs: async () => (queue.isRunning() ? null : 'job queue stopped') } },
      jobs: queue,
    });
    const address = await app.listen({ host: config.HOST, port: config.PORT });
    log(`CôngSở ready in ${Date.now() - started} ms: ${config.PUBLIC_URL} (listening on ${address})`);
    log(`staff app: ${config.PUBLIC_URL}/staff/  ·  API docs: ${config.PUBLIC_URL}/api/docs`);
    return {
      url: address,
      async stop() {
        await app.close();
        await queue.stop();
        await runtime.close();
      },
    };
  } catch (error) {
    await jobs?.stop().catch(() => {});
    await runtime.close();
    throw error;
  }
}
