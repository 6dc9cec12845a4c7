import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Executor, PREPARE } from '../db/database.ts';
import type { Actor } from './actor.ts';

/**
 * The signed-in user as `GET /api/me` shows it: person, agency, roles and the permissions they add up to,
 * in one statement.
 */
export async function loadProfile(db: Executor, actor: Actor) {
  const user = await db
    .selectFrom('users as u')
    .leftJoin('officials as o', 'o.id', 'u.officialId')
    .leftJoin('agencies as a', 'a.id', 'o.agencyId')
    .leftJoin('departments as d', 'd.id', 'o.departmentId')
    .select([
      'u.id',
      'u.username',
      'u.displayName',
      'u.kind',
      'u.email',
      'u.mustChangePassword',
      'u.totpEnabledAt',
      'o.id as officialId',
      'o.fullName',
      'o.position',
      'o.title',
      'o.clearance',
      'a.id as agencyId',
      'a.name as agencyName',
      'a.code as agencyCode',
      'a.abbreviation as agencyAbbreviation',
      'a.level as agencyLevel',
      'd.id as departmentId',
      'd.name as departmentName',
      (eb) =>
        jsonArrayFrom(
          eb
            .selectFrom('roleAssignments as ra')
            .innerJoin('roles as r', 'r.key', 'ra.role')
            .leftJoin('agencies as ga', 'ga.id', 'ra.agencyId')
            .select([
              'ra.role',
              'r.nameVi',
              'r.nameEn',
              'ra.includeSubtree',
              'ga.id as agencyId',
              'ga.name as agencyName',
            ])
            .whereRef('ra.userId', '=', 'u.id')
            .orderBy('r.nameVi'),
        ).as('roles'),
    ])
    .where('u.id', '=', actor.userId)
    .modifyFront(PREPARE)
    .executeTakeFirstOrThrow();
  const roles = user.roles;
  const agency = user.agencyId
    ? {
        id: user.agencyId,
        name: user.agencyName!,
        code: user.agencyCode,
        abbreviation: user.agencyAbbreviation!,
        level: user.agencyLevel!,
      }
    : null;
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    kind: user.kind,
    email: user.email,
    mustChangePassword: user.mustChangePassword,
    totpEnabled: user.totpEnabledAt !== null,
    agency,
    official: user.officialId
      ? {
          id: user.officialId,
          fullName: user.fullName!,
          position: user.position,
          title: user.title,
          clearance: user.clearance!,
          department: user.departmentId ? { id: user.departmentId, name: user.departmentName! } : null,
        }
      : null,
    roles: roles.map((r) => ({
      role: r.role,
      nameVi: r.nameVi,
      nameEn: r.nameEn,
      includeSubtree: r.includeSubtree,
      agency: r.agencyId ? { id: r.agencyId, name: r.agencyName! } : null,
    })),
    permissions: [...new Set(actor.grants.flatMap((g) => g.permissions))].sort(),
  };
}
