import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../../platform/db/database.ts';
import { matchesAllWords } from '../../../platform/db/search.ts';
import { offsetOf, type Page } from '../../../platform/http/paging.ts';
import type { Agency, AgencyTreeNode, CreateAgency, ListAgencies, UpdateAgency } from './schema.ts';

function selectAgencies(db: Executor) {
  return db
    .selectFrom('agencies as a')
    .leftJoin('adminUnits as u', 'u.code', 'a.adminUnitCode')
    .select((eb) => [
      'a.id',
      'a.parentId',
      'a.level',
      'a.code',
      'a.name',
      'a.abbreviation',
      'a.adminUnitCode',
      'u.name as adminUnitName',
      'a.address',
      'a.phone',
      'a.email',
      'a.website',
      'a.fax',
      'a.isActive',
      'a.sortOrder',
      'a.createdAt',
      'a.updatedAt',
      eb
        .selectFrom('agencies as c')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('c.parentId', '=', 'a.id')
        .as('childCount'),
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectAgencies>['executeTakeFirstOrThrow']>>;

function toAgency(row: Row): Agency {
  const { adminUnitCode, adminUnitName, childCount, ...rest } = row;
  return {
    ...rest,
    level: rest.level as Agency['level'],
    adminUnit: adminUnitCode ? { code: adminUnitCode, name: adminUnitName ?? adminUnitCode } : null,
    childCount: Number(childCount ?? 0),
  };
}

function listFilter(query: ListAgencies): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  if (!query.includeInactive) parts.push(sql<SqlBool>`a.is_active`);
  if (query.parentId) parts.push(sql<SqlBool>`a.parent_id = ${query.parentId}`);
  if (query.level) parts.push(sql<SqlBool>`a.level = ${query.level}`);
  if (query.q) parts.push(matchesAllWords('a.search', query.q));
  return parts.length > 0 ? sql<SqlBool>`${sql.join(parts, sql` and `)}` : sql<SqlBool>`true`;
}

export async function listAgencies(db: Executor, query: ListAgencies): Promise<Page<Agency>> {
  const where = listFilter(query);
  const { total } = await db
    .selectFrom('agencies as a')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where(where)
    .executeTakeFirstOrThrow();
  const items = await selectAgencies(db)
    .where(where)
    .orderBy('a.sortOrder')
    .orderBy(sql`a.name collate vietnamese`)
    .limit(query.pageSize)
    .offset(offsetOf(query.page, query.pageSize))
    .execute();
  return { items: items.map(toAgency), total: Number(total), page: query.page, pageSize: query.pageSize };
}

export async function findAgency(db: Executor, id: string): Promise<Agency | undefined> {
  const row = await selectAgencies(db).where('a.id', '=', id).executeTakeFirst();
  return row ? toAgency(row) : undefined;
}

/** id, path and code: what permission checks, code rules and document notations need. */
export function findAgencyRef(db: Executor, id: string) {
  return db
    .selectFrom('agencies')
    .select(['id', 'path', 'code', 'level', 'parentId', 'name', 'abbreviation', 'isActive'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function ancestorsOf(db: Executor, path: string[]): Promise<{ id: string; name: string }[]> {
  const ids = path.slice(0, -1);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('agencies').select(['id', 'name']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((r) => r.id === id)!).filter(Boolean);
}

export async function insertAgency(db: Executor, input: CreateAgency, parentPath: string[]): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('agencies')
    .values({
      id,
      parentId: input.parentId,
      path: [...parentPath, id],
      level: input.level,
      code: input.code ?? null,
      name: input.name,
      abbreviation: input.abbreviation,
      adminUnitCode: input.adminUnitCode ?? null,
      address: input.address ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      website: input.website ?? null,
      fax: input.fax ?? null,
      sortOrder: input.sortOrder ?? 0,
    })
    .execute();
  return id;
}

export async function updateAgency(
  db: Executor,
  id: string,
  input: Omit<UpdateAgency, 'parentId'>,
): Promise<void> {
  await db
    .updateTable('agencies')
    .set({ ...input, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** Moves an agency and its whole sub-tree under a new parent, rewriting every path in one statement. */
export async function moveAgency(
  db: Executor,
  id: string,
  oldPath: string[],
  newParentPath: string[],
  newParentId: string,
): Promise<void> {
  const keep = oldPath.length - 1;
  await sql`
    update agencies
       set path = ${sql.val(newParentPath)}::uuid[] || path[${keep + 1}:],
           parent_id = case when id = ${id} then ${newParentId}::uuid else parent_id end,
           updated_at = now()
     where path @> array[${id}]::uuid[]`.execute(db);
}

export async function dependentsOf(db: Executor, id: string) {
  const count = (table: 'agencies' | 'departments' | 'officials', column: 'parentId' | 'agencyId') =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where(column, '=', id)
      .executeTakeFirstOrThrow()
      .then((r) => Number(r.n));
  const [children, departments, officials] = await Promise.all([
    count('agencies', 'parentId'),
    count('departments', 'agencyId'),
    count('officials', 'agencyId'),
  ]);
  return { children, departments, officials };
}

export async function deleteAgency(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('agencies').where('id', '=', id).execute();
}

export async function loadTree(
  db: Executor,
  rootId: string | undefined,
  includeInactive: boolean,
): Promise<AgencyTreeNode[]> {
  let query = db
    .selectFrom('agencies')
    .select(['id', 'parentId', 'name', 'abbreviation', 'level', 'code', 'isActive'])
    .orderBy('sortOrder')
    .orderBy(sql`name collate vietnamese`);
  if (rootId) query = query.where(sql<boolean>`path @> array[${rootId}]::uuid[]`);
  if (!includeInactive) query = query.where('isActive', '=', true);
  const rows = await query.execute();
  const nodes = new Map<string, AgencyTreeNode & { parentId: string | null }>();
  for (const row of rows) nodes.set(row.id, { ...row, children: [] });
  const roots: AgencyTreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent && node.id !== rootId) parent.children.push(node);
    else roots.push(node);
  }
  const strip = (n: AgencyTreeNode & { parentId?: string | null }): AgencyTreeNode => ({
    id: n.id,
    name: n.name,
    abbreviation: n.abbreviation,
    level: n.level,
    code: n.code,
    isActive: n.isActive,
    children: n.children.map(strip),
  });
  return roots.map(strip);
}

export function adminUnitExists(db: Executor, code: string) {
  return db.selectFrom('adminUnits').select('code').where('code', '=', code).executeTakeFirst();
}
