import { type Expression, type Insertable, type SqlBool, sql, type Updateable } from 'kysely';
import type { AgencyScope } from '../../platform/auth/actor.ts';
import { agencyInScope } from '../../platform/auth/scope-sql.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { FilePlanEntries, WorkFiles } from '../../platform/db/schema.generated.ts';
import { matchesWords } from '../../platform/db/search.ts';
import { offsetOf } from '../../platform/http/paging.ts';
import { selectDocuments, type Viewer, visibleTo } from '../documents/repository.ts';
import type { ListWorkFiles } from './schema.ts';

/** Who is looking at work files: a document viewer who may also keep the file plan of some agencies. */
export interface FileViewer extends Viewer {
  /** agencies whose file plan the person keeps (and whose every work file they manage) */
  managePlan: AgencyScope;
}

/**
 * "The viewer may see work file f": it is theirs, or they read the agency's documents, or they keep its
 * file plan. What is inside is filtered again document by document (`visibleTo`).
 */
export function fileVisibleTo(viewer: FileViewer): Expression<SqlBool> {
  return sql<SqlBool>`(f.owner_user_id = ${viewer.userId} or ${agencyInScope(
    viewer.readAll,
    'f.agency_id',
    'fa.path',
  )} or ${agencyInScope(viewer.managePlan, 'f.agency_id', 'fa.path')})`;
}

// ---- rows with a code of their year -------------------------------------------------------------------

/**
 * Plan entries and work files are written alike: a row with its own uuid, `updated_at` kept on change, and
 * a code unique within its agency's year. One set of writers serves both tables, each typed with its own
 * table's columns.
 */
interface CodedTables {
  filePlanEntries: { new: NewPlanEntry; changes: PlanEntryChanges };
  workFiles: { new: NewWorkFile; changes: WorkFileChanges };
}

function codedRows<T extends keyof CodedTables>(name: T) {
  // the queries take the name as "either table": Kysely cannot follow a table that is a type parameter
  const table: keyof CodedTables = name;
  return {
    async insert(db: Executor, values: CodedTables[T]['new']): Promise<string> {
      const id = crypto.randomUUID();
      // Kysely types an insert into "either table" as needing the columns of both; `values` has one's.
      await db
        .insertInto(table)
        .values({ id, ...values } as Insertable<FilePlanEntries> & Insertable<WorkFiles>)
        .execute();
      return id;
    },

    async update(db: Executor, id: string, values: CodedTables[T]['changes']): Promise<void> {
      const changes: PlanEntryChanges | WorkFileChanges = values;
      await db
        .updateTable(table)
        .set({ ...changes, updatedAt: sql<Date>`now()` })
        .where('id', '=', id)
        .execute();
    },

    async remove(db: Executor, id: string): Promise<void> {
      await db.deleteFrom(table).where('id', '=', id).execute();
    },

    /** Whether the agency's year already has a row with this code (other than `exceptId`). */
    async codeTaken(
      db: Executor,
      agencyId: string,
      year: number,
      code: string,
      exceptId?: string,
    ): Promise<boolean> {
      let query = db
        .selectFrom(table)
        .select('id')
        .where('agencyId', '=', agencyId)
        .where('year', '=', year)
        .where('code', '=', code);
      if (exceptId) query = query.where('id', '<>', exceptId);
      return Boolean(await query.executeTakeFirst());
    },
  };
}

// ---- file plan ----------------------------------------------------------------------------------------

export function selectPlanEntries(db: Executor) {
  return db
    .selectFrom('filePlanEntries as e')
    .innerJoin('users as ou', 'ou.id', 'e.ownerUserId')
    .leftJoin('departments as ed', 'ed.id', 'e.departmentId')
    .select([
      'e.id',
      'e.agencyId',
      'e.year',
      'e.heading',
      'e.code',
      'e.title',
      'e.retentionYears',
      'e.ownerUserId',
      'ou.displayName as ownerName',
      'e.departmentId',
      'ed.name as departmentName',
      'e.note',
    ]);
}
export type PlanEntryRow = Awaited<
  ReturnType<ReturnType<typeof selectPlanEntries>['executeTakeFirstOrThrow']>
>;

export function planEntriesOf(db: Executor, agencyId: string, year: number): Promise<PlanEntryRow[]> {
  return selectPlanEntries(db).where('e.agencyId', '=', agencyId).where('e.year', '=', year).execute();
}

export function findPlanEntry(db: Executor, id: string, lock = false): Promise<PlanEntryRow | undefined> {
  const query = selectPlanEntries(db).where('e.id', '=', id);
  return (lock ? query.forUpdate('e') : query).executeTakeFirst();
}

export type NewPlanEntry = Omit<Insertable<FilePlanEntries>, 'id' | 'createdAt' | 'updatedAt'>;
export type PlanEntryChanges = Omit<Updateable<FilePlanEntries>, 'id' | 'agencyId' | 'year' | 'createdAt'>;

