import { recordAudit } from '../../platform/audit/recorder.ts';
import { can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { conflict, forbidden, invalid } from '../../platform/http/problem.ts';
import { noticeOpenedTasks, noticeSigned } from '../notifications/document-notices.ts';
import { actorOf, agencyFor, checkColleague, holds, requireClearance } from './access.ts';
import { getDocument } from './detail.ts';
import { checkDepartment, checkRecipients, type Recipient, release } from './issuing.ts';
import * as repo from './repository.ts';
import type { CreateDraft, DocumentDetail, ReviewPlan, UpdateDraft } from './schema.ts';
import { documentStep, historyLine } from './step.ts';

const editable = ['draft'];

/** Starts a draft of an outgoing document in the author's agency. */
export async function createDraft(
  db: Database,
  ctx: RequestContext,
  input: CreateDraft,
): Promise<DocumentDetail> {
  const actor = actorOf(ctx);
  const id = await db.transaction().execute(async (trx) => {
    const agency = await agencyFor(trx, actor, input.agencyId, 'documents.draft');
    requireClearance(actor, input.secrecy);
    await checkDepartment(trx, agency.id, input.departmentId);
    await checkRecipients(trx, agency.id, input.recipients);
    const id = await repo.insertDocument(trx, {
      agencyId: agency.id,
      direction: 'outgoing',
      status: 'draft',
      documentType: input.documentType,
      subject: input.subject,
      summary: input.summary ?? null,
      departmentId: input.departmentId ?? null,
      signerName: input.signerName ?? null,
      signerPosition: input.signerPosition ?? null,
      signingCapacity: input.signingCapacity,
      urgency: input.urgency,
      secrecy: input.secrecy,
      plannedRecipients: JSON.stringify(input.recipients),
      recipientsText: input.recipientsText ?? null,
      note: input.note ?? null,
      createdBy: actor.userId,
    });
    await historyLine(trx, ctx, id, 'drafted', input.subject);
    await recordAudit(trx, ctx, {
      action: 'documents.draft.create',
      agencyId: agency.id,
      targetType: 'document',
      targetId: id,
      summary: { after: { subject: input.subject, secrecy: input.secrecy } },
    });
    return id;
  });
  return getDocument(db, ctx, id);
}

/** The author changes a draft that is with them (not under review). */
export function updateDraft(db: Database, ctx: RequestContext, id: string, input: UpdateDraft) {
  return documentStep(db, ctx, id, async (trx, doc, actor) => {
    if (doc.createdBy !== actor.userId) throw forbidden('Chỉ người soạn thảo sửa dự thảo');
    if (!editable.includes(doc.status)) throw conflict('Dự thảo đang được xem xét, không sửa được');
    if (input.secrecy) requireClearance(actor, input.secrecy);
    await checkDepartment(trx, doc.agencyId, input.departmentId);
    if (input.recipients) await checkRecipients(trx, doc.agencyId, input.recipients);
    const { recipients, ...fields } = input;
    await repo.updateDocument(trx, id, {
      ...fields,
      ...(recipients ? { plannedRecipients: JSON.stringify(recipients) } : {}),
    });
    await historyLine(trx, ctx, id, 'draft_updated', null, { fields: Object.keys(input) });
    await recordAudit(trx, ctx, {
      action: 'documents.draft.update',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: id,
      summary: { fields: Object.keys(input) },
    });
  });
}

/**
 * Sends the draft for review: each step is a list of reviewers who review in parallel; the steps follow one
 * another; the signer approves last. A new round starts each time the author sends it.
 */
export function submitForReview(db: Database, ctx: RequestContext, id: string, plan: ReviewPlan) {
  return documentStep(db, ctx, id, async (trx, doc, actor) => {
    if (doc.createdBy !== actor.userId) throw forbidden('Chỉ người soạn thảo trình dự thảo');
    if (!editable.includes(doc.status)) throw conflict('Dự thảo đang được xem xét');
    if (!doc.signerName || !doc.signerPosition)
      throw invalid('Hãy ghi người ký và chức vụ trước khi trình', [
        { pointer: '/body/signerUserId', detail: 'Dự thảo chưa có người ký' },
      ]);
    const signer = await checkColleague(trx, doc, plan.signerUserId, '/body/signerUserId');
    if (!(signer.roles ?? []).includes('leader'))
      throw invalid('Người ký phải là lãnh đạo của cơ quan', [
        { pointer: '/body/signerUserId', detail: 'Không phải lãnh đạo' },
      ]);
    for (const [s, step] of plan.steps.entries())
      for (const [i, reviewer] of step.entries())
        await checkColleague(trx, doc, reviewer, `/body/steps/${s}/${i}`);
    const round = (await repo.lastReviewRound(trx, id)) + 1;
    await repo.closeOpenTasks(trx, id, ['revise'], 'done');
    const steps = [
      ...plan.steps.map((reviewers) => ({ kind: 'review' as const, reviewers })),
      {
        kind: 'sign' as const,
        reviewers: [plan.signerUserId],
      },
    ];
    for (const [s, step] of steps.entries())
      for (const reviewer of step.reviewers)
        await repo.insertTask(trx, {
          documentId: id,
          kind: step.kind,
          assigneeUserId: reviewer,
          step: s + 1,
          round,
          status: s === 0 ? 'open' : 'waiting',
          assignedBy: actor.userId,
        });
    await repo.updateDocument(trx, id, { status: 'in_review' });
    await historyLine(trx, ctx, id, 'review_requested', `Trình xem xét, vòng ${round}`, {
      round,
      steps: plan.steps.length,
      signer: signer.displayName,
    });
    await noticeOpenedTasks(trx, ctx, id, 'assigned');
    await recordAudit(trx, ctx, {
      action: 'documents.draft.submit',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: id,
      summary: { round, steps: plan.steps.map((s) => s.length), signer: plan.signerUserId },
    });
  });
}

async function reviewTask(trx: Tx, doc: repo.DocumentRow, viewer: repo.Viewer, taskId: string) {
  const task = await repo.findTask(trx, doc.id, taskId);
  if (!task || (task.kind !== 'review' && task.kind !== 'sign'))
    throw invalid('Không tìm thấy bước xem xét này');
  if (!holds(viewer, task)) throw forbidden('Bước xem xét này không được giao cho bạn');
  if (task.status !== 'open' && task.status !== 'in_progress') throw conflict('Bước xem xét đã kết thúc');
  if (doc.status !== 'in_review') throw conflict('Dự thảo không ở bước xem xét');
  return task;
}

/**
 * A reviewer approves. When every reviewer of the step has, the next step opens; when the signer approves,
 * the draft is approved for issue: who and when are recorded (the point where a digital signature will go).
 */
export function approveReview(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  input: { comment?: string | null | undefined },
) {
  return documentStep(db, ctx, id, async (trx, doc, actor, viewer) => {
    const task = await reviewTask(trx, doc, viewer, taskId);
    await repo.updateTask(trx, task.id, { status: 'done', result: input.comment ?? null });
    if (task.kind === 'sign') {
      await repo.updateDocument(trx, id, {
        status: 'approved',
        signedBy: actor.userId,
        signedAt: new Date(),
      });
      await historyLine(trx, ctx, id, 'signed', input.comment ?? 'Duyệt ký', { round: task.round }, task.id);
    } else {
      await historyLine(trx, ctx, id, 'review_approved', input.comment ?? null, { step: task.step }, task.id);
      if ((await repo.openTasksAtStep(trx, id, task.round!, task.step!)) === 0)
        await repo.openStep(trx, id, task.round!, task.step! + 1);
    }
    await noticeOpenedTasks(trx, ctx, id, 'assigned');
    if (task.kind === 'sign') await noticeSigned(trx, ctx, id);
    await recordAudit(trx, ctx, {
      action: task.kind === 'sign' ? 'documents.draft.sign' : 'documents.draft.approve',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: id,
      summary: { step: task.step, round: task.round },
    });
  });
}

/**
 * A reviewer sends the draft back one step with the reason: the reviewers of the step before review it again,
 * or, from the first step, the author revises it (a 'revise' task in their worklist).
 */
export function sendBack(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  input: { reason: string },
) {
  return documentStep(db, ctx, id, async (trx, doc, actor, viewer) => {
    const task = await reviewTask(trx, doc, viewer, taskId);
    await repo.updateTask(trx, task.id, { status: 'returned', result: input.reason });
    await repo.cancelStep(trx, id, task.round!, task.step!);
    const previous = task.step! > 1 ? await repo.tasksAtStep(trx, id, task.round!, task.step! - 1) : [];
    if (previous.length > 0)
      for (const p of previous)
        await repo.insertTask(trx, {
          documentId: id,
          kind: p.kind as 'review',
          assigneeUserId: p.assigneeUserId,
          step: p.step,
          round: p.round,
          status: 'open',
          instruction: `Xem lại: ${input.reason}`,
          assignedBy: actor.userId,
        });
    else {
      await repo.insertTask(trx, {
        documentId: id,
        kind: 'revise',
        assigneeUserId: doc.createdBy,
        instruction: input.reason,
        assignedBy: actor.userId,
      });
      await repo.updateDocument(trx, id, { status: 'draft' });
    }
    await historyLine(trx, ctx, id, 'review_returned', input.reason, { step: task.step }, task.id);
    await noticeOpenedTasks(trx, ctx, id, 'sent_back', input.reason);
    await recordAudit(trx, ctx, {
      action: 'documents.draft.return',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: id,
      summary: { step: task.step, round: task.round, reason: input.reason },
    });
  });
}

/** The clerk numbers and releases an approved draft to the recipients chosen while drafting. */
export function issueDraft(db: Database, ctx: RequestContext, id: string) {
  return documentStep(db, ctx, id, async (trx, doc, actor) => {
    if (!can(actor, 'documents.register', doc.agencyPath)) throw forbidden('Chỉ văn thư cấp số, phát hành');
    if (doc.direction !== 'outgoing' || doc.status !== 'approved')
      throw conflict('Chỉ phát hành được dự thảo đã được người ký duyệt');
    const planned = (doc.plannedRecipients ?? []) as Recipient[];
    await release(
      trx,
      ctx,
      id,
      await checkRecipients(
        trx,
        doc.agencyId,
        planned.map((r) => ({
          agencyId: r.agencyId ?? undefined,
          name: r.name ?? undefined,
          code: r.code ?? undefined,
        })),
      ),
    );
  });
}
