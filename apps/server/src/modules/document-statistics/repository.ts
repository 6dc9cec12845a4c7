import { type RawBuilder, sql } from 'kysely';
import type { AgencyScope } from '../../platform/auth/actor.ts';
import { agencyInScope } from '../../platform/auth/scope-sql.ts';
import type { Executor } from '../../platform/db/database.ts';

/** Whose documents are counted: one agency, or it and every agency below it. */
export interface Counted {
  agencyId: string;
  includeSubAgencies: boolean;
}

/** The period as instants: registered at or after `start`, before `end` (the day after the last day, 00:00 in Vietnam). */
export interface Span {
  start: Date;
  end: Date;
}

/**
 * The working days of the calendar counted day by day from `from`: `worked[i]` is the number of working days
 * from `from` to `from` + i days, both included.
 */
export interface WorkingDayIndex {
  from: string;
  worked: number[];
}

/** The agencies whose registers are counted (the sub-tree through the GIN index on agencies.path). */
function agencies(counted: Counted): RawBuilder<unknown> {
  return counted.includeSubAgencies
    ? sql`(select a.id from agencies a where a.path @> array[${counted.agencyId}]::uuid[])`
    : sql`(${counted.agencyId}::uuid)`;
}

/** The documents registered in the period by the agencies counted (index documents_registered, 0013). */
function inPeriod(counted: Counted, span: Span): RawBuilder<unknown> {
  return sql`d.agency_id in ${agencies(counted)} and d.registered_at >= ${span.start} and d.registered_at < ${span.end}`;
}

// A handled document is done; an open one is still with the agency; a recalled or replaced copy is neither.
const OPEN = sql.raw(`('registered', 'submitted', 'in_progress')`);

/** The day in Vietnam an instant falls on, as the position in the working-day index (1-based, as SQL arrays). */
const dayIn = (column: string, index: WorkingDayIndex) =>
  sql`((d.${sql.raw(column)} at time zone 'Asia/Ho_Chi_Minh')::date - ${index.from}::date + 1)`;

/**
 * Every count, as the SQL that computes it over documents `d`, and the two sums the averages are made of
 * (README: what each figure means). All are sums, so groups add up: the service rolls the fine groups up
 * into the totals and the breakdowns. `now` is the instant the statistics are taken: a deadline before it
 * has passed.
 */
function figureColumns(now: Date, index: WorkingDayIndex) {
  const incoming = sql`d.direction = 'incoming'`;
  const outgoing = sql`d.direction = 'outgoing'`;
  // an incoming document is electronic when registered as one, or received over the platform
  const electronic = sql`(d.medium = 'electronic' or d.source_document_id is not null)`;
  const handled = sql`${incoming} and d.status = 'done'`;
  const open = sql`${incoming} and d.status in ${OPEN}`;
  const count = (condition: RawBuilder<unknown>, as: string) =>
    sql`count(*) filter (where ${condition})::int as ${sql.ref(as)}`;
  return [
    count(incoming, 'incoming'),
    count(sql`${incoming} and ${electronic}`, 'incoming_electronic'),
    count(sql`${incoming} and d.source_document_id is not null`, 'incoming_on_platform'),
    count(outgoing, 'outgoing'),
    count(sql`${outgoing} and d.medium = 'electronic'`, 'outgoing_electronic'),
    count(sql`${outgoing} and d.status = 'recalled'`, 'outgoing_recalled'),
    count(sql`${handled} and (d.due_at is null or d.completed_at <= d.due_at)`, 'on_time'),
    count(sql`${handled} and d.completed_at > d.due_at`, 'late'),
    count(sql`${open} and (d.due_at is null or d.due_at >= ${now})`, 'open_not_due'),
    count(sql`${open} and d.due_at < ${now}`, 'open_overdue'),
    count(sql`(${handled} or ${open}) and d.due_at is null`, 'no_deadline'),
    count(sql`${incoming} and d.status <> 'done' and d.status not in ${OPEN}`, 'withdrawn'),
    sql`coalesce(sum(extract(epoch from d.completed_at - d.registered_at)) filter (where ${handled}), 0)::float8
      as handling_seconds`,
    // working days after the day of registration up to and including the day of completion
    sql`coalesce(sum(w.worked[${dayIn('completed_at', index)}] - w.worked[${dayIn('registered_at', index)}])
      filter (where ${handled}), 0)::int as handling_working_days`,
  ];
}

