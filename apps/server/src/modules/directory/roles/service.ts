import { recordAudit } from '../../../platform/audit/recorder.ts';
import { isSystemAdmin } from '../../../platform/auth/actor.ts';
import { permissionCatalogue } from '../../../platform/auth/permissions.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Database } from '../../../platform/db/database.ts';
import { conflict, forbidden, notFound } from '../../../platform/http/problem.ts';
import * as repo from './repository.ts';
import type { CreateRole, Role, UpdateRole } from './schema.ts';

export const listRoles = (db: Database) => repo.listRoles(db);

export function listPermissions() {
  return Object.entries(permissionCatalogue).map(([key, names]) => ({
    key,
    nameVi: names.vi,
    nameEn: names.en,
  }));
}

/** Roles are the same for the whole province, so only system administrators define them. */
function requireRoleAdmin(ctx: RequestContext) {
  if (!isSystemAdmin(ctx.actor!)) throw forbidden('Chỉ quản trị hệ thống được định nghĩa vai trò');
}

async function requireCustomRole(db: Database, key: string): Promise<Role> {
  const role = await repo.findRole(db, key);
  if (!role) throw notFound('Không tìm thấy vai trò');
  if (role.isBuiltin) throw conflict('Vai trò có sẵn của hệ thống không sửa hay xóa được');
  return role;
}

export async function createRole(db: Database, ctx: RequestContext, input: CreateRole): Promise<Role> {
  requireRoleAdmin(ctx);
  return db.transaction().execute(async (trx) => {
    await repo.insertRole(trx, input);
    await recordAudit(trx, ctx, {
      action: 'directory.role_definition.create',
      targetType: 'role',
      targetId: input.key,
      summary: { after: input },
    });
    return (await repo.findRole(trx, input.key))!;
  });
}

export async function updateRole(
  db: Database,
  ctx: RequestContext,
  key: string,
  input: UpdateRole,
): Promise<Role> {
  requireRoleAdmin(ctx);
  const before = await requireCustomRole(db, key);
  return db.transaction().execute(async (trx) => {
    await repo.updateRole(trx, key, input);
    const after = (await repo.findRole(trx, key))!;
    await recordAudit(trx, ctx, {
      action: 'directory.role_definition.update',
      targetType: 'role',
      targetId: key,
      summary: {
        before: { nameVi: before.nameVi, permissions: before.permissions },
        after: { nameVi: after.nameVi, permissions: after.permissions },
      },
    });
    return after;
  });
}

export async function deleteRole(db: Database, ctx: RequestContext, key: string): Promise<void> {
  requireRoleAdmin(ctx);
  const role = await requireCustomRole(db, key);
  if (role.holders > 0)
    throw conflict(`Vai trò đang được giao cho ${role.holders} người; hãy thu hồi trước khi xóa`);
  await db.transaction().execute(async (trx) => {
    await repo.deleteRole(trx, key);
    await recordAudit(trx, ctx, {
      action: 'directory.role_definition.delete',
      targetType: 'role',
      targetId: key,
      summary: { before: { nameVi: role.nameVi, permissions: role.permissions } },
    });
  });
}
