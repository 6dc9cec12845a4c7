import { can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Executor } from '../../platform/db/database.ts';
import { conflict, forbidden, invalid, notFound } from '../../platform/http/problem.ts';
import { findAgencyRef } from '../directory/agencies/repository.ts';
import { actorOf } from '../documents/access.ts';
import { requireStepHandler, visibleDossier } from './access.ts';
import { requireApologyIfLate } from './apology.ts';
import { stepDueAt } from './clock.ts';
import { noticeStepHandedTo } from './processing-notices.ts';
import * as repo from './processing-repository.ts';
import { activeStep, onDossier } from './processing-work.ts';
import { type DossierStepRow, stepsOf } from './repository.ts';
import { statusAfter, transition } from './transition.ts';

/**
 * Moving a dossier through its processing steps (quy trình nội bộ): the person handling the step in progress
 * forwards it with an opinion (the last handling step completes it: the result is ready at the counter), or
 * sends it back to an earlier step; a leader of the step's agency hands the step to one of its people.
 * A step at another agency (một cửa liên thông) is then in that agency's queue.
 */

export interface ForwardInput {
  /** The opinion (ý kiến xử lý) written on the step being finished. */
  note: string;
  /** Working or result files attached to this step, named in the history line. */
  fileIds: string[];
  /** The person the next step goes to (optional: anyone allowed at its agency may take it). */
  assigneeId?: string | null | undefined;
}

/** Someone who may take the step: a validation error at `pointer` otherwise. */
async function checkAssignee(db: Executor, step: DossierStepRow, userId: string, pointer: string) {
  const handler = (await repo.stepHandlers(db, step)).find((h) => h.id === userId);
  if (!handler)
    throw invalid('Người được giao không xử lý được bước này', [
      { pointer, detail: 'Chọn cán bộ của cơ quan (phòng, ban) xử lý bước này, có quyền xử lý hồ sơ' },
    ]);
  return handler;
}

/** The files named in an opinion: working or result files already attached to this step of the dossier. */
async function checkStepFiles(db: Executor, dossierId: string, fileIds: readonly string[], position: number) {
  const files = await repo.filesAmong(db, dossierId, fileIds);
  fileIds.forEach((id, i) => {
    const file = files.find((f) => f.id === id);
    if (!file || (file.kind !== 'working' && file.kind !== 'result') || file.step !== position)
      throw invalid('Tệp không thuộc bước đang xử lý của hồ sơ', [
        { pointer: `/body/fileIds/${i}`, detail: 'Chỉ nêu tệp đã đính kèm vào bước này' },
      ]);
  });
  return fileIds.map((id) => files.find((f) => f.id === id)!);
}

/**
 * Finishes the step in progress and starts the next one (due its days of working time at its agency). When
 * the next step is the return step, the dossier is complete: the result is ready (`completed_at`), which
 * needs a result document attached. A late dossier moves on only once an apology covers it.
 */
export function forward(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: ForwardInput,
  now = new Date(),
) {
  return onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier, steps } = work;
    statusAfter(dossier.status, 'forward');
    const step = activeStep(work);
    await requireStepHandler(trx, actor, step);
    const next = steps.find((s) => s.position > step.position);
    if (!next) throw conflict('Đây là bước cuối cùng của hồ sơ');
    const action = next.role === 'return' ? 'complete' : 'forward';
    await requireApologyIfLate(db, work);
    const files = await checkStepFiles(trx, dossier.id, input.fileIds, step.position);
    if (action === 'complete' && !(await repo.hasResultFile(trx, dossier.id)))
      throw conflict(
        'Cần đính kèm văn bản kết quả giải quyết (tệp loại "Kết quả") trước khi hoàn thành hồ sơ',
      );
    const assignee = input.assigneeId
      ? await checkAssignee(trx, next, input.assigneeId, '/body/assigneeId')
      : null;
    await repo.updateStep(trx, dossier.id, step.position, {
      status: 'done',
      finishedAt: now,
      finishedBy: actor.userId,
    });
    await repo.updateStep(trx, dossier.id, next.position, {
      status: 'active',
      startedAt: now,
      dueAt: await stepDueAt(db, next.handlerAgencyId, now, next.days),
      finishedAt: null,
      finishedBy: null,
      assigneeId: assignee?.id ?? next.assigneeId,
    });
    await transition(trx, ctx, actor, dossier, {
      action,
      changes: { currentStep: next.position, ...(action === 'complete' ? { completedAt: now } : {}) },
      step: step.position,
      toStep: next.position,
      note: input.note,
      data: {
        // how the step kept its time, for the control sheet (Mẫu 05)
        stepDueAt: step.dueAt?.toISOString() ?? null,
        files: files.map((f) => ({ id: f.id, fileName: f.fileName, kind: f.kind })),
        ...(assignee ? { assignee: { id: assignee.id, name: assignee.displayName } } : {}),
      },
      at: now,
    });
    await noticeStepHandedTo(
      trx,
      ctx,
      dossier,
      next,
      assignee?.id ?? next.assigneeId,
      'assigned',
      input.note,
    );
  });
}

