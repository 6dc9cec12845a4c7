import { type Expression, type SqlBool, sql } from 'kysely';
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
