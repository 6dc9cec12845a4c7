import { type Expression, type SqlBool, sql } from 'kysely';
import { assignmentGrants } from '../../platform/auth/scope-sql.ts';
import type { Executor } from '../../platform/db/database.ts';
import { offsetOf } from '../../platform/http/paging.ts';
import { type Viewer, visibleTo } from '../documents/repository.ts';
import type { ListNotifications } from './schema.ts';

// ---- writing --------------------------------------------------------------------------------------------

export interface NoticeRow {
  userId: string;
  kind: string;
  title: string;
  body: string | null;
  link: string;
  documentId: string | null;
}

/**
 * Inserts notices, skipping any that repeat a notice of the same person, kind and document (for a notice
 * about no document: the same title) written earlier in the same transaction: `now()` is the transaction's
 * start time, so "written in this transaction" is "created_at = now()". With `since`, written since then.
 * Disabled accounts are skipped.
 */
export async function insertNotices(db: Executor, rows: NoticeRow[], since?: Date): Promise<void> {
  const json = rows.map((n) => ({
    user_id: n.userId,
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link,
    document_id: n.documentId,
  }));
  await sql`
    insert into notifications (user_id, kind, title, body, link, document_id)
    select v.user_id, v.kind, v.title, v.body, v.link, v.document_id
    from jsonb_to_recordset(${JSON.stringify(json)}::jsonb)
      as v(user_id uuid, kind text, title text, body text, link text, document_id uuid)
    join users u on u.id = v.user_id and u.is_active
    where not exists (
      select 1 from notifications n
      where n.user_id = v.user_id and n.kind = v.kind
        and ${since ? sql`n.created_at >= ${since}` : sql`n.created_at = now()`}
        and n.document_id is not distinct from v.document_id
        and (v.document_id is not null or n.title = v.title))`.execute(db);
}

// ---- who is told ----------------------------------------------------------------------------------------

/**
 * The clerks of an agency: active accounts holding `documents.register` there. Global roles (the system
 * administrator) are left out: they hold every permission everywhere and would hear of every delivery.
 */
export async function agencyClerks(db: Executor, agencyId: string): Promise<string[]> {
  const { rows } = await sql<{ userId: string }>`
    select distinct ra.user_id from role_assignments ra
    join roles r on r.key = ra.role
    join users u on u.id = ra.user_id and u.is_active
    join agencies a on a.id = ${agencyId}
    where ${assignmentGrants('documents.register', false)}`.execute(db);
  return rows.map((r) => r.userId);
}

/**
 * Who receives a task given to a department: the people who hold it in the documents module's eyes
 * (`access.holds`), its leaders — officials of the department holding `documents.direct` at their agency.
 */
export async function departmentLeaders(db: Executor, departmentId: string): Promise<string[]> {
  const { rows } = await sql<{ userId: string }>`
    select distinct u.id as user_id from users u
    join officials o on o.id = u.official_id and o.department_id = ${departmentId}
    join agencies a on a.id = o.agency_id
    join role_assignments ra on ra.user_id = u.id
    join roles r on r.key = ra.role
    where u.is_active and ${assignmentGrants('documents.direct', true)}`.execute(db);
  return rows.map((r) => r.userId);
}

/** A task as far as telling its holder goes. */
export interface TaskHead {
  id: string;
  kind: string;
  assigneeUserId: string | null;
  departmentId: string | null;
  assignedBy: string | null;
  instruction: string | null;
}

const taskHead = (db: Executor) =>
  db
    .selectFrom('documentTasks as t')
    .select(['t.id', 't.kind', 't.assigneeUserId', 't.departmentId', 't.assignedBy', 't.instruction']);

/**
 * The tasks on a document that became open in the caller's transaction: inserted open, or a waiting review
 * step opened (both stamp `now()`, the transaction's start time).
 */
export function tasksOpenedNow(db: Executor, documentId: string): Promise<TaskHead[]> {
  return taskHead(db)
    .where('t.documentId', '=', documentId)
    .where('t.status', '=', 'open')
    .where(sql<SqlBool>`(t.created_at = now() or t.updated_at = now())`)
    .orderBy('t.createdAt')
    .execute();
}

/** The tasks on a document still being worked on, of the given kinds. */
export function openTasksOn(db: Executor, documentId: string, kinds: string[]): Promise<TaskHead[]> {
  return taskHead(db)
    .where('t.documentId', '=', documentId)
    .where('t.kind', 'in', kinds)
    .where('t.status', 'in', ['open', 'in_progress'])
    .execute();
}

/** What a notice says about a document: how to name it, whose it is. */
export function documentHead(db: Executor, id: string) {
  return db
    .selectFrom('documents as d')
    .select([
      'd.id',
      'd.agencyId',
      'd.direction',
      'd.status',
      'd.reference',
      'd.notation',
      'd.subject',
      'd.issuerName',
      'd.createdBy',
    ])
    .where('d.id', '=', id)
    .executeTakeFirstOrThrow();
}
export type DocumentHead = Awaited<ReturnType<typeof documentHead>>;

// ---- reading --------------------------------------------------------------------------------------------

/**
 * "Notice n may be shown to the viewer": it is about no document, or about one they may still see. A notice
 * about a document later recalled out of reach, or above a clearance since lowered, stays hidden (and out
 * of the unread count) rather than showing a title that names it.
 */
function shown(viewer: Viewer): Expression<SqlBool> {
  return sql<SqlBool>`(n.document_id is null or ${visibleTo(viewer)})`;
}

const mine = (db: Executor, viewer: Viewer) =>
  db
    .selectFrom('notifications as n')
    .leftJoin('documents as d', 'd.id', 'n.documentId')
    .leftJoin('agencies as da', 'da.id', 'd.agencyId')
    .where('n.userId', '=', viewer.userId)
    .where(shown(viewer));

export async function listNotices(db: Executor, viewer: Viewer, query: ListNotifications) {
  const filtered = query.unread ? mine(db, viewer).where('n.readAt', 'is', null) : mine(db, viewer);
  const [items, counts] = await Promise.all([
    filtered
      .select(['n.id', 'n.kind', 'n.title', 'n.body', 'n.link', 'n.documentId', 'n.createdAt', 'n.readAt'])
      .orderBy('n.createdAt', 'desc')
      .orderBy('n.id', 'desc')
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize))
      .execute(),
    mine(db, viewer)
      .select([
        sql<number>`count(*)::int`.as('all'),
        sql<number>`(count(*) filter (where n.read_at is null))::int`.as('unread'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items,
    total: query.unread ? counts.unread : counts.all,
    unread: counts.unread,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function unreadCount(db: Executor, viewer: Viewer): Promise<number> {
  const row = await mine(db, viewer)
    .where('n.readAt', 'is', null)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Marks one of the viewer's shown notices read; false when there is no such notice for them. */
export async function markRead(db: Executor, viewer: Viewer, id: string): Promise<boolean> {
  const found = await mine(db, viewer).select('n.id').where('n.id', '=', id).executeTakeFirst();
  if (!found) return false;
  await db
    .updateTable('notifications')
    .set({ readAt: sql<Date>`coalesce(read_at, now())` })
    .where('id', '=', id)
    .execute();
  return true;
}

/** Marks every unread notice of the person read (the hidden ones too: "clear my bell"). */
export async function markAllRead(db: Executor, userId: string): Promise<number> {
  const result = await db
    .updateTable('notifications')
    .set({ readAt: sql<Date>`now()` })
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
