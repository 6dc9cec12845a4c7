import type { Config } from '../../platform/config/config.ts';
import type { Database } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { DOSSIER_FEED_CHANNEL } from '../dossiers/repository.ts';
import { nationalPortalSettings } from './settings.ts';
import { drainNationalPortal, nationalPortalSync } from './sync.ts';

/** Drains the national portal feed: every minute, and on demand (an administrator's retry sends it). */
export const NATIONAL_PORTAL_SYNC_JOB = 'national-portal.sync';
const EVERY_MINUTE = '* * * * *';

/**
 * The worker's part: the feed is drained as soon as a change to a dossier commits (the feed's wake-up), on
 * demand, and every minute (the sweep that catches a missed wake-up and the retries falling due). One client
 * for the process, so the portal's session is reused from run to run. With no address configured the sync is
 * off: the lines are skipped (said once here).
 */
export async function registerNationalPortalJobs(
  jobs: JobQueue,
  deps: { db: Database; config: Config; log?: (message: string) => void },
): Promise<void> {
  const sync = nationalPortalSync(nationalPortalSettings(deps.config));
  if (!sync)
    deps.log?.('national portal sync off (NATIONAL_PORTAL_URL unset): dossier changes are skipped, not sent');
  const drain = async () => {
    const run = await drainNationalPortal(deps.db, sync);
    if (run.unreachable) deps.log?.('national portal unreachable: the sync retries later');
  };
  await jobs.work(NATIONAL_PORTAL_SYNC_JOB, drain);
  await jobs.schedule(NATIONAL_PORTAL_SYNC_JOB, EVERY_MINUTE);
  await jobs.wakeOn(DOSSIER_FEED_CHANNEL, drain);
}
