import { sql } from 'kysely';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { systemContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { columnsOf } from './import-reader.ts';
import * as repo from './import-repository.ts';
import { upsertRecord } from './repository.ts';

/**
 * Applying an import, in the worker: every record upserted by its code in ONE transaction, so the
 * catalogue takes the whole file or nothing of it. Progress is written from another connection as it goes
 * (the transaction's own writes are invisible until it commits); a cancellation seen there, or any error,
 * rolls everything back.
 */

export const IMPORT_JOB = 'procedures.import';

/** Records written between two progress reports. */
const PROGRESS_EVERY = 50;
/** One import at a time writes to the catalogue (two files with the same codes would otherwise race). */
const IMPORT_LOCK = 7_406_301_215;

class Cancelled extends Error {}

/** The message an import that failed keeps, in Vietnamese, at most what the column holds. */
function failure(error: unknown, at: repo.RowRecord | undefined): string {
  const cause = error as { message?: string; code?: string };
  const where = at ? `Không ghi được dòng ${at.row} (mã ${at.code})` : 'Không áp dụng được tệp';
  const detail = cause.code
    ? `lỗi cơ sở dữ liệu ${cause.code}: ${cause.message}`
    : (cause.message ?? String(error));
  return `${where}: ${detail}. Danh mục không thay đổi.`.slice(0, 2000);
}

async function userLabel(db: Database, userId: string) {
  const user = await db
    .selectFrom('users')
    .select(['displayName', 'username'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return { userId, name: user ? `${user.displayName} (${user.username})` : userId };
}

/** Applies a running import; returns its final status. An import not running (cancelled first) is left alone. */
export async function runImport(db: Database, importId: string, userId: string): Promise<string> {
  const stored = await repo.recordsOf(db, importId);
  if (stored?.status !== 'running') return stored?.status ?? 'missing';
  const records = stored.records as unknown as repo.RowRecord[];
  const columns = columnsOf(stored.format as repo.ImportFormat);
  const as = await userLabel(db, userId);
  let current: repo.RowRecord | undefined;
  try {
    await db.transaction().execute(async (trx) => {
      await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
      let created = 0;
      let updated = 0;
      for (const [i, record] of records.entries()) {
        current = record;
        const { row: _row, ...values } = record;
        if ((await upsertRecord(trx, values, columns, userId)) === 'created') created++;
        else updated++;
        if ((i + 1) % PROGRESS_EVERY === 0 && !(await repo.writeProgress(db, importId, i + 1)))
          throw new Cancelled();
      }
      current = undefined;
      const finished = await repo.finishRun(trx, importId, {
        status: 'done',
        createdCount: created,
        updatedCount: updated,
        processedRows: records.length,
      });
      if (!finished) throw new Cancelled();
      await recordAudit(trx, systemContext('procedure-import'), {
        action: 'procedures.import.done',
        targetType: 'procedure_import',
        targetId: importId,
        summary: { created, updated, format: stored.format },
        as,
      });
    });
    return 'done';
  } catch (error) {
    if (error instanceof Cancelled) return 'cancelled';
    await repo.finishRun(db, importId, { status: 'failed', error: failure(error, current) });
    return 'failed';
  }
}

/** The worker's part. A failed import is reported on the import, never retried by the queue. */
export async function registerProcedureImportJobs(jobs: JobQueue, deps: { db: Database }): Promise<void> {
  await jobs.work<{ importId: string; userId: string }>(IMPORT_JOB, async ({ importId, userId }) => {
    await runImport(deps.db, importId, userId);
  });
}