export const {
  insert: insertPlanEntry,
  update: updatePlanEntry,
  remove: deletePlanEntry,
  codeTaken: planCodeTaken,
} = codedRows('filePlanEntries');

/** The files opened from the entries of a plan (one per entry at most, by the unique code of a year). */
export function filesOfEntries(db: Executor, entryIds: string[]) {
  if (entryIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('workFiles as f')
    .innerJoin('agencies as fa', 'fa.id', 'f.agencyId')
    .select(['f.id', 'f.planEntryId', 'f.status', 'f.ownerUserId', 'f.agencyId', 'fa.path as agencyPath'])
    .where('f.planEntryId', 'in', entryIds)
    .execute();
}

/**
 * Copies the entries of one year's plan into another, leaving out codes the target year already has; the
 * copies keep owner, department, heading, retention and note. Answers the codes copied and those skipped.
 */
export async function copyPlanEntries(
  db: Executor,
  agencyId: string,
  fromYear: number,
  toYear: number,
  createdBy: string,
): Promise<{ copied: string[]; skipped: string[] }> {
  const copied = await db
    .insertInto('filePlanEntries')
    .columns([
      'agencyId',
      'year',
      'heading',
      'code',
      'title',
      'retentionYears',
      'ownerUserId',
      'departmentId',
      'note',
      'createdBy',
    ])
    .expression((eb) =>
      eb
        .selectFrom('filePlanEntries as s')
        .select([
          's.agencyId',
          sql<number>`${toYear}::int`.as('year'),
          's.heading',
          's.code',
          's.title',
          's.retentionYears',
          's.ownerUserId',
          's.departmentId',
          's.note',
          sql<string>`${createdBy}::uuid`.as('createdBy'),
        ])
        .where('s.agencyId', '=', agencyId)
        .where('s.year', '=', fromYear)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('filePlanEntries as t')
                .select('t.id')
                .whereRef('t.code', '=', 's.code')
                .where('t.agencyId', '=', agencyId)
                .where('t.year', '=', toYear),
            ),
          ),
        ),
    )
    .onConflict((oc) => oc.doNothing())
    .returning('code')
    .execute();
  const all = await db
    .selectFrom('filePlanEntries')
    .select('code')
    .where('agencyId', '=', agencyId)
    .where('year', '=', fromYear)
    .execute();
  const done = new Set(copied.map((c) => c.code));
  return { copied: [...done], skipped: all.map((r) => r.code).filter((c) => !done.has(c)) };
}

// ---- work files ---------------------------------------------------------------------------------------

export function selectWorkFiles(db: Executor) {
  return db
    .selectFrom('workFiles as f')
    .innerJoin('agencies as fa', 'fa.id', 'f.agencyId')
    .innerJoin('users as ou', 'ou.id', 'f.ownerUserId')
    .leftJoin('departments as fd', 'fd.id', 'f.departmentId')
    .select((eb) => [
      'f.id',
      'f.agencyId',
      'fa.name as agencyName',
      'fa.code as agencyCode',
      'fa.path as agencyPath',
      'f.year',
      'f.planEntryId',
      'f.code',
      'f.title',
      'f.retentionYears',
      'f.ownerUserId',
      'ou.displayName as ownerName',
      'f.departmentId',
      'fd.name as departmentName',
      'f.note',
      'f.status',
      'f.openedOn',
      'f.closedOn',
      'f.closedBy',
      'f.pageCount',
      'f.closingNote',
      'f.createdAt',
      eb
        .selectFrom('workFileDocuments as c')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('c.workFileId', '=', 'f.id')
        .as('documentCount'),
    ]);
}
export type WorkFileRow = Awaited<ReturnType<ReturnType<typeof selectWorkFiles>['executeTakeFirstOrThrow']>>;

/** The file if the viewer may see it; `lock` holds its row to the end of the transaction (changes queue). */
export function findVisibleWorkFile(
  db: Executor,
  viewer: FileViewer,
  id: string,
  lock = false,
): Promise<WorkFileRow | undefined> {
  const query = selectWorkFiles(db).where('f.id', '=', id).where(fileVisibleTo(viewer));
  return (lock ? query.forUpdate('f') : query).executeTakeFirst();
}

function listFilter(viewer: FileViewer, query: ListWorkFiles): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [fileVisibleTo(viewer)];
  if (query.agencyId) parts.push(sql<SqlBool>`f.agency_id = ${query.agencyId}`);
  if (query.year) parts.push(sql<SqlBool>`f.year = ${query.year}`);
  if (query.status) parts.push(sql<SqlBool>`f.status = ${query.status}`);
  if (query.ownerUserId) parts.push(sql<SqlBool>`f.owner_user_id = ${query.ownerUserId}`);
  if (query.mine) parts.push(sql<SqlBool>`f.owner_user_id = ${viewer.userId}`);
  if (query.editable)
    parts.push(
      sql<SqlBool>`(f.status = 'open' and (f.owner_user_id = ${viewer.userId} or ${agencyInScope(
        viewer.managePlan,
        'f.agency_id',
        'fa.path',
      )}))`,
    );
  if (query.planEntryId) parts.push(sql<SqlBool>`f.plan_entry_id = ${query.planEntryId}`);
  if (query.documentId)
    parts.push(
      sql<SqlBool>`exists (select 1 from work_file_documents x where x.work_file_id = f.id and x.document_id = ${query.documentId})`,
    );
  if (query.q) parts.push(matchesWords('f.search_words', query.q));
  return sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

