import { sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.ts';
import type { CreateRole, Role, UpdateRole } from './schema.ts';

function selectRoles(db: Executor) {
  return db
    .selectFrom('roles as r')
    .select((eb) => [
      'r.key',
      'r.nameVi',
      'r.nameEn',
      'r.description',
      'r.permissions',
      'r.isGlobal',
      'r.isBuiltin',
      eb
        .selectFrom('roleAssignments as ra')
        .select(sql<number>`count(distinct ra.user_id)::int`.as('n'))
        .whereRef('ra.role', '=', 'r.key')
        .as('holders'),
    ]);
}

const toRole = (
  row: Awaited<ReturnType<ReturnType<typeof selectRoles>['executeTakeFirstOrThrow']>>,
): Role => ({
  ...row,
  holders: Number(row.holders ?? 0),
});

export async function listRoles(db: Executor): Promise<Role[]> {
  const rows = await selectRoles(db)
    .orderBy('r.isBuiltin', 'desc')
    .orderBy(sql`r.name_vi collate vietnamese`)
    .execute();
  return rows.map(toRole);
}

export async function findRole(db: Executor, key: string): Promise<Role | undefined> {
  const row = await selectRoles(db).where('r.key', '=', key).executeTakeFirst();
  return row ? toRole(row) : undefined;
}

export async function insertRole(db: Executor, input: CreateRole): Promise<void> {
  await db
    .insertInto('roles')
    .values({
      key: input.key,
      nameVi: input.nameVi,
      nameEn: input.nameEn,
      description: input.description ?? null,
      permissions: input.permissions,
    })
    .execute();
}

export async function updateRole(db: Executor, key: string, input: UpdateRole): Promise<void> {
  await db
    .updateTable('roles')
    .set({ ...input, updatedAt: sql<Date>`now()` })
    .where('key', '=', key)
    .execute();
}

export async function deleteRole(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('roles').where('key', '=', key).execute();
}
