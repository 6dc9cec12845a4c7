import type { Database } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { drainDossierOutbox } from '../dossiers/outbox.ts';
import { DOSSIER_FEED_CHANNEL } from '../dossiers/repository.ts';
import { tellApplicant } from './service.ts';

export const APPLICANT_NOTICES_JOB = 'applicant-notices.drain';

/**
 * Tells applicants about their dossiers (the `applicant_notice` consumer of the dossier change feed). A commit
 * that wrote history wakes the drain at once; a sweep every minute retries what failed and catches what a
 * wake-up missed. The messages themselves leave through the messaging job.
 */
export async function registerApplicantNoticeJobs(
  jobs: JobQueue,
  deps: { db: Database; publicUrl: string },
): Promise<void> {
  const drain = async () => {
    const batch = 50;
    for (;;) {
      const { done, failed } = await drainDossierOutbox(
        deps.db,
        'applicant_notice',
        (trx, event) => tellApplicant(trx, event, deps.publicUrl),
        { batch },
      );
      if (done + failed < batch) return;
    }
  };
  await jobs.work(APPLICANT_NOTICES_JOB, drain);
  await jobs.schedule(APPLICANT_NOTICES_JOB, '* * * * *');
  await jobs.wakeOn(DOSSIER_FEED_CHANNEL, drain);
}
