import { recordAudit } from '../../platform/audit/recorder.ts';
import { type Actor, can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { conflict, forbidden, notFound } from '../../platform/http/problem.ts';
import { findAgencyRef } from '../directory/agencies/repository.ts';
import { actorOf } from '../documents/access.ts';
import { checkDepartment, checkOwner, managesPlan, workAgency } from './access.ts';
import { changesOf, planOrder, toPlanEntry } from './present.ts';
import * as repo from './repository.ts';
import type { CopyPlan, CreatePlanEntry, FilePlan, PlanEntry, UpdatePlanEntry } from './schema.ts';

const NOT_MANAGER = 'Chỉ người được giao lập danh mục hồ sơ của cơ quan mới thay đổi được danh mục';

/** The plan of an agency for a year, section by section in code order, with the file opened from each entry when one may see it. */
export async function getPlan(
  db: Database,
  ctx: RequestContext,
  query: { agencyId?: string | undefined; year: number },
): Promise<FilePlan> {
  const actor = actorOf(ctx);
  const agency = await workAgency(db, actor, query.agencyId);
  const rows = (await repo.planEntriesOf(db, agency.id, query.year)).sort(planOrder);
  const entries = await withFiles(db, actor, rows);
  const manage = managesPlan(actor, agency.path);
  return {
    agency: { id: agency.id, name: agency.name, code: agency.code },
    year: query.year,
    entries,
    can: { manage, open: manage || agency.member },
  };
}

async function withFiles(db: Executor, actor: Actor, rows: repo.PlanEntryRow[]): Promise<PlanEntry[]> {
  const files = await repo.filesOfEntries(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => {
    const file = files.find(
      (f) =>
        f.planEntryId === row.id &&
        (f.ownerUserId === actor.userId ||
          managesPlan(actor, f.agencyPath) ||
          can(actor, 'documents.read_all', f.agencyPath)),
    );
    return toPlanEntry(row, file ? { id: file.id, status: file.status as 'open' | 'closed' } : null);
  });
}

async function entryAnswer(db: Executor, actor: Actor, id: string): Promise<PlanEntry> {
  const row = await repo.findPlanEntry(db, id);
  if (!row) throw notFound('Không tìm thấy mục trong danh mục hồ sơ');
  const [entry] = await withFiles(db, actor, [row]);
  return entry!;
}

async function requireFreeCode(
  db: Executor,
  agencyId: string,
  year: number,
  code: string,
  exceptId?: string,
) {
  if (await repo.planCodeTaken(db, agencyId, year, code, exceptId))
    throw conflict(`Danh mục hồ sơ năm ${year} đã có hồ sơ ký hiệu ${code}`);
}

export async function createPlanEntry(
  db: Database,
  ctx: RequestContext,
  input: CreatePlanEntry,
): Promise<PlanEntry> {
  const actor = actorOf(ctx);
  const id = await db.transaction().execute(async (trx) => {
    const agency = await workAgency(trx, actor, input.agencyId);
    if (!managesPlan(actor, agency.path)) throw forbidden(NOT_MANAGER);
    await checkOwner(trx, agency.id, input.ownerUserId, '/body/ownerUserId');
    if (input.departmentId) await checkDepartment(trx, agency.id, input.departmentId, '/body/departmentId');
    await requireFreeCode(trx, agency.id, input.year, input.code);
    const id = await repo.insertPlanEntry(trx, {
      agencyId: agency.id,
      year: input.year,
      heading: input.heading ?? null,
      code: input.code,
      title: input.title,
      retentionYears: input.retentionYears,
      ownerUserId: input.ownerUserId,
      departmentId: input.departmentId ?? null,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
    await recordAudit(trx, ctx, {
      action: 'work_files.plan.create',
      agencyId: agency.id,
      targetType: 'file_plan_entry',
      targetId: id,
      summary: { after: { year: input.year, code: input.code, title: input.title } },
    });
    return id;
  });
  return entryAnswer(db, actor, id);
}

/** An entry to change: it exists, and the person keeps the plan of its agency. */
async function managedEntry(trx: Executor, actor: Actor, id: string) {
  const entry = await repo.findPlanEntry(trx, id, true);
  if (!entry) throw notFound('Không tìm thấy mục trong danh mục hồ sơ');
  const agency = await findAgencyRef(trx, entry.agencyId);
  if (!agency || !managesPlan(actor, agency.path)) throw forbidden(NOT_MANAGER);
  return entry;
}

/** Changes an entry; files already opened from it keep what they were opened with. */
export async function updatePlanEntry(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: UpdatePlanEntry,
): Promise<PlanEntry> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const entry = await managedEntry(trx, actor, id);
    if (input.ownerUserId) await checkOwner(trx, entry.agencyId, input.ownerUserId, '/body/ownerUserId');
    if (input.departmentId)
      await checkDepartment(trx, entry.agencyId, input.departmentId, '/body/departmentId');
    if (input.code) await requireFreeCode(trx, entry.agencyId, entry.year, input.code, id);
    await repo.updatePlanEntry(trx, id, input);
    await recordAudit(trx, ctx, {
      action: 'work_files.plan.update',
      agencyId: entry.agencyId,
      targetType: 'file_plan_entry',
      targetId: id,
      summary: { changes: changesOf(entry, input) },
    });
  });
  return entryAnswer(db, actor, id);
}

/** Removes an entry no file was opened from (one that was stays, as the file's origin). */
export async function deletePlanEntry(db: Database, ctx: RequestContext, id: string): Promise<void> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const entry = await managedEntry(trx, actor, id);
    if ((await repo.filesOfEntries(trx, [id])).length > 0)
      throw conflict('Đã có hồ sơ được lập theo mục này, không xóa được; hãy sửa mục thay vì xóa');
    await repo.deletePlanEntry(trx, id);
    await recordAudit(trx, ctx, {
      action: 'work_files.plan.delete',
      agencyId: entry.agencyId,
      targetType: 'file_plan_entry',
      targetId: id,
      summary: { before: { year: entry.year, code: entry.code, title: entry.title } },
    });
  });
}

/** Starts a year's plan from another year's: every entry whose code the target year does not have yet. */
export async function copyPlan(db: Database, ctx: RequestContext, input: CopyPlan) {
  const actor = actorOf(ctx);
  return db.transaction().execute(async (trx) => {
    const agency = await workAgency(trx, actor, input.agencyId);
    if (!managesPlan(actor, agency.path)) throw forbidden(NOT_MANAGER);
    const { copied, skipped } = await repo.copyPlanEntries(
      trx,
      agency.id,
      input.fromYear,
      input.toYear,
      actor.userId,
    );
    if (copied.length === 0 && skipped.length === 0)
      throw conflict(`Danh mục hồ sơ năm ${input.fromYear} chưa có mục nào để sao chép`);
    await recordAudit(trx, ctx, {
      action: 'work_files.plan.copy',
      agencyId: agency.id,
      targetType: 'agency',
      targetId: agency.id,
      summary: { fromYear: input.fromYear, toYear: input.toYear, copied: copied.length, skipped },
    });
    return { copied: copied.length, skipped };
  });
}
