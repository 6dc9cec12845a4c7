import type { DossierStatus } from '@congso/one-stop';
import { type Expression, type SqlBool, sql } from 'kysely';
import { agencyInScope } from '../../platform/auth/scope-sql.ts';
import type { Executor } from '../../platform/db/database.ts';
import { matchesAllWords } from '../../platform/db/search.ts';
import { offsetOf } from '../../platform/http/paging.ts';
import { type ActingScopes, type DossierViewer, mayActOnStepSql } from './access.ts';
import { dossierVisibleTo, supplementAwaitingCheck } from './repository.ts';
import type { ListDossiers } from './schema.ts';

// The SQL of dossier lists: one row shape (the summary, with the procedure and the step in progress) for
// lists and the detail, the queues, filters and search, newest first.

export interface SummaryRow {
  id: string;
  code: string;
  agencyId: string;
  agencyName: string;
  status: DossierStatus;
  channel: 'counter' | 'online' | 'post';
  applicantKind: 'citizen' | 'business';
  applicantName: string;
  summary: string | null;
  procedureId: string;
  procedureCode: string;
  procedureName: string;
  currentStep: number | null;
  stepName: string | null;
  stepRole: 'receive' | 'handle' | 'approve' | 'return' | null;
  stepAgencyId: string | null;
  stepAgencyName: string | null;
  stepDueAt: Date | null;
  submittedAt: Date;
  receivedAt: Date | null;
  dueAt: Date | null;
  appointmentAt: Date | null;
  pausedSince: Date | null;
  completedAt: Date | null;
  endedAt: Date | null;
  /** a supplement sent online waits for the counter's check (`supplementAwaitingCheck`) */
  supplementSent: boolean | null;
}

export function selectSummaries(db: Executor) {
  return db
    .selectFrom('dossiers as d')
    .innerJoin('agencies as ra', 'ra.id', 'd.agencyId')
    .innerJoin('procedures as p', 'p.id', 'd.procedureId')
    .leftJoin('dossierSteps as cs', (join) =>
      join.onRef('cs.dossierId', '=', 'd.id').onRef('cs.position', '=', 'd.currentStep'),
    )
    .leftJoin('agencies as ha', 'ha.id', 'cs.handlerAgencyId')
    .select([
      'd.id',
      'd.code',
      'd.agencyId',
      'ra.name as agencyName',
      'd.status',
      'd.channel',
      'd.applicantKind',
      'd.applicantName',
      'd.summary',
      'd.procedureId',
      'p.code as procedureCode',
      'p.name as procedureName',
      'd.currentStep',
      'cs.name as stepName',
      'cs.role as stepRole',
      'cs.handlerAgencyId as stepAgencyId',
      'ha.name as stepAgencyName',
      'cs.dueAt as stepDueAt',
      'd.submittedAt',
      'd.receivedAt',
      'd.dueAt',
      'd.appointmentAt',
      'd.pausedSince',
      'd.completedAt',
      'd.endedAt',
      supplementAwaitingCheck.as('supplementSent'),
    ]);
}

export async function findSummary(db: Executor, id: string): Promise<SummaryRow | undefined> {
  return (await selectSummaries(db).where('d.id', '=', id).executeTakeFirst()) as SummaryRow | undefined;
}

/** "A step of `d` is in progress and waits for the viewer" (`mayActOnStep` over its step `ms` at `va`). */
function waitsFor(scopes: ActingScopes): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from dossier_steps ms join agencies va on va.id = ms.handler_agency_id
    where ms.dossier_id = d.id and ms.position = d.current_step and ms.status = 'active'
      and ${mayActOnStepSql(scopes, 'ms', 'va')})`;
}

/** The receiving agency of `d` is one where the viewer works at the counter. */
function atMyCounter(scopes: ActingScopes): Expression<SqlBool> {
  return sql<SqlBool>`exists (select 1 from agencies va where va.id = d.agency_id and ${agencyInScope(scopes.receive, 'va.id', 'va.path')})`;
}

/** The instant of the start of a day in Vietnam. */
const vietnamDayStart = (isoDate: string) =>
  sql`(${isoDate}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`;

export interface ListClock {
  now: Date;
  /** The end of "due soon": one working day from now. */
  soon: Date;
}

function listFilter(query: ListDossiers, scopes: ActingScopes, clock: ListClock): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [];
  switch (query.queue) {
    // what the counter must take in: dossiers submitted online, and supplements sent online for it to check
    case 'waiting':
      parts.push(sql<SqlBool>`(d.status = 'waiting' or ${supplementAwaitingCheck})`, atMyCounter(scopes));
      break;
    case 'counter':
      parts.push(sql<SqlBool>`d.status = 'result_ready'`, atMyCounter(scopes));
      break;
    case 'mine':
      parts.push(sql<SqlBool>`d.status = 'processing'`, waitsFor(scopes));
      break;
    // the clock runs only while processing: paused dossiers (with the applicant) are neither
    case 'overdue':
      parts.push(sql<SqlBool>`d.status = 'processing' and d.due_at < ${clock.now}`);
      break;
    case 'due_soon':
      parts.push(
        sql<SqlBool>`d.status = 'processing' and d.due_at >= ${clock.now} and d.due_at <= ${clock.soon}`,
      );
      break;
  }
  if (query.status) parts.push(sql<SqlBool>`d.status = ${query.status}`);
  if (query.procedureId) parts.push(sql<SqlBool>`d.procedure_id = ${query.procedureId}`);
  if (query.agencyId) parts.push(sql<SqlBool>`d.agency_id = ${query.agencyId}`);
  if (query.channel) parts.push(sql<SqlBool>`d.channel = ${query.channel}`);
  if (query.receivedFrom) parts.push(sql<SqlBool>`d.received_at >= ${vietnamDayStart(query.receivedFrom)}`);
  if (query.receivedTo)
    parts.push(sql<SqlBool>`d.received_at < ${vietnamDayStart(query.receivedTo)} + interval '1 day'`);
  if (query.q) parts.push(matchesAllWords('d.search', query.q));
  return parts.length === 0 ? sql<SqlBool>`true` : sql<SqlBool>`${sql.join(parts, sql` and `)}`;
}

/** Counting stops here: a list then says "more than". */
export const COUNT_LIMIT = 1000;

export interface DossierRowsPage {
  items: SummaryRow[];
  total: number;
  more: boolean;
}

/** A page of the dossiers the viewer may see that match the query, newest first. */
export async function listDossiers(
  db: Executor,
  viewer: DossierViewer,
  scopes: ActingScopes,
  query: ListDossiers,
  clock: ListClock,
): Promise<DossierRowsPage> {
  const where = sql<SqlBool>`${dossierVisibleTo(viewer)} and ${listFilter(query, scopes, clock)}`;
  const [items, counted] = await Promise.all([
    selectSummaries(db)
      .where(where)
      .orderBy('d.submittedAt', 'desc')
      .orderBy('d.id')
      .limit(query.pageSize)
      .offset(offsetOf(query.page, query.pageSize))
      .execute(),
    sql<{ total: number }>`select count(*)::int as total from (
      select 1 from dossiers d where ${where} limit ${COUNT_LIMIT + 1}) counted`.execute(db),
  ]);
  const total = counted.rows[0]!.total;
  return { items: items as SummaryRow[], total: Math.min(total, COUNT_LIMIT), more: total > COUNT_LIMIT };
}