export interface SendBackInput {
  toStep: number;
  reason: string;
}

/**
 * Sends the dossier back to an earlier handling or approval step to be reworked: that step is active again
 * with a fresh due, the steps after it wait again. The time already spent keeps counting for the dossier.
 */
export function sendBack(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: SendBackInput,
  now = new Date(),
) {
  return onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier, steps } = work;
    statusAfter(dossier.status, 'send_back');
    const step = activeStep(work);
    await requireStepHandler(trx, actor, step);
    const target = steps.find((s) => s.position === input.toStep);
    const pointer = '/body/toStep';
    if (!target || target.position >= step.position)
      throw invalid('Chỉ trả lại được một bước trước bước đang xử lý', [
        { pointer, detail: 'Chọn một bước đã qua của hồ sơ' },
      ]);
    if (target.role !== 'handle' && target.role !== 'approve')
      throw invalid('Chỉ trả lại được bước thụ lý hoặc phê duyệt; hồ sơ thiếu giấy tờ thì yêu cầu bổ sung', [
        { pointer, detail: 'Không trả lại được bước tiếp nhận' },
      ]);
    await repo.resetStepsAfter(trx, dossier.id, target.position);
    await repo.updateStep(trx, dossier.id, target.position, {
      status: 'active',
      startedAt: now,
      dueAt: await stepDueAt(db, target.handlerAgencyId, now, target.days),
      finishedAt: null,
      finishedBy: null,
    });
    await transition(trx, ctx, actor, dossier, {
      action: 'send_back',
      changes: { currentStep: target.position },
      step: step.position,
      toStep: target.position,
      note: input.reason,
      data: { stepDueAt: step.dueAt?.toISOString() ?? null },
      at: now,
    });
    // back to whoever it was handed to, or else whoever did the step before
    await noticeStepHandedTo(
      trx,
      ctx,
      dossier,
      target,
      target.assigneeId ?? target.finishedBy,
      'sent_back',
      input.reason,
    );
  });
}

export interface AssignInput {
  assigneeId: string;
  note?: string | null | undefined;
}

/** A leader of the step's agency hands the step in progress to one of the people who may take it. */
export function assign(db: Database, ctx: RequestContext, id: string, input: AssignInput, now = new Date()) {
  return onDossier(db, ctx, id, now, async (work) => {
    const { trx, actor, dossier } = work;
    statusAfter(dossier.status, 'assign');
    const step = activeStep(work);
    const agency = await findAgencyRef(trx, step.handlerAgencyId);
    if (!agency) throw notFound('Không tìm thấy cơ quan');
    if (!can(actor, 'dossiers.approve', agency.path))
      throw forbidden('Chỉ lãnh đạo của cơ quan xử lý bước này được phân công');
    const assignee = await checkAssignee(trx, step, input.assigneeId, '/body/assigneeId');
    await repo.updateStep(trx, dossier.id, step.position, { assigneeId: assignee.id });
    await transition(trx, ctx, actor, dossier, {
      action: 'assign',
      step: step.position,
      note: input.note ?? null,
      data: { assignee: { id: assignee.id, name: assignee.displayName } },
      at: now,
    });
    await noticeStepHandedTo(trx, ctx, dossier, step, assignee.id, 'assigned', input.note);
  });
}

/** The people a step of the dossier may be handed to (for the forward and assign forms). */
export async function handlersOf(db: Database, ctx: RequestContext, id: string, position: number) {
  const dossier = await visibleDossier(db, actorOf(ctx), id);
  const step = (await stepsOf(db, dossier.id)).find((s) => s.position === position);
  if (!step) throw notFound('Không tìm thấy bước xử lý của hồ sơ');
  return repo.stepHandlers(db, step);
}
