import { isWithinAgencyCode } from '@congso/edxml';
import { recordAudit } from '../../../platform/audit/recorder.ts';
import { can, canBelow, isSystemAdmin } from '../../../platform/auth/actor.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Database, Executor } from '../../../platform/db/database.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/http/problem.ts';
import * as repo from './repository.ts';
import type { Agency, CreateAgency, ListAgencies, UpdateAgency } from './schema.ts';

const AUDITED_FIELDS = [
  'name',
  'abbreviation',
  'code',
  'level',
  'adminUnitCode',
  'address',
  'phone',
  'email',
  'website',
  'fax',
  'isActive',
  'sortOrder',
] as const;

/** The directory is the province's shared phone book: every signed-in official may read it. */
export function listAgencies(db: Database, query: ListAgencies) {
  return repo.listAgencies(db, query);
}

export function agencyTree(db: Database, rootId: string | undefined, includeInactive: boolean) {
  return repo.loadTree(db, rootId, includeInactive);
}

export async function getAgency(db: Database, ctx: RequestContext, id: string) {
  const agency = await repo.findAgency(db, id);
  const ref = await repo.findAgencyRef(db, id);
  if (!agency || !ref) throw notFound('Không tìm thấy cơ quan');
  const actor = ctx.actor!;
  return {
    ...agency,
    ancestors: await repo.ancestorsOf(db, ref.path),
    can: {
      manage: can(actor, 'directory.agencies.manage', ref.path),
      manageDepartments: can(actor, 'directory.departments.manage', ref.path),
      manageOfficials: can(actor, 'directory.officials.manage', ref.path),
      manageUsers: can(actor, 'directory.users.manage', ref.path),
      createChildren: canBelow(actor, 'directory.agencies.manage', ref.path),
    },
  };
}

/** Loads an agency for a change and checks the actor may make it; unknown ids are 404 for everyone. */
export async function requireAgency(
  db: Executor,
  ctx: RequestContext,
  id: string,
  permission: Parameters<typeof can>[1],
) {
  const ref = await repo.findAgencyRef(db, id);
  if (!ref) throw notFound('Không tìm thấy cơ quan');
  if (!can(ctx.actor!, permission, ref.path)) throw forbidden('Bạn không có quyền này tại cơ quan này');
  return ref;
}

async function checkCodeAndUnit(
  db: Executor,
  input: { code?: string | null; adminUnitCode?: string | null },
  parentCode: string | null,
) {
  if (input.adminUnitCode && !(await repo.adminUnitExists(db, input.adminUnitCode))) {
    throw invalid('Không có đơn vị hành chính với mã này', [
      { pointer: '/body/adminUnitCode', detail: 'Mã không có trong danh mục' },
    ]);
  }
  if (input.code && parentCode && !isWithinAgencyCode(input.code, parentCode)) {
    const detail = `Mã định danh phải thuộc khối mã của cơ quan cấp trên (${parentCode})`;
    throw invalid(detail, [{ pointer: '/body/code', detail }]);
  }
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of AUDITED_FIELDS) {
    if (key in after && after[key] !== undefined && before[key] !== after[key])
      changes[key] = { from: before[key], to: after[key] };
  }
  return changes;
}

/**
 * A new agency under `parentId`. Creating below an agency needs the manage permission over its sub-tree
 * (an agency administrator scoped to that agency only cannot create children); top-level agencies are for
 * system administrators.
 */
