import { recordAudit } from '../../platform/audit/recorder.ts';
import { isSystemAdmin } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, forbidden, notFound } from '../../platform/http/problem.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { NATIONAL_PORTAL_SYNC_JOB } from './jobs.ts';
import * as repo from './repository.ts';

/**
 * What system administrators see of the sync: whether it is on, the lines it could not deliver, the latest
 * requests with what came back; and a retry of a line. The sync is the province's, not an agency's: system
 * administrators only.
 */

const LIMIT = 200;
const REQUESTS = 50;

function requireSystemAdmin(ctx: RequestContext) {
  if (!isSystemAdmin(ctx.actor!))
    throw forbidden('Chỉ quản trị hệ thống được xem và gửi lại dữ liệu đồng bộ Cổng Dịch vụ công quốc gia');
}

export async function syncOverview(db: Database, ctx: RequestContext, enabled: boolean, code?: string) {
  requireSystemAdmin(ctx);
  const [problems, requests] = await Promise.all([
    repo.syncProblems(db, LIMIT),
    repo.syncLog(db, REQUESTS, code),
  ]);
  return { enabled, problems, requests };
}

/** The line is due again now (attempts start over) and the sync job is asked to run. */
export async function retryLine(db: Database, ctx: RequestContext, id: string, jobs: JobQueue | undefined) {
  requireSystemAdmin(ctx);
  await db.transaction().execute(async (trx) => {
    const line = await repo.lockedFeedLine(trx, id);
    if (!line) throw notFound('Không tìm thấy dòng đồng bộ này');
    if (line.status !== 'pending' && line.status !== 'failed')
      throw conflict('Dòng này đã được xử lý xong, không cần gửi lại');
    await repo.requeueFeedLine(trx, id);
    await recordAudit(trx, ctx, {
      action: 'national_portal.sync.retry',
      agencyId: line.agencyId,
      targetType: 'dossier',
      targetId: line.dossierId,
      summary: {
        code: line.dossierCode,
        line: id,
        kind: line.kind,
        before: { status: line.status, attempts: line.attempts, lastError: line.lastError },
      },
    });
  });
  await jobs?.send(NATIONAL_PORTAL_SYNC_JOB, {}, { singletonKey: 'retry' });
  return { id, status: 'pending' as const };
}
