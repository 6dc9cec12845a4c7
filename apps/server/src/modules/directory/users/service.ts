import { recordAudit } from '../../../platform/audit/recorder.ts';
import { can, hasAnyScope, isSystemAdmin, scopeOf } from '../../../platform/auth/actor.ts';
import { hashPassword } from '../../../platform/auth/password.ts';
import { SYSTEM_ADMIN } from '../../../platform/auth/permissions.ts';
import { deleteSessionsOfUser, setPassword, setTotp } from '../../../platform/auth/repository.ts';
import { assertStrongPassword } from '../../../platform/auth/service.ts';
import type { RequestContext } from '../../../platform/context.ts';
import type { Database, Executor } from '../../../platform/db/database.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/http/problem.ts';
import { findAgencyRef } from '../agencies/repository.ts';
import { insertOfficial } from '../officials/repository.ts';
import { refuseGrant } from './grant-rules.ts';
import * as repo from './repository.ts';
import type { CreateUser, ListUsers, RoleGrantInput, UpdateUser, User } from './schema.ts';
import { temporaryPassword } from './temporary-password.ts';

export function listUsers(db: Database, ctx: RequestContext, query: ListUsers) {
  const actor = ctx.actor!;
  const read = scopeOf(actor, 'directory.users.read');
  const scope = hasAnyScope(read) ? read : scopeOf(actor, 'directory.users.manage');
  if (!hasAnyScope(scope)) throw forbidden('Bạn không có quyền xem tài khoản người dùng');
  return repo.listUsers(db, scope, query);
}

/** Loads a user the actor may act on with `permission` (their own account counts for reading). */
async function requireUser(
  db: Executor,
  ctx: RequestContext,
  id: string,
  permission: 'directory.users.read' | 'directory.users.manage',
) {
  const found = await repo.findUser(db, id);
  if (!found) throw notFound('Không tìm thấy tài khoản');
  const actor = ctx.actor!;
  const allowed =
    (permission === 'directory.users.read' && actor.userId === id) ||
    isSystemAdmin(actor) ||
    (found.agencyPath !== null &&
      (can(actor, permission, found.agencyPath) ||
        (permission === 'directory.users.read' && can(actor, 'directory.users.manage', found.agencyPath))));
  if (!allowed) throw forbidden('Bạn không có quyền với tài khoản này');
  return found;
}

export async function getUser(db: Database, ctx: RequestContext, id: string): Promise<User> {
  return (await requireUser(db, ctx, id, 'directory.users.read')).user;
}

async function grantRole(
  trx: Executor,
  ctx: RequestContext,
  userId: string,
  input: RoleGrantInput,
  check: boolean,
): Promise<string> {
  const role = await repo.findRole(trx, input.role);
  if (!role)
    throw invalid(`Không có vai trò "${input.role}"`, [
      { pointer: '/body/role', detail: 'Vai trò không tồn tại' },
    ]);
  const agencyId = role.isGlobal ? null : (input.agencyId ?? null);
  let agencyPath: string[] | null = null;
  if (agencyId) {
    const agency = await findAgencyRef(trx, agencyId);
    if (!agency)
      throw invalid('Cơ quan không tồn tại', [{ pointer: '/body/agencyId', detail: 'Không tồn tại' }]);
    agencyPath = agency.path;
  }
  const includeSubtree = !role.isGlobal && (input.includeSubtree ?? false);
  if (check && ctx.actor) {
    const refusal = refuseGrant(ctx.actor, role, agencyPath, includeSubtree);
    if (refusal) throw forbidden(refusal);
  } else if (!role.isGlobal && !agencyPath) {
    throw invalid('Vai trò này phải gắn với một cơ quan', [
      { pointer: '/body/agencyId', detail: 'Bắt buộc' },
    ]);
  }
  const id = await repo.insertAssignment(trx, {
    userId,
    role: role.key,
    agencyId,
    includeSubtree,
    grantedBy: ctx.actor?.userId ?? null,
  });
  await recordAudit(trx, ctx, {
    action: 'directory.role.grant',
    agencyId,
    targetType: 'user',
    targetId: userId,
    summary: { role: role.key, agencyId, includeSubtree },
  });
  return id;
}

export interface AccountOptions {
  /** false for the command line, run by whoever operates the server. */
  checkPermissions: boolean;
}

interface NewAccount {
  username: string;
  displayName: string;
  email: string | null;
  officialId: string | null;
  agencyId: string | null;
  password: string | undefined;
  mustChangePassword: boolean;
  roles: RoleGrantInput[];
}

