import { recordAudit } from '../../platform/audit/recorder.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { conflict, forbidden, invalid } from '../../platform/http/problem.ts';
import { formatDateVi } from '../calendar/operations.ts';
import { actorOf, vietnamToday, vietnamYear } from '../documents/access.ts';
import {
  checkDepartment,
  checkOwner,
  fileViewerOf,
  managesPlan,
  visibleWorkFile,
  workAgency,
} from './access.ts';
import { getWorkFile } from './detail.ts';
import { changesOf } from './present.ts';
import * as repo from './repository.ts';
import type { CloseWorkFile, OpenWorkFile, UpdateWorkFile, WorkFileDetail } from './schema.ts';
import { changeableFile, fileStep } from './step.ts';

async function requireFreeFileCode(
  db: Executor,
  agencyId: string,
  year: number,
  code: string,
  exceptId?: string,
) {
  if (await repo.fileCodeTaken(db, agencyId, year, code, exceptId))
    throw conflict(`Cơ quan đã có hồ sơ ký hiệu ${code} năm ${year}`);
}

/** The plan entry a file is opened from, checked against what the request says besides. */
async function entryFor(db: Executor, input: OpenWorkFile) {
  if (!input.planEntryId) return undefined;
  const entry = await repo.findPlanEntry(db, input.planEntryId);
  const pointer = '/body/planEntryId';
  if (!entry)
    throw invalid('Không tìm thấy mục trong danh mục hồ sơ', [{ pointer, detail: 'Không có mục này' }]);
  if (input.agencyId && input.agencyId !== entry.agencyId)
    throw invalid('Mục này thuộc danh mục hồ sơ của cơ quan khác', [{ pointer, detail: 'Khác cơ quan' }]);
  if (input.year && input.year !== entry.year)
    throw invalid(`Hồ sơ lập theo danh mục năm ${entry.year} có năm hình thành ${entry.year}`, [
      { pointer: '/body/year', detail: `Phải là ${entry.year}` },
    ]);
  if (input.code && input.code !== entry.code)
    throw invalid(`Hồ sơ lập theo danh mục mang ký hiệu của mục: ${entry.code}`, [
      { pointer: '/body/code', detail: `Phải là ${entry.code}` },
    ]);
  return entry;
}

/**
 * Lập hồ sơ: from an entry of the file plan (its code, title, retention, owner and unit unless the request
 * says otherwise) or outside the plan. Officials open their own files; keepers of the plan may open one for
 * a colleague.
 */
export async function openWorkFile(
  db: Database,
  ctx: RequestContext,
  input: OpenWorkFile,
): Promise<WorkFileDetail> {
  const actor = actorOf(ctx);
  const id = await db.transaction().execute(async (trx) => {
    const entry = await entryFor(trx, input);
    const agency = await workAgency(trx, actor, entry?.agencyId ?? input.agencyId);
    const manager = managesPlan(actor, agency.path);
    if (!agency.member && !manager) throw forbidden('Chỉ cán bộ của cơ quan mới lập hồ sơ của cơ quan');
    const ownerUserId = input.ownerUserId ?? (manager && entry ? entry.ownerUserId : actor.userId);
    if (ownerUserId !== actor.userId && !manager)
      throw forbidden('Chỉ người lập danh mục hồ sơ mới lập hồ sơ cho người khác');
    await checkOwner(trx, agency.id, ownerUserId, '/body/ownerUserId');
    const departmentId =
      input.departmentId !== undefined ? input.departmentId : (entry?.departmentId ?? null);
    if (departmentId) await checkDepartment(trx, agency.id, departmentId, '/body/departmentId');

    const year = entry?.year ?? input.year ?? vietnamYear();
    const code = entry?.code ?? input.code!;
    if (!entry && (await repo.planCodeTaken(trx, agency.id, year, code)))
      throw conflict(`Ký hiệu ${code} đã có trong danh mục hồ sơ năm ${year}; hãy lập hồ sơ theo mục đó`);
    await requireFreeFileCode(trx, agency.id, year, code);
    const today = vietnamToday();
    const openedOn = input.openedOn ?? today;
    if (openedOn > today)
      throw invalid('Ngày bắt đầu hồ sơ không được sau hôm nay', [
        { pointer: '/body/openedOn', detail: 'Sau hôm nay' },
      ]);
    const title = input.title ?? entry!.title;
    const id = await repo.insertWorkFile(trx, {
      agencyId: agency.id,
      year,
      planEntryId: entry?.id ?? null,
      code,
      title,
      retentionYears: input.retentionYears !== undefined ? input.retentionYears : entry!.retentionYears,
      ownerUserId,
      departmentId,
      note: input.note ?? null,
      openedOn,
      createdBy: actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'work_files.file.open',
      agencyId: agency.id,
      targetType: 'work_file',
      targetId: id,
      summary: { after: { year, code, title, ownerUserId, planEntryId: entry?.id ?? null } },
    });
    return id;
  });
  return getWorkFile(db, ctx, id);
}

