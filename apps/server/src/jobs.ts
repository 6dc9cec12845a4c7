import { deleteExpiredSessions } from './platform/auth/repository.ts';
import type { JobQueue } from './platform/jobs/queue.ts';
import type { Runtime } from './platform/runtime.ts';

/** Recurring platform housekeeping; modules register their own jobs the same way. */
export async function registerPlatformJobs(jobs: JobQueue, runtime: Runtime): Promise<void> {
  const { db } = runtime.database;
  await jobs.work('sessions.purge', async () => {
    const idleBefore = new Date(Date.now() - runtime.config.SESSION_IDLE_MINUTES * 60_000);
    await deleteExpiredSessions(db, idleBefore);
  });
  await jobs.schedule('sessions.purge', '*/15 * * * *');
}
