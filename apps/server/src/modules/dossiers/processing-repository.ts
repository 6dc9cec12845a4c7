import { type Expression, type SqlBool, sql } from 'kysely';
import { assignmentGrants } from '../../platform/auth/scope-sql.ts';
import type { Executor } from '../../platform/db/database.ts';
import { stepPermission } from './access.ts';
import type { DossierStepRow } from './repository.ts';

/**
 * The SQL of processing dossiers: moving steps, the people who may take a step, files and slips of a step,
 * the deadlines list. The shared queries (a dossier, its steps and pauses, history) are in `repository.ts`.
 */

export type StepChanges = Partial<
  Pick<DossierStepRow, 'status' | 'assigneeId' | 'startedAt' | 'dueAt' | 'finishedAt' | 'finishedBy'>
>;

export async function updateStep(
  trx: Executor,
  dossierId: string,
  position: number,
  changes: StepChanges,
): Promise<void> {
  await trx
    .updateTable('dossierSteps')
    .set(changes)
    .where('dossierId', '=', dossierId)
    .where('position', '=', position)
    .execute();
}

/** Every step after `position` waits again, as if never started (a dossier sent back to be reworked). */
export async function resetStepsAfter(trx: Executor, dossierId: string, position: number): Promise<void> {
  await trx
    .updateTable('dossierSteps')
    .set({ status: 'pending', startedAt: null, dueAt: null, finishedAt: null, finishedBy: null })
    .where('dossierId', '=', dossierId)
    .where('position', '>', position)
    .execute();
}

export interface StepHandler {
  id: string;
  displayName: string;
  departmentName: string | null;
}

/**
 * The people who may take a step (`mayActOnStep`, said in SQL): active accounts whose official works at the
 * step's agency (in its department, when the step names one) and who hold the step's permission there
 * through a role given at that agency or above it with its sub-tree. Global roles are left out: a system
 * administrator can act anywhere but is nobody's colleague to hand a dossier to.
 */
export async function stepHandlers(
  db: Executor,
  step: Pick<DossierStepRow, 'role' | 'handlerAgencyId' | 'handlerDepartmentId'>,
): Promise<StepHandler[]> {
  const department = step.handlerDepartmentId
    ? sql`and o.department_id = ${step.handlerDepartmentId}`
    : sql``;
  const { rows } = await sql<StepHandler>`
    select distinct u.id, u.display_name, dep.name as department_name from users u
    join officials o on o.id = u.official_id and o.is_active and o.agency_id = ${step.handlerAgencyId} ${department}
    left join departments dep on dep.id = o.department_id
    join agencies a on a.id = o.agency_id
    join role_assignments ra on ra.user_id = u.id
    join roles r on r.key = ra.role
    where u.is_active and u.kind = 'staff' and ${assignmentGrants(stepPermission(step), false)}
    order by u.display_name`.execute(db);
  return rows;
}

export interface StepFile {
  id: string;
  kind: string;
  step: number | null;
  fileName: string | null;
}

/** The working and result files of a dossier among `ids` (to name in an opinion), with their step. */
export function filesAmong(db: Executor, dossierId: string, ids: readonly string[]): Promise<StepFile[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('dossierFiles')
    .select(['id', 'kind', 'step', 'fileName'])
    .where('dossierId', '=', dossierId)
    .where('id', 'in', ids)
    .execute();
}