/** The counts and sums of a group of documents; they add up from smaller groups. */
export interface FigureRow {
  incoming: number;
  incomingElectronic: number;
  incomingOnPlatform: number;
  outgoing: number;
  outgoingElectronic: number;
  outgoingRecalled: number;
  onTime: number;
  late: number;
  openNotDue: number;
  openOverdue: number;
  noDeadline: number;
  withdrawn: number;
  /** completion − registration of the handled documents, summed */
  handlingSeconds: number;
  handlingWorkingDays: number;
}

/**
 * One of the finest groups: month of registration × document type × agency × department. The department is
 * that of the lead of an incoming document's handling, or an outgoing document's drafting unit; a lead given
 * to a person is returned as the person (`leadUserId`), whose department the service looks up.
 */
export interface FineRow extends FigureRow {
  month: string;
  documentType: string;
  agencyId: string;
  departmentId: string | null;
  leadUserId: string | null;
}

/**
 * The period's documents in their finest groups, in one pass over the documents the index finds; the totals
 * and every breakdown are sums of these groups. An incoming document's lead is its latest lead task the
 * leader gave (not a delegated child, not cancelled or returned): one probe of the covering index
 * document_tasks_lead (0013) per incoming document, without reading the tasks themselves.
 */
export async function fineFigures(
  db: Executor,
  counted: Counted,
  span: Span,
  now: Date,
  index: WorkingDayIndex,
): Promise<FineRow[]> {
  const { rows } = await sql<FineRow>`
    select to_char(d.registered_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month,
      d.document_type, d.agency_id,
      case when d.direction = 'incoming' then lead.department_id else d.department_id end as department_id,
      case when d.direction = 'incoming' and lead.department_id is null then lead.assignee_user_id end
        as lead_user_id,
      ${sql.join(figureColumns(now, index))}
    from documents d
    cross join (values (${index.worked}::int[])) as w (worked)
    left join lateral (
      select t.department_id, t.assignee_user_id
      from document_tasks t
      where d.direction = 'incoming' and t.document_id = d.id and t.kind = 'lead' and t.parent_task_id is null
        and t.status not in ('cancelled', 'returned')
      order by t.created_at desc
      limit 1
    ) lead on true
    where ${inPeriod(counted, span)}
    group by 1, 2, 3, 4, 5`.execute(db);
  return rows;
}

/** The department of each of these users (their official record's), for leads given to a person. */
export async function departmentsOfUsers(
  db: Executor,
  userIds: string[],
): Promise<Map<string, string | null>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users as u')
    .leftJoin('officials as o', 'o.id', 'u.officialId')
    .select(['u.id', 'o.departmentId'])
    .where('u.id', 'in', userIds)
    .execute();
  return new Map(rows.map((r) => [r.id, r.departmentId]));
}

export interface DeliveryRow {
  status: string;
  count: number;
}

/** Where the outgoing documents of the period went: their recipients (deliveries) by edXML status. */
export async function deliveriesByStatus(db: Executor, counted: Counted, span: Span): Promise<DeliveryRow[]> {
  const { rows } = await sql<DeliveryRow>`
    select dd.status, count(*)::int as count
    from documents d
    join document_deliveries dd on dd.document_id = d.id
    where ${inPeriod(counted, span)} and d.direction = 'outgoing'
    group by dd.status
    order by dd.status`.execute(db);
  return rows;
}

/** How many agencies the figures cover (the agency, with its sub-tree when asked). */
export async function agencyCount(db: Executor, counted: Counted): Promise<number> {
  if (!counted.includeSubAgencies) return 1;
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from ${agencies(counted)} as a(id)`.execute(db);
  return rows[0]!.n;
}

export function agencyNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('agencies').select(['id', 'name', 'path']).where('id', 'in', ids).execute();
}

export function departmentNames(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('departments as dep')
    .innerJoin('agencies as a', 'a.id', 'dep.agencyId')
    .select(['dep.id', 'dep.name', 'a.name as agencyName'])
    .where('dep.id', 'in', ids)
    .execute();
}

/**
 * The agencies whose statistics the person may read, in tree order, and whether their sub-agencies may be
 * included (the permission is held over the sub-tree).
 */
export async function agenciesWithin(db: Executor, scope: AgencyScope) {
  const subtree: RawBuilder<boolean> = scope.all
    ? sql<boolean>`true`
    : scope.subtrees.length > 0
      ? sql<boolean>`a.path && ${sql.val(scope.subtrees)}::uuid[]`
      : sql<boolean>`false`;
  return db
    .selectFrom('agencies as a')
    .select(['a.id', 'a.parentId', 'a.name', 'a.isActive', subtree.as('subtree')])
    .where(agencyInScope(scope, 'a.id', 'a.path'))
    .orderBy(sql`array_length(a.path, 1)`)
    .orderBy('a.sortOrder')
    .orderBy('a.name')
    .execute();
}
