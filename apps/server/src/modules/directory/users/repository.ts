import { type Expression, type SqlBool, sql } from 'kysely';
import type { AgencyScope } from '../../../platform/auth/actor.ts';
import { agencyInScope } from '../../../platform/auth/scope-sql.ts';
import type { Executor } from '../../../platform/db/database.ts';
import { matchesAllWords } from '../../../platform/db/search.ts';
import { offsetOf } from '../../../platform/http/paging.ts';
import type { ListUsers, User } from './schema.ts';

function selectUsers(db: Executor) {
  return db
    .selectFrom('users as u')
    .leftJoin('officials as o', 'o.id', 'u.officialId')
    .leftJoin('agencies as a', 'a.id', 'o.agencyId')
    .leftJoin('departments as d', 'd.id', 'o.departmentId')
    .select([
      'u.id',
      'u.kind',
      'u.username',
      'u.displayName',
      'u.email',
      'u.isActive',
      'u.mustChangePassword',
      'u.lockedUntil',
      'u.failedLoginCount',
      'u.lastLoginAt',
      'u.totpEnabledAt',
      'u.oidcSubject',
      'u.createdAt',
      'o.id as officialId',
      'o.fullName',
      'o.position',
      'a.id as agencyId',
      'a.name as agencyName',
      'a.path as agencyPath',
      'd.id as departmentId',
      'd.name as departmentName',
    ]);
}

export type UserRow = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

async function grantsOf(db: Executor, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .selectFrom('roleAssignments as ra')
    .innerJoin('roles as r', 'r.key', 'ra.role')
    .leftJoin('agencies as a', 'a.id', 'ra.agencyId')
    .select([
      'ra.id',
      'ra.userId',
      'ra.role',
      'r.nameVi',
      'r.nameEn',
      'ra.agencyId',
      'a.name as agencyName',
      'ra.includeSubtree',
    ])
    .where('ra.userId', 'in', userIds)
    .orderBy('r.nameVi')
    .execute();
}

async function withRoles(db: Executor, rows: UserRow[]): Promise<User[]> {
  const grants = await grantsOf(
    db,
    rows.map((r) => r.id),
  );
  const now = Date.now();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    official: row.officialId
      ? {
          id: row.officialId,
          fullName: row.fullName!,
          position: row.position,
          agency: { id: row.agencyId!, name: row.agencyName! },
          department: row.departmentId ? { id: row.departmentId, name: row.departmentName! } : null,
        }
      : null,
    isActive: row.isActive,
    mustChangePassword: row.mustChangePassword,
    locked: row.lockedUntil !== null && row.lockedUntil.getTime() > now,
    lockedUntil: row.lockedUntil,
    failedLoginCount: row.failedLoginCount,
    lastLoginAt: row.lastLoginAt,
    totpEnabled: row.totpEnabledAt !== null,
    ssoLinked: row.oidcSubject !== null,
    createdAt: row.createdAt,
    roles: grants
      .filter((g) => g.userId === row.id)
      .map((g) => ({
        id: g.id,
        role: g.role,
        nameVi: g.nameVi,
        nameEn: g.nameEn,
        agency: g.agencyId ? { id: g.agencyId, name: g.agencyName! } : null,
        includeSubtree: g.includeSubtree,
      })),
  }));
}

function listFilter(scope: AgencyScope, query: ListUsers): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [sql<SqlBool>`u.kind = 'staff'`];
  // users without an agency (service accounts, system administrators) only for a global scope
  parts.push(
    scope.all
      ? sql<SqlBool>`true`
      : sql<SqlBool>`a.id is not null and ${agencyInScope(scope, 'a.id', 'a.path')}`,
  );
  if (query.agencyId) {
    parts.push(
      query.includeSubAgencies
        ? sql<SqlBool>`a.path @> ${sql.val([query.agencyId])}::uuid[]`
        : sql<SqlBool>`a.id = ${query.agencyId}`,
    );
  }
  if (query.role)
    parts.push(
      sql<SqlBool>`exists (select 1 from role_assignments ra where ra.user_id = u.id and ra.role = ${query.role})`,
    );
  if (!query.includeInactive) parts.push(sql<SqlBool>`u.is_active`);
  if (query.q) {
    parts.push(
      sql<SqlBool>`(${matchesAllWords('u.search', query.q)} or ${matchesAllWords('o.search', query.q)})`,
    );
  }
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

