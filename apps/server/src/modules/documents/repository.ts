import { type Expression, type Insertable, type SqlBool, sql, type Updateable } from 'kysely';
import type { AgencyScope } from '../../platform/auth/actor.ts';
import { agencyInScope } from '../../platform/auth/scope-sql.ts';
import type { Executor } from '../../platform/db/database.ts';
import type { Documents } from '../../platform/db/schema.generated.ts';

/** Who is looking: what they may read, as far as the database needs to know. */
export interface Viewer {
  userId: string;
  /** 0 none … 3 top secret */
  clearanceRank: number;
  /** agencies where the person reads every document (clerks, leaders) */
  readAll: AgencyScope;
  /** departments whose tasks reach this person (leaders of the department) */
  leadDepartmentIds: string[];
}

/** The viewer is cleared for document d's secrecy. */
export function clearedFor(viewer: Viewer): Expression<SqlBool> {
  return sql<SqlBool>`d.secrecy_rank <= ${viewer.clearanceRank}`;
}

/**
 * Document d belongs to an agency whose every document the viewer reads; `true` for the whole platform, `false`
 * for nowhere. The agencies are few: an array computed once, so that no join is needed and a walk along an
 * index keeps its order.
 */
export function inReadScope(viewer: Viewer): Expression<SqlBool> {
  if (viewer.readAll.all) return sql<SqlBool>`true`;
  const { exact, subtrees } = viewer.readAll;
  if (exact.length === 0 && subtrees.length === 0) return sql<SqlBool>`false`;
  // one agency, the usual case, as a plain value: the planner can then walk that agency's documents in date
  // order along its index
  if (exact.length === 1 && subtrees.length === 0) return sql<SqlBool>`d.agency_id = ${exact[0]}`;
  return sql<SqlBool>`d.agency_id = any(array(select sa.id from agencies sa where ${agencyInScope(
    viewer.readAll,
    'sa.id',
    'sa.path',
  )}))`;
}

/** The viewer is involved in document d: created it, or holds a task on it (personally or as department leader). */
export function involvedIn(viewer: Viewer): Expression<SqlBool> {
  // the documents one is involved in are few: computed once (an array), not probed row by row
  return sql<SqlBool>`(d.created_by = ${viewer.userId} or d.id = any(array(
    select vt.document_id from document_tasks vt where vt.assignee_user_id = ${viewer.userId}
      or vt.department_id = any(${viewer.leadDepartmentIds}::uuid[]))))`;
}

/**
 * "The viewer may see document d": cleared for its secrecy, and either reading the whole agency's documents
 * or involved in this one.
 */
export function visibleTo(viewer: Viewer): Expression<SqlBool> {
  return sql<SqlBool>`(${clearedFor(viewer)} and (${inReadScope(viewer)} or ${involvedIn(viewer)}))`;
}

// ---- numbering ----------------------------------------------------------------------------------------

/**
 * The next number of a series. The row stays locked until the caller's transaction ends, so concurrent
 * callers get consecutive numbers, and a transaction that rolls back gives its number back: no gaps.
 */
export async function takeNumber(
  trx: Executor,
  agencyId: string,
  year: number,
  series: string,
): Promise<number> {
  const { rows } = await sql<{ lastNumber: number }>`
    insert into number_series (agency_id, year, series, last_number) values (${agencyId}, ${year}, ${series}, 1)
    on conflict (agency_id, year, series) do update set last_number = number_series.last_number + 1
    returning last_number`.execute(trx);
  return rows[0]!.lastNumber;
}

export async function outgoingNumbering(db: Executor, agencyId: string): Promise<'single' | 'per_type'> {
  const row = await db
    .selectFrom('documentSettings')
    .select('outgoingNumbering')
    .where('agencyId', '=', agencyId)
    .executeTakeFirst();
  return (row?.outgoingNumbering as 'single' | 'per_type' | undefined) ?? 'single';
}

export async function saveSettings(db: Executor, agencyId: string, outgoingNumbering: string): Promise<void> {
  await db
    .insertInto('documentSettings')
    .values({ agencyId, outgoingNumbering })
    .onConflict((oc) => oc.column('agencyId').doUpdateSet({ outgoingNumbering, updatedAt: sql<Date>`now()` }))
    .execute();
}

// ---- documents ----------------------------------------------------------------------------------------

/** A document in one of these states has left the hands of whoever held it: no step may be taken on it. */
export const endedStatuses: readonly string[] = ['recalled', 'rejected', 'replaced'];

