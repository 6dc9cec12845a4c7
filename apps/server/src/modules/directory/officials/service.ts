import { recordAudit } from '../../../platform/audit/recorder.ts';
import { type Actor, can } from '../../../platform/auth/actor.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Database, Executor } from '../../../platform/db/database.ts';
import { conflict, invalid, notFound, Problem } from '../../../platform/http/problem.ts';
import { findAgencyRef } from '../agencies/repository.ts';
import { requireAgency } from '../agencies/service.ts';
import * as repo from './repository.ts';
import type { CreateOfficial, ListOfficials, Official, UpdateOfficial } from './schema.ts';

const AUDITED = [
  'fullName',
  'position',
  'title',
  'email',
  'phone',
  'clearance',
  'isActive',
  'agencyId',
  'departmentId',
  'sortOrder',
] as const;

/** The phone book entry; the secrecy clearance is shown only to those who manage the agency's officials. */
function toOfficial(row: repo.OfficialRow, actor: Actor): Official {
  const mayManage = can(actor, 'directory.officials.manage', row.agencyPath);
  return {
    id: row.id,
    agency: { id: row.agencyId, name: row.agencyName },
    department: row.departmentId ? { id: row.departmentId, name: row.departmentName! } : null,
    fullName: row.fullName,
    position: row.position,
    title: row.title,
    email: row.email,
    phone: row.phone,
    clearance: mayManage ? (row.clearance as Official['clearance']) : null,
    isActive: row.isActive,
    sortOrder: row.sortOrder,
    userId: row.userId,
    username: row.username,
  };
}

export async function listOfficials(db: Database, ctx: RequestContext, query: ListOfficials) {
  let agencyPath: string[] | undefined;
  if (query.agencyId) {
    const ref = await findAgencyRef(db, query.agencyId);
    if (!ref) throw notFound('Không tìm thấy cơ quan');
    agencyPath = ref.path;
  }
  const { rows, total } = await repo.listOfficials(db, query, agencyPath);
  return {
    items: rows.map((r) => toOfficial(r, ctx.actor!)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getOfficial(db: Database, ctx: RequestContext, id: string): Promise<Official> {
  const row = await repo.findOfficial(db, id);
  if (!row) throw notFound('Không tìm thấy cán bộ');
  return toOfficial(row, ctx.actor!);
}

async function checkDepartment(db: Executor, departmentId: string | null | undefined, agencyId: string) {
  if (!departmentId) return;
  const department = await repo.findDepartmentAgency(db, departmentId);
  if (!department || department.agencyId !== agencyId) {
    throw invalid('Phòng, ban không thuộc cơ quan đã chọn', [
      { pointer: '/body/departmentId', detail: 'Phòng, ban không thuộc cơ quan này' },
    ]);
  }
}

/**
 * Who may read secret documents is decided apart from who manages the phone book: an agency administrator
 * who could raise their own clearance could read every secret document of the agency.
 */
async function requireClearanceManager(db: Executor, ctx: RequestContext, agencyId: string) {
  const ref = await findAgencyRef(db, agencyId);
  if (!ref || !can(ctx.actor!, 'directory.clearance.manage', ref.path))
    throw new Problem('forbidden', 'Bạn không có quyền xác định mức tiếp cận văn bản mật', {
      errors: [
        {
          pointer: '/body/clearance',
          detail: 'Chỉ người được giao quản lý bảo vệ bí mật nhà nước được thay đổi',
        },
      ],
    });
}

export async function createOfficial(
  db: Database,
  ctx: RequestContext,
  input: CreateOfficial,
): Promise<Official> {
  return db.transaction().execute(async (trx) => {
    await requireAgency(trx, ctx, input.agencyId, 'directory.officials.manage');
    if ((input.clearance ?? 'none') !== 'none') await requireClearanceManager(trx, ctx, input.agencyId);
    await checkDepartment(trx, input.departmentId, input.agencyId);
    const id = await repo.insertOfficial(trx, input);
    const created = toOfficial((await repo.findOfficial(trx, id))!, ctx.actor!);
    await recordAudit(trx, ctx, {
      action: 'directory.official.create',
      agencyId: input.agencyId,
      targetType: 'official',
      targetId: id,
      summary: {
        after: {
          fullName: input.fullName,
          position: input.position ?? null,
          clearance: input.clearance ?? 'none',
        },
      },
    });
    return created;
  });
}

/** Edits a person; moving them to another agency needs the permission at both ends. */
export async function updateOfficial(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: UpdateOfficial,
): Promise<Official> {
  return db.transaction().execute(async (trx) => {
    const before = await repo.findOfficial(trx, id);
    if (!before) throw notFound('Không tìm thấy cán bộ');
    await requireAgency(trx, ctx, before.agencyId, 'directory.officials.manage');
    const agencyId = input.agencyId ?? before.agencyId;
    if (agencyId !== before.agencyId) await requireAgency(trx, ctx, agencyId, 'directory.officials.manage');
    const departmentId =
      input.departmentId !== undefined
        ? input.departmentId
        : agencyId !== before.agencyId
          ? null
          : before.departmentId;
    await checkDepartment(trx, departmentId, agencyId);
    if (input.clearance !== undefined && input.clearance !== before.clearance)
      await requireClearanceManager(trx, ctx, agencyId);
    await repo.updateOfficial(trx, id, { ...input, departmentId });
    if (input.fullName && input.fullName !== before.fullName)
      await repo.renameUserOf(trx, id, input.fullName);
    const after = (await repo.findOfficial(trx, id))!;
    const changes = Object.fromEntries(
      AUDITED.filter((k) => before[k] !== after[k]).map((k) => [k, { from: before[k], to: after[k] }]),
    );
    await recordAudit(trx, ctx, {
      action: 'directory.official.update',
      agencyId: after.agencyId,
      targetType: 'official',
      targetId: id,
      summary: { changes },
    });
    return toOfficial(after, ctx.actor!);
  });
}

export async function deleteOfficial(db: Database, ctx: RequestContext, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await repo.findOfficial(trx, id);
    if (!before) throw notFound('Không tìm thấy cán bộ');
    await requireAgency(trx, ctx, before.agencyId, 'directory.officials.manage');
    if (before.userId)
      throw conflict('Cán bộ đã có tài khoản; hãy khóa tài khoản và ngừng hoạt động thay vì xóa');
    await repo.deleteOfficial(trx, id);
    await recordAudit(trx, ctx, {
      action: 'directory.official.delete',
      agencyId: before.agencyId,
      targetType: 'official',
      targetId: id,
      summary: { before: { fullName: before.fullName } },
    });
  });
}
