import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.ts';
import { matchesAllWords } from '../../../platform/db/search.ts';
import { offsetOf } from '../../../platform/http/paging.ts';
import type { CreateOfficial, ListOfficials, UpdateOfficial } from './schema.ts';

function selectOfficials(db: Executor) {
  return db
    .selectFrom('officials as o')
    .innerJoin('agencies as a', 'a.id', 'o.agencyId')
    .leftJoin('departments as d', 'd.id', 'o.departmentId')
    .leftJoin('users as u', 'u.officialId', 'o.id')
    .select([
      'o.id',
      'o.agencyId',
      'a.name as agencyName',
      'a.path as agencyPath',
      'o.departmentId',
      'd.name as departmentName',
      'o.fullName',
      'o.position',
      'o.title',
      'o.email',
      'o.phone',
      'o.clearance',
      'o.isActive',
      'o.sortOrder',
      'u.id as userId',
      'u.username',
    ]);
}

export type OfficialRow = Awaited<ReturnType<ReturnType<typeof selectOfficials>['executeTakeFirstOrThrow']>>;

function listFilter(query: ListOfficials, agencyPath: string[] | undefined): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (query.agencyId) {
    parts.push(
      query.includeSubAgencies && agencyPath
        ? sql<SqlBool>`a.path @> ${sql.val([query.agencyId])}::uuid[]`
        : sql<SqlBool>`o.agency_id = ${query.agencyId}`,
    );
  }
  if (query.departmentId) parts.push(sql<SqlBool>`o.department_id = ${query.departmentId}`);
  if (!query.includeInactive) parts.push(sql<SqlBool>`o.is_active`);
  if (query.withoutAccount)
    parts.push(sql<SqlBool>`not exists (select 1 from users x where x.official_id = o.id)`);
  if (query.q) parts.push(matchesAllWords('o.search', query.q));
  return parts.length > 0 ? sql<SqlBool>`${sql.join(parts, sql` and `)}` : sql<SqlBool>`true`;
}

export async function listOfficials(db: Executor, query: ListOfficials, agencyPath: string[] | undefined) {
  const where = listFilter(query, agencyPath);
  const { total } = await db
    .selectFrom('officials as o')
    .innerJoin('agencies as a', 'a.id', 'o.agencyId')
    .select(sql<number>`count(*)::int`.as('total'))
    .where(where)
    .executeTakeFirstOrThrow();
  const rows = await selectOfficials(db)
    .where(where)
    .orderBy('o.sortOrder')
    .orderBy(sql`o.full_name collate vietnamese`)
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize))
    .execute();
  return { rows, total };
}

export function findOfficial(db: Executor, id: string): Promise<OfficialRow | undefined> {
  return selectOfficials(db).where('o.id', '=', id).executeTakeFirst();
}

export function findDepartmentAgency(db: Executor, departmentId: string) {
  return db.selectFrom('departments').select(['agencyId']).where('id', '=', departmentId).executeTakeFirst();
}

export async function insertOfficial(db: Executor, input: CreateOfficial): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('officials')
    .values({
      id,
      agencyId: input.agencyId,
      departmentId: input.departmentId ?? null,
      fullName: input.fullName,
      position: input.position ?? null,
      title: input.title ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      clearance: input.clearance ?? 'none',
      sortOrder: input.sortOrder ?? 0,
    })
    .execute();
  return id;
}

export async function updateOfficial(db: Executor, id: string, input: UpdateOfficial): Promise<void> {
  await db
    .updateTable('officials')
    .set({ ...input, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Keeps the account's display name in step with the person's name. */
export async function renameUserOf(db: Executor, officialId: string, fullName: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ displayName: fullName, updatedAt: sql<Date>`now()` })
    .where('officialId', '=', officialId)
    .execute();
}

export async function deleteOfficial(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('officials').where('id', '=', id).execute();
}
