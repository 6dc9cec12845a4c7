import { recordAudit } from '../../platform/audit/recorder.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { conflict, notFound } from '../../platform/http/problem.ts';
import type { JobQueue } from '../../platform/jobs/queue.ts';
import { actorOf } from '../documents/access.ts';
import { IMPORT_JOB, runImport } from './import-job.ts';
import { columnsOf, readImport } from './import-reader.ts';
import * as repo from './import-repository.ts';
import type { ImportDetail } from './schema.ts';
import { requireManager } from './service.ts';

/**
 * Imports of the national catalogue, in two steps: the upload is read and every row checked, and the
 * result kept as a preview (nothing in the catalogue changes); applying it, on confirmation, runs as a
 * background job that writes every record in one transaction, or none. A file with rows in error is
 * applied only when the person applying it says to skip those rows.
 */

/** What can run an import in the background: the job queue (web nodes only send). */
export type ImportQueue = Pick<JobQueue, 'send'>;

/** Rows shown in the preview. */
const PREVIEW_ROWS = 20;

async function detail(db: Executor, id: string): Promise<ImportDetail> {
  const summary = await repo.findImport(db, id);
  if (!summary) throw notFound('Không tìm thấy lần nhập danh mục này');
  const open = summary.status === 'previewed' || summary.status === 'failed';
  return {
    ...summary,
    preview: open ? await repo.previewOf(db, id, PREVIEW_ROWS) : null,
    problems: await repo.problemsOf(db, id),
    columns: [...columnsOf(summary.format)],
  };
}

/** Whether the person may import; settled before a byte of the upload is read. */
export async function mayImport(db: Database, ctx: RequestContext): Promise<void> {
  await requireManager(db, actorOf(ctx));
}

/** Reads and checks an uploaded file and keeps it as a preview. */
export async function uploadImport(
  db: Database,
  ctx: RequestContext,
  upload: { fileName: string; bytes: Buffer },
): Promise<ImportDetail> {
  const actor = actorOf(ctx);
  const fileName = upload.fileName.normalize('NFC').replace(/[\\/]/g, '_').slice(-300);
  const read = await readImport(fileName, upload.bytes);
  const id = await db.transaction().execute(async (trx) => {
    const { rootId } = await requireManager(trx, actor);
    const id = await repo.insertImport(trx, {
      format: read.format,
      fileName,
      totalRows: read.totalRows,
      records: read.records,
      problems: read.problems,
      createdBy: actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'procedures.import.upload',
      agencyId: rootId,
      targetType: 'procedure_import',
      targetId: id,
      summary: {
        fileName,
        format: read.format,
        totalRows: read.totalRows,
        validRows: read.records.length,
        problems: read.problems.length,
      },
    });
    return id;
  });
  return detail(db, id);
}

export async function listImports(db: Database, ctx: RequestContext, page: number, pageSize: number) {
  await requireManager(db, actorOf(ctx));
  return repo.listImports(db, page, pageSize);
}

export async function getImport(db: Database, ctx: RequestContext, id: string): Promise<ImportDetail> {
  await requireManager(db, actorOf(ctx));
  return detail(db, id);
}

/**
 * Starts applying a previewed import (or one that failed, again). With rows in error it needs
 * `skipInvalid`: the person applying it decides that the catalogue goes without those rows.
 */
export async function applyImport(
  db: Database,
  ctx: RequestContext,
  id: string,
  options: { skipInvalid: boolean },
  queue: ImportQueue | undefined,
): Promise<ImportDetail> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const { rootId } = await requireManager(trx, actor);
    const row = await repo.lockImport(trx, id);
    if (!row) throw notFound('Không tìm thấy lần nhập danh mục này');
    if (row.status !== 'previewed' && row.status !== 'failed')
      throw conflict(
        row.status === 'running'
          ? 'Lần nhập này đang được áp dụng'
          : 'Lần nhập này đã kết thúc; hãy tải tệp lên lại để nhập lần mới',
      );
    const summary = (await repo.findImport(trx, id))!;
    if (summary.invalidRows > 0 && !options.skipInvalid)
      throw conflict(
        `Tệp có ${summary.invalidRows} dòng lỗi. Hãy sửa tệp và tải lên lại, hoặc chọn bỏ qua các dòng lỗi khi áp dụng`,
      );
    if (summary.validRows === 0) throw conflict('Tệp không có dòng nào nhập được');
    await repo.setStatus(trx, id, 'running', { startedAt: new Date(), processedRows: 0, error: null });
    await recordAudit(trx, ctx, {
      action: 'procedures.import.apply',
      agencyId: rootId,
      targetType: 'procedure_import',
      targetId: id,
      summary: { fileName: row.fileName, validRows: summary.validRows, skippedRows: summary.invalidRows },
    });
  });
  if (queue) {
    const sent = await queue
      .send(IMPORT_JOB, { importId: id, userId: actor.userId }, { singletonKey: id, retryLimit: 0 })
      .catch(() => null);
    if (sent === null)
      await repo.finishRun(db, id, {
        status: 'failed',
        error: 'Không gửi được việc áp dụng tới hàng đợi tác vụ nền; hãy thử lại sau',
      });
  } else {
    // no queue in this process (a test, a single node started without one): applied within the request
    await runImport(db, id, actor.userId);
  }
  return detail(db, id);
}

/**
 * Cancels an import not applied yet, or one running: the job sees it at its next step and rolls back.
 * A run whose worker stopped is ended this way too.
 */
export async function cancelImport(db: Database, ctx: RequestContext, id: string): Promise<ImportDetail> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const { rootId } = await requireManager(trx, actor);
    const row = await repo.lockImport(trx, id);
    if (!row) throw notFound('Không tìm thấy lần nhập danh mục này');
    if (row.status !== 'previewed' && row.status !== 'running')
      throw conflict('Chỉ hủy được lần nhập chưa áp dụng hoặc đang áp dụng');
    await repo.setStatus(trx, id, 'cancelled', { finishedAt: new Date() });
    await recordAudit(trx, ctx, {
      action: 'procedures.import.cancel',
      agencyId: rootId,
      targetType: 'procedure_import',
      targetId: id,
      summary: { fileName: row.fileName, wasRunning: row.status === 'running' },
    });
  });
  return detail(db, id);
}