/** Changes what an open file says about itself; giving it to someone else is for the keepers of the plan. */
export function updateWorkFile(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: UpdateWorkFile,
): Promise<WorkFileDetail> {
  return fileStep(db, ctx, id, async (trx, file, actor) => {
    if (input.ownerUserId && input.ownerUserId !== file.ownerUserId) {
      if (!managesPlan(actor, file.agencyPath))
        throw forbidden('Chỉ người lập danh mục hồ sơ mới giao hồ sơ cho người khác');
      await checkOwner(trx, file.agencyId, input.ownerUserId, '/body/ownerUserId');
    }
    if (input.departmentId)
      await checkDepartment(trx, file.agencyId, input.departmentId, '/body/departmentId');
    if (input.code && input.code !== file.code)
      await requireFreeFileCode(trx, file.agencyId, file.year, input.code, id);
    await repo.updateWorkFile(trx, id, input);
    await recordAudit(trx, ctx, {
      action: 'work_files.file.update',
      agencyId: file.agencyId,
      targetType: 'work_file',
      targetId: id,
      summary: { changes: changesOf(file, input) },
    });
  });
}

/** Removes a file opened by mistake: only while it is open and still empty. */
export async function deleteWorkFile(db: Database, ctx: RequestContext, id: string): Promise<void> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const { file } = await changeableFile(trx, actor, id);
    if ((file.documentCount ?? 0) > 0)
      throw conflict('Hồ sơ đã có văn bản, không xóa được; hãy bỏ các văn bản ra trước');
    await repo.deleteWorkFile(trx, id);
    await recordAudit(trx, ctx, {
      action: 'work_files.file.delete',
      agencyId: file.agencyId,
      targetType: 'work_file',
      targetId: id,
      summary: { before: { year: file.year, code: file.code, title: file.title } },
    });
  });
}

/**
 * Kết thúc hồ sơ: records the closing date, who closed it, how many documents it holds and how many pages
 * (given, or the sum of the page counts its documents carry). From then on the file does not change.
 */
export function closeWorkFile(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: CloseWorkFile,
): Promise<WorkFileDetail> {
  return fileStep(db, ctx, id, async (trx, file, actor) => {
    const documentCount = file.documentCount ?? 0;
    if (documentCount === 0) throw conflict('Hồ sơ chưa có văn bản nào, chưa kết thúc được');
    const today = vietnamToday();
    const closedOn = input.closedOn ?? today;
    const pointer = '/body/closedOn';
    if (closedOn > today)
      throw invalid('Ngày kết thúc hồ sơ không được sau hôm nay', [{ pointer, detail: 'Sau hôm nay' }]);
    if (closedOn < file.openedOn)
      throw invalid(`Ngày kết thúc hồ sơ không được trước ngày bắt đầu (${formatDateVi(file.openedOn)})`, [
        { pointer, detail: 'Trước ngày bắt đầu' },
      ]);
    const pageCount = input.pageCount ?? (await repo.knownPages(trx, id));
    await repo.updateWorkFile(trx, id, {
      status: 'closed',
      closedOn,
      closedBy: actor.userId,
      documentCount,
      pageCount,
      closingNote: input.note ?? null,
    });
    await recordAudit(trx, ctx, {
      action: 'work_files.file.close',
      agencyId: file.agencyId,
      targetType: 'work_file',
      targetId: id,
      summary: { after: { closedOn, documentCount, pageCount } },
    });
  });
}

/** Opens a closed file again (a document was left out, a mistake found): the keepers of the plan, with a reason. */
export async function reopenWorkFile(
  db: Database,
  ctx: RequestContext,
  id: string,
  reason: string,
): Promise<WorkFileDetail> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const viewer = await fileViewerOf(trx, actor);
    const file = await visibleWorkFile(trx, viewer, id, true);
    if (!managesPlan(actor, file.agencyPath))
      throw forbidden('Chỉ người lập danh mục hồ sơ của cơ quan mới mở lại được hồ sơ đã kết thúc');
    if (file.status !== 'closed') throw conflict('Hồ sơ đang mở, không cần mở lại');
    await repo.updateWorkFile(trx, id, {
      status: 'open',
      closedOn: null,
      closedBy: null,
      documentCount: null,
      pageCount: null,
      closingNote: null,
    });
    await recordAudit(trx, ctx, {
      action: 'work_files.file.reopen',
      agencyId: file.agencyId,
      targetType: 'work_file',
      targetId: id,
      summary: {
        reason,
        before: { closedOn: file.closedOn, documentCount: file.documentCount, pageCount: file.pageCount },
      },
    });
  });
  return getWorkFile(db, ctx, id);
}