export async function createAgency(db: Database, ctx: RequestContext, input: CreateAgency): Promise<Agency> {
  const actor = ctx.actor!;
  return db.transaction().execute(async (trx) => {
    let parentPath: string[] = [];
    let parentCode: string | null = null;
    if (input.parentId) {
      const parent = await repo.findAgencyRef(trx, input.parentId);
      if (!parent)
        throw invalid('Cơ quan cấp trên không tồn tại', [
          { pointer: '/body/parentId', detail: 'Không tồn tại' },
        ]);
      if (!canBelow(actor, 'directory.agencies.manage', parent.path)) {
        throw forbidden('Bạn không có quyền tạo đơn vị trực thuộc cơ quan này');
      }
      parentPath = parent.path;
      parentCode = parent.code;
    } else if (!isSystemAdmin(actor)) {
      throw forbidden('Chỉ quản trị hệ thống được tạo cơ quan cấp cao nhất');
    }
    await checkCodeAndUnit(trx, input, parentCode);
    const id = await repo.insertAgency(trx, input, parentPath);
    const created = (await repo.findAgency(trx, id))!;
    await recordAudit(trx, ctx, {
      action: 'directory.agency.create',
      agencyId: id,
      targetType: 'agency',
      targetId: id,
      summary: {
        after: {
          name: created.name,
          code: created.code,
          abbreviation: created.abbreviation,
          parentId: created.parentId,
        },
      },
    });
    return created;
  });
}

export async function updateAgency(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: UpdateAgency,
): Promise<Agency> {
  const actor = ctx.actor!;
  return db.transaction().execute(async (trx) => {
    const ref = await requireAgency(trx, ctx, id, 'directory.agencies.manage');
    const before = (await repo.findAgency(trx, id))!;
    const { parentId, ...fields } = input;
    const parentCode = ref.parentId ? ((await repo.findAgencyRef(trx, ref.parentId))?.code ?? null) : null;
    let newParentCode = parentCode;
    if (parentId !== undefined && parentId !== ref.parentId) {
      const newParent = await repo.findAgencyRef(trx, parentId);
      if (!newParent)
        throw invalid('Cơ quan cấp trên không tồn tại', [
          { pointer: '/body/parentId', detail: 'Không tồn tại' },
        ]);
      if (newParent.path.includes(id)) throw invalid('Không thể chuyển một cơ quan vào bên dưới chính nó');
      const mayLeave = !ref.parentId || canBelow(actor, 'directory.agencies.manage', ref.path.slice(0, -1));
      if (!mayLeave || !canBelow(actor, 'directory.agencies.manage', newParent.path)) {
        throw forbidden('Bạn không có quyền chuyển cơ quan này sang cơ quan cấp trên mới');
      }
      await repo.moveAgency(trx, id, ref.path, newParent.path, newParent.id);
      newParentCode = newParent.code;
    }
    const code = fields.code === undefined ? ref.code : fields.code;
    await checkCodeAndUnit(trx, { code, adminUnitCode: fields.adminUnitCode }, newParentCode);
    if (Object.keys(fields).length > 0) await repo.updateAgency(trx, id, fields);
    const after = (await repo.findAgency(trx, id))!;
    await recordAudit(trx, ctx, {
      action: 'directory.agency.update',
      agencyId: id,
      targetType: 'agency',
      targetId: id,
      summary: {
        changes: changedFields(
          before as unknown as Record<string, unknown>,
          after as unknown as Record<string, unknown>,
        ),
        ...(after.parentId !== before.parentId
          ? { moved: { from: before.parentId, to: after.parentId } }
          : {}),
      },
    });
    return after;
  });
}

/** Only an agency with nothing in it can be deleted; otherwise deactivate it. */
export async function deleteAgency(db: Database, ctx: RequestContext, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const ref = await requireAgency(trx, ctx, id, 'directory.agencies.manage');
    if (!ref.parentId && !isSystemAdmin(ctx.actor!))
      throw forbidden('Chỉ quản trị hệ thống được xóa cơ quan cấp cao nhất');
    const used = await repo.dependentsOf(trx, id);
    if (used.children + used.departments + used.officials > 0) {
      throw conflict(
        `Cơ quan còn ${used.children} đơn vị trực thuộc, ${used.departments} phòng ban, ${used.officials} cán bộ; hãy ngừng hoạt động thay vì xóa`,
      );
    }
    await repo.deleteAgency(trx, id);
    await recordAudit(trx, ctx, {
      action: 'directory.agency.delete',
      agencyId: ref.parentId,
      targetType: 'agency',
      targetId: id,
      summary: { before: { name: ref.name, code: ref.code } },
    });
  });
}
