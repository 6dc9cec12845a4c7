import { processingStepProblems, type StepProblem, toHundredths, totalHundredths } from '@congso/one-stop';
import { recordAudit } from '../../platform/audit/recorder.ts';
import { type Actor, can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { conflict, type FieldError, forbidden, invalid, notFound } from '../../platform/http/problem.ts';
import { findAgencyRef } from '../directory/agencies/repository.ts';
import { actorOf } from '../documents/access.ts';
import * as repo from './steps-repository.ts';
import type { Offering, ProcessingSteps, SaveSteps } from './steps-schema.ts';

const NOT_MANAGER =
  'Chỉ người được giao quản lý thủ tục hành chính tại cơ quan tiếp nhận mới lập được quy trình nội bộ ở đó';

/** A receiving agency's steps are kept by those holding `procedures.manage` at that agency. */
const managesStepsAt = (actor: Actor, agencyPath: readonly string[]) =>
  can(actor, 'procedures.manage', agencyPath);

async function procedureOf(db: Executor, id: string, lock = false) {
  const procedure = await repo.procedureForSteps(db, id, lock);
  if (!procedure) throw notFound('Không tìm thấy thủ tục hành chính');
  return procedure;
}

async function receivingAgency(db: Executor, id: string) {
  const agency = await findAgencyRef(db, id);
  if (!agency) throw notFound('Không tìm thấy cơ quan tiếp nhận');
  return agency;
}

/** Whether the days add up to the legal time as it is now (it may have changed since the steps were saved). */
function matchesLegalTime(totalDays: number, legalDays: number | null): boolean {
  return legalDays !== null && Math.round(totalDays * 100) === toHundredths(legalDays);
}

/** The steps of a procedure at a receiving agency (none: it is not offered there). Any staff member reads them. */
export async function getSteps(
  db: Executor,
  ctx: RequestContext,
  id: string,
  agencyId: string,
): Promise<ProcessingSteps> {
  const actor = actorOf(ctx);
  const procedure = await procedureOf(db, id);
  const agency = await receivingAgency(db, agencyId);
  const rows = await repo.stepsAt(db, id, agency.id);
  const totalDays = totalHundredths(rows) / 100;
  return {
    procedure: {
      id: procedure.id,
      code: procedure.code,
      name: procedure.name,
      processingDays: procedure.processingDays,
    },
    agency: { id: agency.id, name: agency.name, code: agency.code },
    steps: rows.map((row) => ({
      position: row.position,
      name: row.name,
      role: row.role,
      handlerAgency: { id: row.handlerAgencyId, name: row.handlerAgencyName },
      handlerDepartment:
        row.handlerDepartmentId && row.handlerDepartmentName
          ? { id: row.handlerDepartmentId, name: row.handlerDepartmentName }
          : null,
      days: row.days,
    })),
    totalDays,
    matchesLegalTime: rows.length > 0 && matchesLegalTime(totalDays, procedure.processingDays),
    can: { manage: procedure.active && managesStepsAt(actor, agency.path) },
  };
}

/** The receiving agencies where the procedure is offered, with the total days of their steps. */
export async function listOfferings(db: Executor, ctx: RequestContext, id: string): Promise<Offering[]> {
  actorOf(ctx); // staff only, like every other read of the catalogue
  const procedure = await procedureOf(db, id);
  const rows = await repo.offeringsOf(db, id);
  return rows.map((row) => ({
    agency: { id: row.id, name: row.name, code: row.code },
    stepCount: row.stepCount,
    totalDays: row.totalDays,
    matchesLegalTime: matchesLegalTime(row.totalDays, procedure.processingDays),
    updatedAt: row.updatedAt,
  }));
}

const pointerOf = (problem: StepProblem) =>
  problem.step === null ? '/body/steps' : `/body/steps/${problem.step}/${problem.part}`;

/** The handler agencies and departments the steps name: they exist, still work, and belong together. */
async function handlerProblems(db: Executor, steps: SaveSteps['steps']): Promise<FieldError[]> {
  const agencies = await repo.agenciesByIds(db, [...new Set(steps.map((s) => s.handlerAgencyId))]);
  const departmentIds = steps.flatMap((s) => (s.handlerDepartmentId ? [s.handlerDepartmentId] : []));
  const departments = await repo.departmentsByIds(db, [...new Set(departmentIds)]);
  const errors: FieldError[] = [];
  steps.forEach((step, i) => {
    const agency = agencies.find((a) => a.id === step.handlerAgencyId);
    if (!agency)
      errors.push({ pointer: `/body/steps/${i}/handlerAgencyId`, detail: 'Không tìm thấy cơ quan' });
    else if (!agency.isActive)
      errors.push({ pointer: `/body/steps/${i}/handlerAgencyId`, detail: 'Cơ quan đã ngừng hoạt động' });
    if (!step.handlerDepartmentId) return;
    const department = departments.find((d) => d.id === step.handlerDepartmentId);
    const pointer = `/body/steps/${i}/handlerDepartmentId`;
    if (!department || department.agencyId !== step.handlerAgencyId)
      errors.push({ pointer, detail: 'Phòng, ban không thuộc cơ quan thực hiện bước này' });
    else if (!department.isActive) errors.push({ pointer, detail: 'Phòng, ban đã ngừng hoạt động' });
  });
  return errors;
}

/** "Bước 2: …" for the detail that lists every problem in one sentence. */
function describe(errors: FieldError[]): string {
  return errors
    .map((e) => {
      const step = /^\/body\/steps\/(\d+)\//.exec(e.pointer);
      return step ? `Bước ${Number(step[1]) + 1}: ${e.detail}` : e.detail;
    })
    .join('; ');
}

const summaryOf = (steps: SaveSteps['steps'] | repo.StepRow[]) =>
  steps.map((s) => ({
    name: s.name,
    role: s.role,
    handlerAgencyId: s.handlerAgencyId,
    handlerDepartmentId: s.handlerDepartmentId ?? null,
    days: s.days,
  }));

/**
 * Replaces the steps of a procedure at a receiving agency, checked as a whole: the rules of the package
 * (`processingStepProblems`: the sum, receive first, return last, handling in between), then the agencies
 * and departments named. One transaction, with the procedure locked so its legal time cannot change under it.
 */
export async function saveSteps(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: SaveSteps,
): Promise<ProcessingSteps> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const procedure = await procedureOf(trx, id, true);
    const agency = await receivingAgency(trx, input.agencyId);
    if (!managesStepsAt(actor, agency.path)) throw forbidden(NOT_MANAGER);
    if (!procedure.active) throw conflict('Thủ tục đã ngừng áp dụng, không lập quy trình nội bộ được nữa');
    if (!agency.isActive)
      throw invalid('Cơ quan tiếp nhận đã ngừng hoạt động', [
        { pointer: '/body/agencyId', detail: 'Cơ quan đã ngừng hoạt động' },
      ]);
    const ruleErrors = processingStepProblems({
      legalDays: procedure.processingDays,
      receivingAgencyId: agency.id,
      steps: input.steps,
    }).map((p) => ({ pointer: pointerOf(p), detail: p.message }));
    const errors = [...ruleErrors, ...(await handlerProblems(trx, input.steps))];
    if (errors.length > 0) throw invalid(describe(errors), errors);

    const before = await repo.stepsAt(trx, id, agency.id);
    await repo.replaceSteps(
      trx,
      id,
      agency.id,
      input.steps.map((s) => ({ ...s, handlerDepartmentId: s.handlerDepartmentId ?? null })),
      actor.userId,
    );
    await recordAudit(trx, ctx, {
      action: 'procedures.steps.replace',
      agencyId: agency.id,
      targetType: 'procedure',
      targetId: id,
      summary: { code: procedure.code, before: summaryOf(before), after: summaryOf(input.steps) },
    });
  });
  return getSteps(db, ctx, id, input.agencyId);
}

/** Stops offering the procedure at the agency: its steps there are removed (dossiers keep their own copy). */
export async function stopOffering(
  db: Database,
  ctx: RequestContext,
  id: string,
  agencyId: string,
): Promise<void> {
  const actor = actorOf(ctx);
  await db.transaction().execute(async (trx) => {
    const procedure = await procedureOf(trx, id, true);
    const agency = await receivingAgency(trx, agencyId);
    if (!managesStepsAt(actor, agency.path)) throw forbidden(NOT_MANAGER);
    const before = await repo.stepsAt(trx, id, agency.id);
    if (before.length === 0) throw notFound('Thủ tục chưa được cung cấp tại cơ quan này');
    await repo.deleteSteps(trx, id, agency.id);
    await recordAudit(trx, ctx, {
      action: 'procedures.steps.delete',
      agencyId: agency.id,
      targetType: 'procedure',
      targetId: id,
      summary: { code: procedure.code, before: summaryOf(before) },
    });
  });
}
