import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.ts';
import { matchesAllWords } from '../../../platform/db/search.ts';
import { offsetOf } from '../../../platform/http/paging.ts';
import type { ListAdminUnits } from './schema.ts';

function selectUnits(db: Executor) {
  return db
    .selectFrom('adminUnits as u')
    .leftJoin('adminUnits as p', 'p.code', 'u.provinceCode')
    .select(['u.code', 'u.name', 'u.divisionType', 'u.level', 'u.provinceCode', 'p.name as provinceName']);
}

function listFilter(query: ListAdminUnits): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [sql<SqlBool>`true`];
  if (query.level) parts.push(sql<SqlBool>`u.level = ${query.level}`);
  if (query.provinceCode) parts.push(sql<SqlBool>`u.province_code = ${query.provinceCode}`);
  if (query.q) parts.push(sql<SqlBool>`(${matchesAllWords('u.search', query.q)} or u.code = ${query.q})`);
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

export async function listAdminUnits(db: Executor, query: ListAdminUnits) {
  const where = listFilter(query);
  const { total } = await db
    .selectFrom('adminUnits as u')
    .select(sql<number>`count(*)::int`.as('total'))
    .where(where)
    .executeTakeFirstOrThrow();
  const items = await selectUnits(db)
    .where(where)
    .orderBy('u.code')
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize))
    .execute();
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export function findAdminUnit(db: Executor, code: string) {
  return selectUnits(db).where('u.code', '=', code).executeTakeFirst();
}
