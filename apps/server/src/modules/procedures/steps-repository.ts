import type { StepRole } from '@congso/one-stop';
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/database.ts';

/**
 * What the steps need of a procedure; locked when asked, so its legal time holds until the steps are saved
 * (FOR NO KEY UPDATE: dossiers referring to the procedure are not held up meanwhile).
 */
export function procedureForSteps(db: Executor, id: string, lock = false) {
  let query = db
    .selectFrom('procedures')
    .select(['id', 'code', 'name', 'processingDays', 'active'])
    .where('id', '=', id);
  if (lock) query = query.forNoKeyUpdate();
  return query.executeTakeFirst();
}
export type ProcedureForSteps = NonNullable<Awaited<ReturnType<typeof procedureForSteps>>>;

/** The steps of a procedure at a receiving agency, in order, with the names of who handles each. */
export async function stepsAt(db: Executor, procedureId: string, agencyId: string) {
  const rows = await db
    .selectFrom('processingSteps as s')
    .innerJoin('agencies as a', 'a.id', 's.handlerAgencyId')
    .leftJoin('departments as d', 'd.id', 's.handlerDepartmentId')
    .select([
      's.position',
      's.name',
      's.role',
      's.days',
      's.handlerAgencyId',
      'a.name as handlerAgencyName',
      's.handlerDepartmentId',
      'd.name as handlerDepartmentName',
    ])
    .where('s.procedureId', '=', procedureId)
    .where('s.agencyId', '=', agencyId)
    .orderBy('s.position')
    .execute();
  return rows.map((row) => ({ ...row, role: row.role as StepRole }));
}
export type StepRow = Awaited<ReturnType<typeof stepsAt>>[number];

/** The receiving agencies where the procedure is offered (it has steps there), with their totals. */
export function offeringsOf(db: Executor, procedureId: string) {
  return db
    .selectFrom('processingSteps as s')
    .innerJoin('agencies as a', 'a.id', 's.agencyId')
    .select([
      'a.id',
      'a.name',
      'a.code',
      sql<number>`count(*)::int`.as('stepCount'),
      sql<number>`sum(s.days)`.as('totalDays'),
      sql<Date>`max(s.updated_at)`.as('updatedAt'),
    ])
    .where('s.procedureId', '=', procedureId)
    .groupBy(['a.id', 'a.name', 'a.code', 'a.sortOrder'])
    .orderBy('a.sortOrder')
    .orderBy('a.name')
    .execute();
}

/** The agencies named by a list of steps, to check that they exist and still work. */
export function agenciesByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('agencies').select(['id', 'isActive']).where('id', 'in', ids).execute();
}

export function departmentsByIds(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('departments').select(['id', 'agencyId', 'isActive']).where('id', 'in', ids).execute();
}

export interface NewStep {
  name: string;
  role: StepRole;
  handlerAgencyId: string;
  handlerDepartmentId: string | null;
  days: number;
}

/** Replaces the whole list of steps at the agency (positions from 1, in the order given). */
export async function replaceSteps(
  db: Executor,
  procedureId: string,
  agencyId: string,
  steps: NewStep[],
  userId: string,
): Promise<void> {
  await deleteSteps(db, procedureId, agencyId);
  if (steps.length === 0) return;
  await db
    .insertInto('processingSteps')
    .values(
      steps.map((step, i) => ({
        procedureId,
        agencyId,
        position: i + 1,
        name: step.name,
        role: step.role,
        handlerAgencyId: step.handlerAgencyId,
        handlerDepartmentId: step.handlerDepartmentId,
        days: step.days,
        updatedBy: userId,
      })),
    )
    .execute();
}

/** Removes the steps at the agency; answers how many there were. */
export async function deleteSteps(db: Executor, procedureId: string, agencyId: string): Promise<number> {
  const result = await db
    .deleteFrom('processingSteps')
    .where('procedureId', '=', procedureId)
    .where('agencyId', '=', agencyId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
