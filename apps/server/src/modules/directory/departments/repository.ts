import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.ts';
import { matchesAllWords } from '../../../platform/db/search.ts';
import { offsetOf, type Page } from '../../../platform/http/paging.ts';
import type { CreateDepartment, Department, ListDepartments, UpdateDepartment } from './schema.ts';

function selectDepartments(db: Executor) {
  return db
    .selectFrom('departments as d')
    .select((eb) => [
      'd.id',
      'd.agencyId',
      'd.name',
      'd.abbreviation',
      'd.phone',
      'd.email',
      'd.isActive',
      'd.sortOrder',
      eb
        .selectFrom('officials as o')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('o.departmentId', '=', 'd.id')
        .where('o.isActive', '=', true)
        .as('officialCount'),
    ]);
}

const toDepartment = (
  row: Awaited<ReturnType<ReturnType<typeof selectDepartments>['executeTakeFirstOrThrow']>>,
): Department => ({
  ...row,
  officialCount: Number(row.officialCount ?? 0),
});

function listFilter(agencyId: string, query: ListDepartments): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [sql<SqlBool>`d.agency_id = ${agencyId}`];
  if (!query.includeInactive) parts.push(sql<SqlBool>`d.is_active`);
  if (query.q) parts.push(matchesAllWords('d.search', query.q));
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

export async function listDepartments(
  db: Executor,
  agencyId: string,
  query: ListDepartments,
): Promise<Page<Department>> {
  const where = listFilter(agencyId, query);
  const { total } = await db
    .selectFrom('departments as d')
    .select(sql<number>`count(*)::int`.as('total'))
    .where(where)
    .executeTakeFirstOrThrow();
  const items = await selectDepartments(db)
    .where(where)
    .orderBy('d.sortOrder')
    .orderBy(sql`d.name collate vietnamese`)
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize))
    .execute();
  return { items: items.map(toDepartment), total, page: query.page, pageSize: query.pageSize };
}

export async function findDepartment(db: Executor, id: string): Promise<Department | undefined> {
  const row = await selectDepartments(db).where('d.id', '=', id).executeTakeFirst();
  return row ? toDepartment(row) : undefined;
}

export async function insertDepartment(
  db: Executor,
  agencyId: string,
  input: CreateDepartment,
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('departments')
    .values({
      id,
      agencyId,
      name: input.name,
      abbreviation: input.abbreviation,
      phone: input.phone ?? null,
      email: input.email ?? null,
      sortOrder: input.sortOrder ?? 0,
    })
    .execute();
  return id;
}

export async function updateDepartment(db: Executor, id: string, input: UpdateDepartment): Promise<void> {
  await db
    .updateTable('departments')
    .set({ ...input, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export async function countOfficials(db: Executor, departmentId: string): Promise<number> {
  const row = await db
    .selectFrom('officials')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('departmentId', '=', departmentId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function deleteDepartment(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('departments').where('id', '=', id).execute();
}
