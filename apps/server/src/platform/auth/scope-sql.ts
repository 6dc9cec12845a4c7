import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { AgencyScope } from './actor.ts';

/**
 * SQL condition "the agency with this id and path is within the scope". `pathColumn` is the agencies.path
 * of the row being filtered (ids from the root down to the agency itself).
 */
export function agencyInScope(scope: AgencyScope, idColumn: string, pathColumn: string): Expression<SqlBool> {
  if (scope.all) return sql<SqlBool>`true`;
  const parts: Expression<SqlBool>[] = [];
  if (scope.exact.length > 0)
    parts.push(sql<SqlBool>`${sql.ref(idColumn)} = any(${sql.val(scope.exact)}::uuid[])`);
  if (scope.subtrees.length > 0)
    parts.push(sql<SqlBool>`${sql.ref(pathColumn)} && ${sql.val(scope.subtrees)}::uuid[]`);
  if (parts.length === 0) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/**
 * SQL condition "the role assignment `ra` (joined to its role `r`) grants `permission` at the agency `a`", as
 * `can()` decides it for an actor: given at that agency, or at one above it with its sub-tree, or (with
 * `global`) held everywhere. For finding who holds a permission somewhere (the clerks of an agency, say).
 */
export function assignmentGrants(permission: string, global: boolean): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${permission} = any(r.permissions) and (ra.agency_id = a.id
    or (ra.include_subtree and ra.agency_id = any(a.path))${global ? sql` or ra.agency_id is null` : sql``}))`;
}