/** Inserts the account, its audit entry and its roles in the caller's transaction. */
async function insertAccount(
  trx: Executor,
  ctx: RequestContext,
  account: NewAccount,
  checkPermissions: boolean,
) {
  const generated = account.password ? undefined : temporaryPassword();
  const password = account.password ?? generated!;
  assertStrongPassword(password, account.username, '/body/password');
  const userId = await repo.insertUser(trx, {
    username: account.username,
    displayName: account.displayName,
    email: account.email,
    officialId: account.officialId,
    passwordHash: await hashPassword(password),
    mustChangePassword: account.mustChangePassword,
  });
  await recordAudit(trx, ctx, {
    action: 'directory.user.create',
    agencyId: account.agencyId,
    targetType: 'user',
    targetId: userId,
    summary: { after: { username: account.username, officialId: account.officialId } },
  });
  for (const grant of account.roles) await grantRole(trx, ctx, userId, grant, checkPermissions);
  return { userId, generated };
}

/**
 * A login for an official. Without a password a temporary one is generated and returned once; the user
 * must change it at first login unless told otherwise.
 */
export async function createUser(
  db: Database,
  ctx: RequestContext,
  input: CreateUser,
  options: AccountOptions = { checkPermissions: true },
): Promise<User & { temporaryPassword?: string }> {
  const official = await repo.findOfficialForAccount(db, input.officialId);
  if (!official)
    throw invalid('Cán bộ không tồn tại', [{ pointer: '/body/officialId', detail: 'Không tồn tại' }]);
  if (options.checkPermissions && !can(ctx.actor!, 'directory.users.manage', official.agencyPath)) {
    throw forbidden('Bạn không quản lý tài khoản tại cơ quan của cán bộ này');
  }
  if (official.existingUserId) throw conflict('Cán bộ này đã có tài khoản');
  const { userId, generated } = await db.transaction().execute((trx) =>
    insertAccount(
      trx,
      ctx,
      {
        username: input.username,
        displayName: official.fullName,
        email: input.email ?? official.email,
        officialId: official.id,
        agencyId: official.agencyId,
        password: input.password,
        mustChangePassword: input.mustChangePassword ?? true,
        roles: input.roles ?? [],
      },
      options.checkPermissions,
    ),
  );
  const created = (await repo.findUser(db, userId))!.user;
  return generated ? { ...created, temporaryPassword: generated } : created;
}

/**
 * `congso user create`: the operator of the server creates a person and their login in one transaction,
 * without permission checks. A system administrator may have no agency (before any agency exists).
 */
export async function bootstrapAccount(
  db: Database,
  ctx: RequestContext,
  input: {
    username: string;
    fullName: string;
    position: string | null;
    agencyId: string | null;
    password: string | undefined;
    role: string;
    includeSubtree: boolean;
  },
): Promise<User & { temporaryPassword?: string }> {
  const { userId, generated } = await db.transaction().execute(async (trx) => {
    const officialId = input.agencyId
      ? await insertOfficial(trx, {
          agencyId: input.agencyId,
          fullName: input.fullName,
          position: input.position,
        })
      : null;
    return insertAccount(
      trx,
      ctx,
      {
        username: input.username,
        displayName: input.fullName,
        email: null,
        officialId,
        agencyId: input.agencyId,
        password: input.password,
        mustChangePassword: input.password === undefined,
        roles: [{ role: input.role, agencyId: input.agencyId, includeSubtree: input.includeSubtree }],
      },
      false,
    );
  });
  const created = (await repo.findUser(db, userId))!.user;
  return generated ? { ...created, temporaryPassword: generated } : created;
}

export async function updateUser(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: UpdateUser,
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const { user: before, agencyPath } = await requireUser(trx, ctx, id, 'directory.users.manage');
    if (input.isActive === false) {
      if (id === ctx.actor!.userId) throw conflict('Không thể tự khóa tài khoản của chính mình');
      if (
        before.roles.some((r) => r.role === SYSTEM_ADMIN) &&
        (await repo.countActiveHolders(trx, SYSTEM_ADMIN, id)) === 0
      ) {
        throw conflict('Không thể khóa quản trị hệ thống cuối cùng');
      }
      await deleteSessionsOfUser(trx, id);
    }
    await repo.updateUser(trx, id, input);
    const after = (await repo.findUser(trx, id))!.user;
    await recordAudit(trx, ctx, {
      action:
        input.isActive === false
          ? 'directory.user.disable'
          : input.isActive === true
            ? 'directory.user.enable'
            : 'directory.user.update',
      agencyId: agencyPath?.at(-1) ?? null,
      targetType: 'user',
      targetId: id,
      summary: {
        changes: Object.fromEntries(
          (['email', 'isActive'] as const)
            .filter((k) => before[k] !== after[k])
            .map((k) => [k, { from: before[k], to: after[k] }]),
        ),
      },
    });
    return after;
  });
}