export type NewDocument = Omit<Insertable<Documents>, 'id' | 'search' | 'secrecyRank' | 'urgencyRank'>;
export type DocumentChanges = Omit<Updateable<Documents>, 'id' | 'search' | 'secrecyRank' | 'urgencyRank'>;

export async function insertDocument(db: Executor, values: NewDocument): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('documents')
    .values({ id, ...values })
    .execute();
  return id;
}

export async function updateDocument(db: Executor, id: string, values: DocumentChanges): Promise<void> {
  await db
    .updateTable('documents')
    .set({ ...values, updatedAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

export function selectDocuments(db: Executor) {
  return db
    .selectFrom('documents as d')
    .innerJoin('agencies as da', 'da.id', 'd.agencyId')
    .leftJoin('departments as dep', 'dep.id', 'd.departmentId')
    .select([
      'd.id',
      'd.agencyId',
      'da.name as agencyName',
      'da.path as agencyPath',
      'da.abbreviation as agencyAbbreviation',
      'da.code as agencyCode',
      'd.direction',
      'd.status',
      'd.documentType',
      'd.number',
      'd.notation',
      'd.reference',
      'd.subject',
      'd.summary',
      'd.issuerName',
      'd.issuerAgencyId',
      'd.issuedOn',
      'd.signerName',
      'd.signerPosition',
      'd.signingCapacity',
      'd.urgency',
      'd.secrecy',
      'd.secrecyRank',
      'd.medium',
      'd.registerYear',
      'd.registerSeries',
      'd.registerNumber',
      'd.registeredAt',
      'd.receivedAt',
      'd.dueAt',
      'd.pageCount',
      'd.copyCount',
      'd.recipientsText',
      'd.note',
      'd.departmentId',
      'dep.name as departmentName',
      'dep.abbreviation as departmentAbbreviation',
      'd.plannedRecipients',
      'd.signedBy',
      'd.signedAt',
      'd.sourceDocumentId',
      'd.replacesDocumentId',
      'd.createdBy',
      'd.completedAt',
    ]);
}

export type DocumentRow = Awaited<ReturnType<ReturnType<typeof selectDocuments>['executeTakeFirstOrThrow']>>;

export function findDocument(db: Executor, id: string): Promise<DocumentRow | undefined> {
  return selectDocuments(db).where('d.id', '=', id).executeTakeFirst();
}

/**
 * The document if the viewer may see it; `lock` also locks its row to the end of the caller's transaction, so
 * that state changes on one document queue.
 */
export function findVisibleDocument(
  db: Executor,
  viewer: Viewer,
  id: string,
  lock = false,
): Promise<DocumentRow | undefined> {
  const query = selectDocuments(db).where('d.id', '=', id).where(visibleTo(viewer));
  return (lock ? query.forUpdate('d') : query).executeTakeFirst();
}

// ---- tasks --------------------------------------------------------------------------------------------

export function selectTasks(db: Executor) {
  return db
    .selectFrom('documentTasks as t')
    .leftJoin('users as u', 'u.id', 't.assigneeUserId')
    .leftJoin('departments as td', 'td.id', 't.departmentId')
    .leftJoin('users as by', 'by.id', 't.assignedBy')
    .select([
      't.id',
      't.documentId',
      't.kind',
      't.status',
      't.assigneeUserId',
      'u.displayName as assigneeName',
      't.departmentId',
      'td.name as departmentName',
      't.dueAt',
      't.instruction',
      't.result',
      't.parentTaskId',
      't.step',
      't.round',
      't.assignedBy',
      'by.displayName as assignedByName',
      't.createdAt',
      't.completedAt',
    ]);
}
export type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>['executeTakeFirstOrThrow']>>;

export function tasksOf(db: Executor, documentId: string): Promise<TaskRow[]> {
  return selectTasks(db)
    .where('t.documentId', '=', documentId)
    .orderBy('t.createdAt')
    .orderBy('t.id')
    .execute();
}

export function findTask(db: Executor, documentId: string, taskId: string): Promise<TaskRow | undefined> {
  return selectTasks(db).where('t.documentId', '=', documentId).where('t.id', '=', taskId).executeTakeFirst();
}

export interface NewTask {
  documentId: string;
  kind: 'direct' | 'lead' | 'collaborator' | 'informed' | 'review' | 'sign' | 'revise';
  status?: 'waiting' | 'open';
  step?: number | null;
  round?: number | null;
  assigneeUserId?: string | null;
  departmentId?: string | null;
  dueAt?: Date | null;
  instruction?: string | null;
  parentTaskId?: string | null;
  assignedBy: string | null;
}

export async function insertTask(db: Executor, task: NewTask): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('documentTasks')
    .values({ id, ...task })
    .execute();
  return id;
}

export async function updateTask(
  db: Executor,
  id: string,
  values: { status?: string; result?: string | null; replyDocumentId?: string | null; dueAt?: Date | null },
): Promise<void> {
  const done = values.status === 'done' || values.status === 'returned' || values.status === 'delegated';
  await db
    .updateTable('documentTasks')
    .set({ ...values, updatedAt: sql<Date>`now()`, ...(done ? { completedAt: sql<Date>`now()` } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Closes every open task of a kind on a document (the directive closes the leader's 'direct' task). */
export async function closeOpenTasks(
  db: Executor,
  documentId: string,
  kinds: readonly NewTask['kind'][],
  status: string,
): Promise<void> {
  await db
    .updateTable('documentTasks')
    .set({ status, updatedAt: sql<Date>`now()`, completedAt: sql<Date>`now()` })
    .where('documentId', '=', documentId)
    .where('kind', 'in', kinds)
    .where('status', 'in', ['open', 'in_progress'])
    .execute();
}

export async function openTaskCount(db: Executor, documentId: string, kinds: string[]): Promise<number> {
  const row = await db
    .selectFrom('documentTasks')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('documentId', '=', documentId)
    .where('kind', 'in', kinds)
    .where('status', 'in', ['open', 'in_progress'])
    .executeTakeFirstOrThrow();
  return row.n;
}

// ---- review steps of a draft -----------------------------------------------------------------------------

export async function lastReviewRound(db: Executor, documentId: string): Promise<number> {
  const row = await db
    .selectFrom('documentTasks')
    .select(sql<number>`coalesce(max(round), 0)::int`.as('n'))
    .where('documentId', '=', documentId)
    .executeTakeFirstOrThrow();
  return row.n;
}

const atStep = (db: Executor, documentId: string, round: number, step: number) =>
  db
    .updateTable('documentTasks')
    .where('documentId', '=', documentId)
    .where('round', '=', round)
    .where('step', '=', step);

export async function openTasksAtStep(db: Executor, documentId: string, round: number, step: number) {
  const row = await db
    .selectFrom('documentTasks')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('documentId', '=', documentId)
    .where('round', '=', round)
    .where('step', '=', step)
    .where('status', 'in', ['open', 'in_progress'])
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The reviewers of a step start: their tasks go from waiting to open. */
export async function openStep(db: Executor, documentId: string, round: number, step: number): Promise<void> {
  await atStep(db, documentId, round, step)
    .set({ status: 'open', updatedAt: sql<Date>`now()` })
    .where('status', '=', 'waiting')
    .execute();
}

/** A step sent back: its other open tasks end, and the later steps wait again. */
export async function cancelStep(
  db: Executor,
  documentId: string,
  round: number,
  step: number,
): Promise<void> {
  await db
    .updateTable('documentTasks')
    .set({ status: 'cancelled', updatedAt: sql<Date>`now()`, completedAt: sql<Date>`now()` })
    .where('documentId', '=', documentId)
    .where('round', '=', round)
    .where('step', '=', step)
    .where('status', 'in', ['open', 'in_progress'])
    .execute();
}

/** The tasks that were done at a step (the reviewers who look again when the next step sends it back). */
export function tasksAtStep(db: Executor, documentId: string, round: number, step: number) {
  return db
    .selectFrom('documentTasks')
    .select(['kind', 'assigneeUserId', 'step', 'round'])
    .distinctOn('assigneeUserId')
    .where('documentId', '=', documentId)
    .where('round', '=', round)
    .where('step', '=', step)
    .where('status', '=', 'done')
    .orderBy('assigneeUserId')
    .execute();
}

// ---- history, files, deliveries ------------------------------------------------------------------------

export async function insertEvent(
  db: Executor,
  event: {
    documentId: string;
    taskId?: string | null;
    kind: string;
    actorUserId: string | null;
    actorName: string | null;
    detail?: string | null;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto('documentEvents')
    .values({ ...event, data: JSON.stringify(event.data ?? {}) })
    .execute();
}

export function eventsOf(db: Executor, documentId: string) {
  return db
    .selectFrom('documentEvents')
    .select(['id', 'kind', 'actorName', 'detail', 'data', 'createdAt'])
    .where('documentId', '=', documentId)
    .orderBy('id')
    .execute();
}

export function filesOf(db: Executor, documentIds: string[]) {
  return db
    .selectFrom('documentFiles as f')
    .innerJoin('blobs as b', 'b.id', 'f.blobId')
    .select([
      'f.id',
      'f.fileName',
      'f.version',
      'b.contentType as mediaType',
      'b.size',
      'b.sha256',
      'b.storageKey',
      'f.blobId',
      'f.createdAt',
      'f.textStatus',
    ])
    .where('f.documentId', 'in', documentIds)
    .orderBy('f.createdAt')
    .orderBy('f.id')
    .execute();
}

export async function insertBlobRecord(
  db: Executor,
  blob: {
    storageKey: string;
    sha256: string;
    size: number;
    contentType: string;
    filename: string;
    createdBy: string | null;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('blobs')
    .values({ id, ...blob })
    .execute();
  return id;
}

export async function insertFile(
  db: Executor,
  file: {
    documentId: string;
    blobId: string;
    fileName: string;
    uploadedBy: string | null;
    version?: number | null;
  },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('documentFiles')
    .values({ id, ...file })
    .execute();
  return id;
}

export function deliveriesOf(db: Executor, documentId: string) {
  return db
    .selectFrom('documentDeliveries')
    .select([
      'id',
      'recipientAgencyId',
      'recipientName',
      'recipientCode',
      'incomingDocumentId',
      'status',
      'statusDetail',
      'statusAt',
    ])
    .where('documentId', '=', documentId)
    .orderBy('createdAt')
    .orderBy('recipientName')
    .execute();
}

export async function insertDelivery(
  db: Executor,
  delivery: {
    documentId: string;
    recipientAgencyId: string | null;
    recipientName: string;
    recipientCode: string | null;
    incomingDocumentId: string | null;
    status: string;
  },
): Promise<void> {
  await db.insertInto('documentDeliveries').values(delivery).execute();
}

/** The delivery whose recipient copy is `incomingId`, if that copy came over the platform. */
export function deliveryOfCopy(db: Executor, incomingId: string) {
  return db
    .selectFrom('documentDeliveries')
    .select(['id', 'documentId', 'status'])
    .where('incomingDocumentId', '=', incomingId)
    .executeTakeFirst();
}

export async function setDeliveryStatus(db: Executor, id: string, status: string, detail: string | null) {
  await db
    .updateTable('documentDeliveries')
    .set({ status, statusDetail: detail, statusAt: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

// ---- worklist -----------------------------------------------------------------------------------------

export function openTasksOf(db: Executor, viewer: Viewer) {
  return db
    .selectFrom('documentTasks as t')
    .innerJoin('documents as d', 'd.id', 't.documentId')
    .innerJoin('agencies as da', 'da.id', 'd.agencyId')
    .select(['t.id as taskId', 't.kind', 't.status as taskStatus', 't.dueAt as taskDueAt', 'd.id'])
    .where('t.status', 'in', ['open', 'in_progress'])
    .where('d.status', 'not in', endedStatuses)
    .where(
      sql<SqlBool>`(t.assignee_user_id = ${viewer.userId} or (t.assignee_user_id is null and t.department_id = any(${viewer.leadDepartmentIds}::uuid[])))`,
    )
    .where(sql<SqlBool>`d.secrecy_rank <= ${viewer.clearanceRank}`)
    .orderBy('d.urgencyRank', 'desc')
    .orderBy(sql`coalesce(t.due_at, d.due_at) asc nulls last`)
    .orderBy('t.createdAt')
    .limit(200)
    .execute();
}

/** Documents waiting for a clerk to register them (delivered over the platform, or waiting in the register). */
export async function countToRegister(
  db: Executor,
  scope: AgencyScope,
  clearanceRank: number,
): Promise<number> {
  const row = await db
    .selectFrom('documents as d')
    .innerJoin('agencies as da', 'da.id', 'd.agencyId')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('d.status', '=', 'received')
    .where(sql<SqlBool>`d.secrecy_rank <= ${clearanceRank}`)
    .where(agencyInScope(scope, 'd.agency_id', 'da.path'))
    .executeTakeFirstOrThrow();
  return row.n;
}

// ---- registers ----------------------------------------------------------------------------------------

export function registerEntries(
  db: Executor,
  agencyId: string,
  direction: string,
  year: number,
  series: string,
  clearanceRank: number,
) {
  return db
    .selectFrom('documents as d')
    .select((eb) => [
      'd.registerNumber',
      'd.receivedAt',
      'd.registeredAt',
      'd.reference',
      'd.issuedOn',
      'd.documentType',
      'd.subject',
      'd.issuerName',
      'd.signerName',
      'd.recipientsText',
      'd.copyCount',
      'd.note',
      eb
        .selectFrom('documentTasks as t')
        .leftJoin('users as u', 'u.id', 't.assigneeUserId')
        .leftJoin('departments as td', 'td.id', 't.departmentId')
        .select(
          sql<string>`string_agg(coalesce(u.display_name, td.name), ', ' order by t.created_at)`.as('h'),
        )
        .whereRef('t.documentId', '=', 'd.id')
        .where('t.kind', '=', 'lead')
        .where('t.parentTaskId', 'is', null)
        .as('handlers'),
      eb
        .selectFrom('documentDeliveries as dd')
        .select(sql<string>`string_agg(dd.recipient_name, '; ' order by dd.created_at)`.as('r'))
        .whereRef('dd.documentId', '=', 'd.id')
        .as('deliveredTo'),
    ])
    .where('d.agencyId', '=', agencyId)
    .where('d.direction', '=', direction)
    .where('d.registerYear', '=', year)
    .where('d.secrecyRank', '<=', clearanceRank)
    .where(
      direction === 'outgoing' && series === 'outgoing'
        ? sql<SqlBool>`d.register_series like 'outgoing%' and d.register_series <> 'outgoing_secret'`
        : sql<SqlBool>`d.register_series = ${series}`,
    )
    .orderBy('d.registerSeries')
    .orderBy('d.registerNumber')
    .execute();
}

export function departmentRef(db: Executor, id: string) {
  return db
    .selectFrom('departments')
    .select(['id', 'agencyId', 'name', 'abbreviation', 'isActive'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * A staff user with their agency (and its path), department, clearance and the roles they hold at that
 * agency: who a task may go to, and which departments a leader leads.
 */
export async function userInAgency(db: Executor, userId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('officials as o', 'o.id', 'u.officialId')
    .innerJoin('agencies as ua', 'ua.id', 'o.agencyId')
    .select((eb) => [
      'u.id',
      'u.displayName',
      'u.isActive',
      'o.agencyId',
      'ua.path as agencyPath',
      'o.departmentId',
      'o.clearance',
      eb
        .selectFrom('roleAssignments as ra')
        .select(sql<string[]>`coalesce(array_agg(ra.role), '{}')`.as('roles'))
        .whereRef('ra.userId', '=', 'u.id')
        .whereRef('ra.agencyId', '=', 'o.agencyId')
        .as('roles'),
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
}

/** The people of an agency who can be given documents: active accounts of its officials, with their roles there. */
export function peopleOf(db: Executor, agencyId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('officials as o', 'o.id', 'u.officialId')
    .leftJoin('departments as pd', 'pd.id', 'o.departmentId')
    .select((eb) => [
      'u.id as userId',
      'u.displayName',
      'o.position',
      'o.departmentId',
      'pd.name as departmentName',
      eb
        .selectFrom('roleAssignments as ra')
        .select(sql<string[]>`coalesce(array_agg(distinct ra.role), '{}')`.as('r'))
        .whereRef('ra.userId', '=', 'u.id')
        .where('ra.agencyId', '=', agencyId)
        .as('roles'),
    ])
    .where('o.agencyId', '=', agencyId)
    .where('u.isActive', '=', true)
    .where('o.isActive', '=', true)
    .orderBy('o.sortOrder')
    .orderBy(sql`u.display_name collate vietnamese`)
    .limit(500)
    .execute();
}

// ---- replacement, update, recipients of a draft ----------------------------------------------------------

/** Documents as links (id, reference, subject), among those the viewer may see. */
const documentLinks = (db: Executor, viewer: Viewer) =>
  db.selectFrom('documents as d').select(['d.id', 'd.reference', 'd.subject']).where(visibleTo(viewer));

/** One document as a link, if the viewer may see it. */
export const documentLink = (db: Executor, viewer: Viewer, id: string) =>
  documentLinks(db, viewer).where('d.id', '=', id).executeTakeFirst();

/** The document that replaces `id` (on either side: the sender's, or a recipient's copy), if visible. */
export const replacementOf = (db: Executor, viewer: Viewer, id: string) =>
  documentLinks(db, viewer).where('d.replacesDocumentId', '=', id).executeTakeFirst();

/** The names of agencies by id (the recipients chosen for a draft, shown back). */
export async function agencyNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('agencies').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