/** Whether a result document (kind `result`) is attached to the dossier. */
export async function hasResultFile(db: Executor, dossierId: string): Promise<boolean> {
  const row = await db
    .selectFrom('dossierFiles')
    .select('id')
    .where('dossierId', '=', dossierId)
    .where('kind', '=', 'result')
    .where('blobId', 'is not', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** The latest apology (Mẫu 04) issued on a dossier, if any. */
export function latestApology(db: Executor, dossierId: string) {
  return db
    .selectFrom('dossierSlips')
    .select(['id', 'issuedAt', 'newAppointmentAt', 'reason', 'step'])
    .where('dossierId', '=', dossierId)
    .where('form', '=', '04')
    .orderBy('issuedAt', 'desc')
    .orderBy('id')
    .executeTakeFirst();
}

export async function insertApology(
  trx: Executor,
  slip: {
    dossierId: string;
    issuedBy: string;
    reason: string;
    newAppointmentAt: Date;
    step: number | null;
    at: Date;
  },
): Promise<string> {
  const row = await trx
    .insertInto('dossierSlips')
    .values({
      dossierId: slip.dossierId,
      form: '04',
      issuedAt: slip.at,
      issuedBy: slip.issuedBy,
      reason: slip.reason,
      newAppointmentAt: slip.newAppointmentAt,
      step: slip.step,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface DeadlineRow {
  dossierId: string;
  code: string;
  status: string;
  applicantName: string;
  procedureName: string;
  dossierDueAt: Date;
  appointmentAt: Date | null;
  stepPosition: number;
  stepName: string;
  stepRole: DossierStepRow['role'];
  stepDueAt: Date | null;
  assigneeId: string | null;
  handlerAgencyId: string;
  handlerDepartmentId: string | null;
}

/**
 * Active steps of dossiers being processed (or at the counter with their result) whose step or dossier is
 * due by `limit`, optionally only those `who` may act on; the earliest due first.
 */
export async function dueActiveSteps(
  db: Executor,
  limit: Date,
  who: Expression<SqlBool> = sql<SqlBool>`true`,
  max = 500,
): Promise<DeadlineRow[]> {
  const { rows } = await sql<DeadlineRow>`
    select d.id as dossier_id, d.code, d.status, d.applicant_name, p.name as procedure_name,
      d.due_at as dossier_due_at, d.appointment_at, s.position as step_position, s.name as step_name,
      s.role as step_role, s.due_at as step_due_at, s.assignee_id, s.handler_agency_id, s.handler_department_id
    from dossier_steps s
    join dossiers d on d.id = s.dossier_id and d.current_step = s.position
    join procedures p on p.id = d.procedure_id
    join agencies ha on ha.id = s.handler_agency_id
    where s.status = 'active' and d.status in ('processing', 'result_ready')
      and (s.due_at <= ${limit} or d.due_at <= ${limit}) and ${who}
    order by least(s.due_at, d.due_at), d.code
    limit ${max}`.execute(db);
  return rows;
}

// ---- the control sheet (Mẫu 05) and the tracking register (Mẫu 06) ------------------------------------------

export interface HandoverEvent {
  at: Date;
  kind: string;
  step: number | null;
  toStep: number | null;
  note: string | null;
  data: Record<string, unknown>;
  actorName: string | null;
}

/** The lines of the history where the dossier changed hands or was acted on at a step, in order. */
export function stepEvents(db: Executor, dossierId: string): Promise<HandoverEvent[]> {
  return db
    .selectFrom('dossierEvents as e')
    .leftJoin('users as u', 'u.id', 'e.actorId')
    .select(['e.at', 'e.kind', 'e.step', 'e.toStep', 'e.note', 'e.data', 'u.displayName as actorName'])
    .where('e.dossierId', '=', dossierId)
    .where('e.step', 'is not', null)
    .orderBy('e.id')
    .execute() as Promise<HandoverEvent[]>;
}

export interface RegisterRow {
  id: string;
  code: string;
  status: string;
  procedureName: string;
  applicantName: string;
  applicantAddress: string | null;
  applicantPhone: string | null;
  receivedAt: Date;
  dueAt: Date;
  appointmentAt: Date | null;
  completedAt: Date | null;
  returnedAt: Date | null;
  endedAt: Date | null;
  resultDelivery: string;
  postalTracking: string | null;
  /** The agency of the first handling step (cơ quan chủ trì giải quyết). */
  handlingAgency: string | null;
  /** When the counter passed it on: the receiving step finished. */
  transferredAt: Date | null;
  apologies: number;
}

/**
 * The dossiers an agency received in [from, to) (instants), in the order received, at most `limit` (the
 * caller asks for one more than it prints to know when a period holds too many).
 */
export async function registerRows(
  db: Executor,
  agencyId: string,
  from: Date,
  to: Date,
  limit: number,
): Promise<RegisterRow[]> {
  const { rows } = await sql<RegisterRow>`
    select d.id, d.code, d.status, p.name as procedure_name, d.applicant_name, d.applicant_address,
      d.applicant_phone, d.received_at, d.due_at, d.appointment_at, d.completed_at, d.returned_at, d.ended_at,
      d.result_delivery, d.postal_tracking,
      (select a.name from dossier_steps s join agencies a on a.id = s.handler_agency_id
        where s.dossier_id = d.id and s.role = 'handle' order by s.position limit 1) as handling_agency,
      (select s.finished_at from dossier_steps s
        where s.dossier_id = d.id and s.role = 'receive' order by s.position limit 1) as transferred_at,
      (select count(*)::int from dossier_slips sl where sl.dossier_id = d.id and sl.form = '04') as apologies
    from dossiers d join procedures p on p.id = d.procedure_id
    where d.agency_id = ${agencyId} and d.received_at >= ${from} and d.received_at < ${to}
    order by d.received_at, d.code
    limit ${limit}`.execute(db);
  return rows;
}