/** An administrator sets a new password (given or generated); the user must change it and is signed out everywhere. */
export async function resetPassword(
  db: Database,
  ctx: RequestContext,
  id: string,
  password?: string,
): Promise<{ temporaryPassword?: string }> {
  const { user, agencyPath } = await requireUser(db, ctx, id, 'directory.users.manage');
  const generated = password ? undefined : temporaryPassword();
  const next = password ?? generated!;
  assertStrongPassword(next, user.username, '/body/password');
  const passwordHash = await hashPassword(next);
  await db.transaction().execute(async (trx) => {
    await setPassword(trx, id, passwordHash, true);
    await deleteSessionsOfUser(trx, id);
    await recordAudit(trx, ctx, {
      action: 'directory.user.reset_password',
      agencyId: agencyPath?.at(-1) ?? null,
      targetType: 'user',
      targetId: id,
    });
  });
  return generated ? { temporaryPassword: generated } : {};
}

export async function unlockUser(db: Database, ctx: RequestContext, id: string): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const { agencyPath } = await requireUser(trx, ctx, id, 'directory.users.manage');
    await repo.unlockUser(trx, id);
    await recordAudit(trx, ctx, {
      action: 'directory.user.unlock',
      agencyId: agencyPath?.at(-1) ?? null,
      targetType: 'user',
      targetId: id,
    });
    return (await repo.findUser(trx, id))!.user;
  });
}

/** For a lost phone: turns the second factor off so the user can log in with the password and enrol again. */
export async function resetTotp(db: Database, ctx: RequestContext, id: string): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const { agencyPath } = await requireUser(trx, ctx, id, 'directory.users.manage');
    await setTotp(trx, id, null, null);
    await recordAudit(trx, ctx, {
      action: 'directory.user.reset_totp',
      agencyId: agencyPath?.at(-1) ?? null,
      targetType: 'user',
      targetId: id,
    });
    return (await repo.findUser(trx, id))!.user;
  });
}

/** Forgets the single-sign-on identity linked to an account (the person's identity or the provider changed). */
export async function unlinkSso(db: Database, ctx: RequestContext, id: string): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const { user, agencyPath } = await requireUser(trx, ctx, id, 'directory.users.manage');
    if (!user.ssoLinked) throw conflict('Tài khoản chưa liên kết đăng nhập một lần');
    await repo.unlinkSso(trx, id);
    await recordAudit(trx, ctx, {
      action: 'directory.user.unlink_sso',
      agencyId: agencyPath?.at(-1) ?? null,
      targetType: 'user',
      targetId: id,
    });
    return (await repo.findUser(trx, id))!.user;
  });
}

export async function assignRole(
  db: Database,
  ctx: RequestContext,
  userId: string,
  input: RoleGrantInput,
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    if (!(await repo.findUser(trx, userId))) throw notFound('Không tìm thấy tài khoản');
    await grantRole(trx, ctx, userId, input, true);
    return (await repo.findUser(trx, userId))!.user;
  });
}

export async function revokeRole(
  db: Database,
  ctx: RequestContext,
  userId: string,
  assignmentId: string,
): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const assignment = await repo.findAssignment(trx, userId, assignmentId);
    if (!assignment) throw notFound('Không tìm thấy phân quyền');
    const actor = ctx.actor!;
    const allowed = assignment.agencyPath
      ? can(actor, 'directory.users.manage', assignment.agencyPath)
      : isSystemAdmin(actor);
    if (!allowed) throw forbidden('Bạn không có quyền thu hồi vai trò này');
    if (
      assignment.role === SYSTEM_ADMIN &&
      (await repo.countActiveHolders(trx, SYSTEM_ADMIN, userId)) === 0
    ) {
      throw conflict('Không thể thu hồi quyền của quản trị hệ thống cuối cùng');
    }
    await repo.deleteAssignment(trx, assignmentId);
    await recordAudit(trx, ctx, {
      action: 'directory.role.revoke',
      agencyId: assignment.agencyId,
      targetType: 'user',
      targetId: userId,
      summary: {
        role: assignment.role,
        agencyId: assignment.agencyId,
        includeSubtree: assignment.includeSubtree,
      },
    });
    return (await repo.findUser(trx, userId))!.user;
  });
}
