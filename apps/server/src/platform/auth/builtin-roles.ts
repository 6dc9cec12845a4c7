import { sql } from 'kysely';
import type { Executor } from '../db/database.ts';
import { builtinRoles } from './permissions.ts';

/** Writes the built-in roles as the code declares them; custom roles are left alone. */
export async function syncBuiltinRoles(db: Executor): Promise<void> {
  for (const role of builtinRoles) {
    await db
      .insertInto('roles')
      .values({
        key: role.key,
        nameVi: role.nameVi,
        nameEn: role.nameEn,
        description: role.description,
        permissions: role.permissions,
        isGlobal: role.isGlobal,
        isBuiltin: true,
      })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          nameVi: role.nameVi,
          nameEn: role.nameEn,
          description: role.description,
          permissions: role.permissions,
          isGlobal: role.isGlobal,
          isBuiltin: true,
          updatedAt: sql<Date>`now()`,
        }),
      )
      .execute();
  }
}