export async function listWorkFiles(db: Executor, viewer: FileViewer, query: ListWorkFiles) {
  const where = listFilter(viewer, query);
  const [items, { total }] = await Promise.all([
    selectWorkFiles(db)
      .where(where)
      // the open files first (the ones still worked on), then the newest year, then in plan order
      .orderBy(sql`f.status = 'open'`, 'desc')
      .orderBy('f.year', 'desc')
      .orderBy('f.code')
      .orderBy('f.id')
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize))
      .execute(),
    db
      .selectFrom('workFiles as f')
      .innerJoin('agencies as fa', 'fa.id', 'f.agencyId')
      .select(sql<number>`count(*)::int`.as('total'))
      .where(where)
      .executeTakeFirstOrThrow(),
  ]);
  return { items, total };
}

export type NewWorkFile = Omit<
  Insertable<WorkFiles>,
  'id' | 'searchWords' | 'status' | 'createdAt' | 'updatedAt'
>;
export type WorkFileChanges = Omit<
  Updateable<WorkFiles>,
  'id' | 'searchWords' | 'agencyId' | 'year' | 'createdAt' | 'createdBy'
>;

export const {
  insert: insertWorkFile,
  update: updateWorkFile,
  remove: deleteWorkFile,
  codeTaken: fileCodeTaken,
} = codedRows('workFiles');

// ---- the documents of a file --------------------------------------------------------------------------

/** Every document of a file in order, seen or not: only ids and positions, for the rules that need them. */
export function positionsOf(db: Executor, workFileId: string) {
  return db
    .selectFrom('workFileDocuments')
    .select(['documentId', 'position'])
    .where('workFileId', '=', workFileId)
    .orderBy('position')
    .execute();
}

/** The documents of a file the viewer may see, in order, with who added them. */
export function visibleItemsOf(db: Executor, viewer: Viewer, workFileId: string) {
  return selectDocuments(db)
    .innerJoin('workFileDocuments as wfd', 'wfd.documentId', 'd.id')
    .leftJoin('users as ab', 'ab.id', 'wfd.addedBy')
    .select(['wfd.position', 'wfd.addedAt', 'wfd.addedBy', 'ab.displayName as addedByName'])
    .where('wfd.workFileId', '=', workFileId)
    .where(visibleTo(viewer))
    .orderBy('wfd.position')
    .execute();
}
export type ItemRow = Awaited<ReturnType<typeof visibleItemsOf>>[number];

export async function addItem(
  db: Executor,
  item: { workFileId: string; documentId: string; addedBy: string },
): Promise<number> {
  const { rows } = await sql<{ position: number }>`
    insert into work_file_documents (work_file_id, document_id, position, added_by)
    select ${item.workFileId}, ${item.documentId}, coalesce(max(position), 0) + 1, ${item.addedBy}
    from work_file_documents where work_file_id = ${item.workFileId}
    returning position`.execute(db);
  return rows[0]!.position;
}

/** Takes a document out and closes the gap it leaves, so positions stay 1…n. */
export async function removeItem(db: Executor, workFileId: string, documentId: string): Promise<void> {
  const removed = await db
    .deleteFrom('workFileDocuments')
    .where('workFileId', '=', workFileId)
    .where('documentId', '=', documentId)
    .returning('position')
    .executeTakeFirst();
  if (!removed) return;
  await db
    .updateTable('workFileDocuments')
    .set((eb) => ({ position: eb('position', '-', 1) }))
    .where('workFileId', '=', workFileId)
    .where('position', '>', removed.position)
    .execute();
}

export async function setPosition(
  db: Executor,
  workFileId: string,
  documentId: string,
  position: number,
): Promise<void> {
  await db
    .updateTable('workFileDocuments')
    .set({ position })
    .where('workFileId', '=', workFileId)
    .where('documentId', '=', documentId)
    .execute();
}

/** The pages of a file's documents, where their page counts are known (null when none is). */
export async function knownPages(db: Executor, workFileId: string): Promise<number | null> {
  const row = await db
    .selectFrom('workFileDocuments as x')
    .innerJoin('documents as d', 'd.id', 'x.documentId')
    .select(sql<number | null>`sum(d.page_count)::int`.as('pages'))
    .where('x.workFileId', '=', workFileId)
    .executeTakeFirstOrThrow();
  return row.pages;
}

/** The name of a user, for the audit and the answers. */
export function userName(db: Executor, id: string) {
  return db.selectFrom('users').select(['id', 'displayName']).where('id', '=', id).executeTakeFirst();
}
