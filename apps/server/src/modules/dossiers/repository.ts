import type { DossierStatus } from '@congso/one-stop';
import { type Expression, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';
import { wakeUpOnCommit } from '../../platform/jobs/wake-up.ts';
import type { DossierViewer } from './access.ts';

/**
 * The SQL every part of the dossier module shares: a dossier with its steps and pauses, the day's code
 * sequence, and the history. Receiving, processing and statistics keep their own queries in their own files.
 */
export interface DossierRow {
  id: string;
  code: string;
  agencyId: string;
  procedureId: string;
  status: DossierStatus;
  channel: 'counter' | 'online' | 'post';
  applicantKind: 'citizen' | 'business';
  applicantName: string;
  applicantIdNumber: string;
  applicantPhone: string | null;
  applicantEmail: string | null;
  applicantAddress: string | null;
  summary: string | null;
  formData: unknown;
  processingDays: number;
  submittedAt: Date;
  receivedAt: Date | null;
  receivedBy: string | null;
  dueAt: Date | null;
  appointmentAt: Date | null;
  currentStep: number | null;
  pausedSince: Date | null;
  completedAt: Date | null;
  returnedAt: Date | null;
  endedAt: Date | null;
  resultDelivery: 'counter' | 'post' | 'online';
  postalAddress: string | null;
  postalTracking: string | null;
  postalStatus: 'sent' | 'delivered' | 'failed' | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DossierStepRow {
  position: number;
  name: string;
  role: 'receive' | 'handle' | 'approve' | 'return';
  handlerAgencyId: string;
  handlerDepartmentId: string | null;
  days: number;
  status: 'pending' | 'active' | 'done';
  assigneeId: string | null;
  startedAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  finishedBy: string | null;
}

export interface PauseRow {
  reason: 'supplement' | 'fee';
  startedAt: Date;
  endedAt: Date | null;
}

const dossierColumns = [
  'd.id',
  'd.code',
  'd.agencyId',
  'd.procedureId',
  'd.status',
  'd.channel',
  'd.applicantKind',
  'd.applicantName',
  'd.applicantIdNumber',
  'd.applicantPhone',
  'd.applicantEmail',
  'd.applicantAddress',
  'd.summary',
  'd.formData',
  'd.processingDays',
  'd.submittedAt',
  'd.receivedAt',
  'd.receivedBy',
  'd.dueAt',
  'd.appointmentAt',
  'd.currentStep',
  'd.pausedSince',
  'd.completedAt',
  'd.returnedAt',
  'd.endedAt',
  'd.resultDelivery',
  'd.postalAddress',
  'd.postalTracking',
  'd.postalStatus',
  'd.createdAt',
  'd.updatedAt',
] as const;

/**
 * SQL condition "the viewer may see dossier `d`": they read or receive at its receiving agency, or they work
 * (handle, approve, read) at an agency one of its steps goes to (inter-agency steps show in that agency's queue).
 */
export function dossierVisibleTo(viewer: DossierViewer): Expression<SqlBool> {
  return sql<SqlBool>`(exists (select 1 from agencies va where va.id = d.agency_id and ${viewer.atReceivingAgency})
    or exists (select 1 from dossier_steps vs join agencies va on va.id = vs.handler_agency_id
      where vs.dossier_id = d.id and ${viewer.atHandlerAgency}))`;
}

/** The dossier `id` if it meets `condition` (`lock`: FOR UPDATE, inside a transaction). */
async function findDossierWhere(
  db: Executor,
  id: string,
  condition: Expression<SqlBool>,
  lock: boolean,
): Promise<DossierRow | undefined> {
  let query = db.selectFrom('dossiers as d').select(dossierColumns).where('d.id', '=', id).where(condition);
  if (lock) query = query.forUpdate();
  return (await query.executeTakeFirst()) as DossierRow | undefined;
}

/** The dossier if the viewer may see it (`lock`: FOR UPDATE, inside a transaction). */
export function findVisibleDossier(
  db: Executor,
  viewer: DossierViewer,
  id: string,
  lock = false,
): Promise<DossierRow | undefined> {
  return findDossierWhere(db, id, dossierVisibleTo(viewer), lock);
}

/** The dossier by its code, whoever asks (the public lookup and the counter find it by the code). */
export async function findDossierByCode(db: Executor, code: string): Promise<DossierRow | undefined> {
  return (await db
    .selectFrom('dossiers as d')
    .select(dossierColumns)
    .where('d.code', '=', code)
    .executeTakeFirst()) as DossierRow | undefined;
}

/**
 * A dossier the applicant's account submitted (`created_by`), for the portal's "my dossiers" (`lock`: FOR
 * UPDATE, inside a transaction); undefined for anyone else's.
 */
export function findApplicantDossier(
  db: Executor,
  userId: string,
  id: string,
  lock = false,
): Promise<DossierRow | undefined> {
  return findDossierWhere(db, id, sql<SqlBool>`d.created_by = ${userId}`, lock);
}

/**
 * SQL "dossier `d` waits for the counter to check a supplement the applicant sent online" (`ONLINE_SUPPLEMENT=
 * check`): still with the applicant, and a `supplement_submitted` line since its latest Mẫu 02.
 */
export const supplementAwaitingCheck = sql<boolean>`(d.status = 'supplement_requested' and exists (
  select 1 from dossier_events se where se.dossier_id = d.id and se.kind = 'supplement_submitted'
    and se.at >= (select max(ss.issued_at) from dossier_slips ss where ss.dossier_id = d.id and ss.form = '02')))`;

/** Whether the dossier waits for the counter to check a supplement sent online (`supplementAwaitingCheck`). */
export async function awaitingCheck(db: Executor, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('dossiers as d')
    .select(supplementAwaitingCheck.as('awaiting'))
    .where('d.id', '=', id)
    .executeTakeFirst();
  return row?.awaiting === true;
}

export async function stepsOf(db: Executor, dossierId: string): Promise<DossierStepRow[]> {
  return (await db
    .selectFrom('dossierSteps')
    .select([
      'position',
      'name',
      'role',
      'handlerAgencyId',
      'handlerDepartmentId',
      'days',
      'status',
      'assigneeId',
      'startedAt',
      'dueAt',
      'finishedAt',
      'finishedBy',
    ])
    .where('dossierId', '=', dossierId)
    .orderBy('position')
    .execute()) as DossierStepRow[];
}

export async function pausesOf(db: Executor, dossierId: string): Promise<PauseRow[]> {
  return (await db
    .selectFrom('dossierPauses')
    .select(['reason', 'startedAt', 'endedAt'])
    .where('dossierId', '=', dossierId)
    .orderBy('startedAt')
    .execute()) as PauseRow[];
}

/**
 * The next number of the day for a receiving agency (1, 2, …). The row stays locked until the caller's
 * transaction ends, so concurrent counters queue and a failed receipt gives its number back.
 */
export async function nextDaySequence(trx: Executor, agencyId: string, day: string): Promise<number> {
  const { rows } = await sql<{ lastNumber: number }>`
    insert into dossier_day_sequences (agency_id, day, last_number) values (${agencyId}, ${day}, 1)
    on conflict (agency_id, day) do update set last_number = dossier_day_sequences.last_number + 1
    returning last_number`.execute(trx);
  return rows[0]!.lastNumber;
}

export type DossierChanges = Partial<
  Omit<DossierRow, 'id' | 'code' | 'agencyId' | 'createdAt' | 'updatedAt'>
>;

export async function updateDossier(trx: Executor, id: string, changes: DossierChanges): Promise<void> {
  const { formData, ...rest } = changes;
  await trx
    .updateTable('dossiers')
    .set({
      ...rest,
      ...(formData === undefined ? {} : { formData: JSON.stringify(formData) }),
      updatedAt: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export interface DossierEventInput {
  dossierId: string;
  actorId: string | null;
  actorAgencyId: string | null;
  kind: string;
  statusFrom?: string | null;
  statusTo?: string | null;
  step?: number | null;
  toStep?: number | null;
  note?: string | null;
  data?: Record<string, unknown>;
  at?: Date;
}

/** Who hears of every history line (`dossier_outbox`): the applicant's notices and the national portal. */
export const DOSSIER_FEED_CONSUMERS = ['applicant_notice', 'national_portal'] as const;
export type DossierFeedConsumer = (typeof DOSSIER_FEED_CONSUMERS)[number];
/** Woken up when a transaction that wrote history commits: the consumers drain their rows at once. */
export const DOSSIER_FEED_CHANNEL = 'dossier_outbox';

/** One line of history, queued for the change feed's consumers in the same statement. */
export async function insertEvent(trx: Executor, event: DossierEventInput): Promise<void> {
  const inserted = trx
    .insertInto('dossierEvents')
    .values({
      dossierId: event.dossierId,
      actorId: event.actorId,
      actorAgencyId: event.actorAgencyId,
      kind: event.kind,
      statusFrom: event.statusFrom ?? null,
      statusTo: event.statusTo ?? null,
      step: event.step ?? null,
      toStep: event.toStep ?? null,
      note: event.note ?? null,
      data: JSON.stringify(event.data ?? {}),
      ...(event.at ? { at: event.at } : {}),
    })
    .returning(['id', 'dossierId']);
  await trx
    .with('e', () => inserted)
    .insertInto('dossierOutbox')
    .columns(['eventId', 'dossierId', 'consumer'])
    .expression((eb) =>
      eb
        .selectFrom('e')
        .innerJoin(sql`unnest(${sql.val(DOSSIER_FEED_CONSUMERS)}::text[])`.as('c'), (join) => join.onTrue())
        .select(['e.id', 'e.dossierId', sql<string>`c`.as('consumer')]),
    )
    .execute();
  await wakeUpOnCommit(trx, DOSSIER_FEED_CHANNEL);
}

export async function openPause(trx: Executor, dossierId: string, reason: PauseRow['reason'], at: Date) {
  await trx.insertInto('dossierPauses').values({ dossierId, reason, startedAt: at }).execute();
}

/** Ends the open pause; returns it, or undefined when none was open. */
export async function closePause(trx: Executor, dossierId: string, at: Date): Promise<PauseRow | undefined> {
  return (await trx
    .updateTable('dossierPauses')
    .set({ endedAt: at })
    .where('dossierId', '=', dossierId)
    .where('endedAt', 'is', null)
    .returning(['reason', 'startedAt', 'endedAt'])
    .executeTakeFirst()) as PauseRow | undefined;
}