export async function listUsers(db: Executor, scope: AgencyScope, query: ListUsers) {
  const where = listFilter(scope, query);
  const { total } = await db
    .selectFrom('users as u')
    .leftJoin('officials as o', 'o.id', 'u.officialId')
    .leftJoin('agencies as a', 'a.id', 'o.agencyId')
    .select(sql<number>`count(*)::int`.as('total'))
    .where(where)
    .executeTakeFirstOrThrow();
  const rows = await selectUsers(db)
    .where(where)
    .orderBy(sql`u.display_name collate vietnamese`)
    .orderBy('u.username')
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize))
    .execute();
  return { items: await withRoles(db, rows), total, page: query.page, pageSize: query.pageSize };
}

export async function findUser(
  db: Executor,
  id: string,
): Promise<{ user: User; agencyPath: string[] | null } | undefined> {
  const row = await selectUsers(db).where('u.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [user] = await withRoles(db, [row]);
  return { user: user!, agencyPath: row.agencyPath };
}

export function findOfficialForAccount(db: Executor, officialId: string) {
  return db
    .selectFrom('officials as o')
    .innerJoin('agencies as a', 'a.id', 'o.agencyId')
    .leftJoin('users as u', 'u.officialId', 'o.id')
    .select(['o.id', 'o.fullName', 'o.email', 'o.agencyId', 'a.path as agencyPath', 'u.id as existingUserId'])
    .where('o.id', '=', officialId)
    .executeTakeFirst();
}

export async function insertUser(
  db: Executor,
  values: {
    username: string;
    displayName: string;
    email: string | null;
    officialId: string | null;
    passwordHash: string;
    mustChangePassword: boolean;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('users')
    .values({ id, kind: 'staff', ...values, passwordChangedAt: new Date() })
    .execute();
  return id;
}

export async function updateUser(
  db: Executor,
  id: string,
  values: { email?: string | null; isActive?: boolean },
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...values, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function unlockUser(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ failedLoginCount: 0, lockedUntil: null, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function unlinkSso(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ oidcSubject: null, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export function findRole(db: Executor, key: string) {
  return db
    .selectFrom('roles')
    .select(['key', 'nameVi', 'permissions', 'isGlobal'])
    .where('key', '=', key)
    .executeTakeFirst();
}

export async function insertAssignment(
  db: Executor,
  values: {
    userId: string;
    role: string;
    agencyId: string | null;
    includeSubtree: boolean;
    grantedBy: string | null;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('roleAssignments')
    .values({ id, ...values })
    .execute();
  return id;
}

export function findAssignment(db: Executor, userId: string, assignmentId: string) {
  return db
    .selectFrom('roleAssignments as ra')
    .leftJoin('agencies as a', 'a.id', 'ra.agencyId')
    .select(['ra.id', 'ra.role', 'ra.agencyId', 'ra.includeSubtree', 'a.path as agencyPath'])
    .where('ra.userId', '=', userId)
    .where('ra.id', '=', assignmentId)
    .executeTakeFirst();
}

export async function deleteAssignment(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('roleAssignments').where('id', '=', id).execute();
}

/** Active users holding `role` (to refuse removing the last system administrator). */
export async function countActiveHolders(db: Executor, role: string, exceptUserId?: string): Promise<number> {
  let query = db
    .selectFrom('roleAssignments as ra')
    .innerJoin('users as u', 'u.id', 'ra.userId')
    .select(sql<number>`count(distinct u.id)::int`.as('n'))
    .where('ra.role', '=', role)
    .where('u.isActive', '=', true);
  if (exceptUserId) query = query.where('u.id', '<>', exceptUserId);
  return (await query.executeTakeFirstOrThrow()).n;
}
