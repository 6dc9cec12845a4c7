import { recordAudit } from '../../platform/audit/recorder.ts';
import type { Actor } from '../../platform/auth/actor.ts';
import { can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database, Tx } from '../../platform/db/database.ts';
import { conflict, forbidden, invalid } from '../../platform/http/problem.ts';
import { dueAt } from '../calendar/service.ts';
import {
  noticeExtensionDecided,
  noticeExtensionRequested,
  noticeOpenedTasks,
  noticeOpinion,
  noticeTaskCompleted,
} from '../notifications/document-notices.ts';
import { checkColleague, endOfDay, holds } from './access.ts';
import { markDelivery } from './delivery.ts';
import * as repo from './repository.ts';
import type { Assignee, Directive } from './schema.ts';
import { documentStep, historyLine } from './step.ts';

type Doc = repo.DocumentRow;

async function deadlineOf(
  trx: Tx,
  agencyId: string,
  input: { dueOn?: string | null; dueInWorkingDays?: number | undefined },
) {
  if (input.dueOn) return endOfDay(input.dueOn);
  if (input.dueInWorkingDays) return dueAt(trx, agencyId, new Date(), { days: input.dueInWorkingDays });
  return null;
}

/** A person or department of the document's agency who can receive a task; a clear error otherwise. */
async function checkAssignee(trx: Tx, doc: Doc, who: Assignee, pointer: string) {
  if (who.userId) {
    const user = await checkColleague(trx, doc, who.userId, pointer);
    return { assigneeUserId: user.id, departmentId: user.departmentId, name: user.displayName };
  }
  const department = await repo.departmentRef(trx, who.departmentId!);
  if (!department?.isActive || department.agencyId !== doc.agencyId)
    throw invalid('Phòng, ban phải thuộc cơ quan', [
      { pointer, detail: 'Không phải phòng, ban của cơ quan' },
    ]);
  if ((doc.secrecyRank ?? 0) > 0)
    throw invalid('Văn bản mật phải giao cho người cụ thể', [
      { pointer, detail: 'Chọn cán bộ thay vì phòng, ban' },
    ]);
  return { assigneeUserId: null, departmentId: department.id, name: department.name };
}

// ---- clerk → leader ------------------------------------------------------------------------------------

export function submitToLeader(
  db: Database,
  ctx: RequestContext,
  id: string,
  leaderUserId: string,
  note?: string | null,
) {
  return documentStep(db, ctx, id, async (trx, doc, actor) => {
    if (!can(actor, 'documents.register', doc.agencyPath)) throw forbidden('Chỉ văn thư trình văn bản đến');
    if (doc.direction !== 'incoming' || !['registered', 'submitted'].includes(doc.status))
      throw conflict('Chỉ trình được văn bản đến đã vào sổ và chưa có ý kiến chỉ đạo');
    const leader = await checkColleague(trx, doc, leaderUserId, '/body/leaderUserId');
    if (!(leader.roles ?? []).includes('leader'))
      throw invalid('Người nhận phải là lãnh đạo của cơ quan', [
        { pointer: '/body/leaderUserId', detail: 'Không phải lãnh đạo của cơ quan' },
      ]);
    await repo.closeOpenTasks(trx, doc.id, ['direct'], 'cancelled');
    const taskId = await repo.insertTask(trx, {
      documentId: doc.id,
      kind: 'direct',
      assigneeUserId: leader.id,
      instruction: note ?? null,
      assignedBy: actor.userId,
    });
    await repo.updateDocument(trx, doc.id, { status: 'submitted' });
    await historyLine(
      trx,
      ctx,
      doc.id,
      'submitted',
      `Trình ${leader.displayName}${note ? `: ${note}` : ''}`,
      {},
      taskId,
    );
    await noticeOpenedTasks(trx, ctx, doc.id, 'assigned');
    await recordAudit(trx, ctx, {
      action: 'documents.incoming.submit',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: doc.id,
      summary: { to: leaderUserId },
    });
  });
}

// ---- leader's directive --------------------------------------------------------------------------------

export function giveDirective(db: Database, ctx: RequestContext, id: string, input: Directive) {
  return documentStep(db, ctx, id, async (trx, doc, actor) => {
    if (!can(actor, 'documents.direct', doc.agencyPath))
      throw forbidden('Chỉ lãnh đạo cơ quan cho ý kiến chỉ đạo');
    if (doc.direction !== 'incoming' || !['registered', 'submitted', 'in_progress'].includes(doc.status))
      throw conflict('Văn bản không ở bước chờ chỉ đạo');
    const due = await deadlineOf(trx, doc.agencyId, input);
    const lead = await checkAssignee(trx, doc, input.lead, '/body/lead');
    const others = [
      ...(await Promise.all(
        input.collaborators.map(async (c, i) => ({
          kind: 'collaborator' as const,
          ...(await checkAssignee(trx, doc, c, `/body/collaborators/${i}`)),
        })),
      )),
      ...(await Promise.all(
        input.informed.map(async (c, i) => ({
          kind: 'informed' as const,
          ...(await checkAssignee(trx, doc, c, `/body/informed/${i}`)),
        })),
      )),
    ];
    // a new directive replaces the open assignments of an earlier one
    await repo.closeOpenTasks(trx, doc.id, ['direct'], 'done');
    await repo.closeOpenTasks(trx, doc.id, ['lead', 'collaborator', 'informed'], 'cancelled');
    const leadTask = await repo.insertTask(trx, {
      documentId: doc.id,
      kind: 'lead',
      assigneeUserId: lead.assigneeUserId,
      departmentId: lead.assigneeUserId ? null : lead.departmentId,
      dueAt: due,
      instruction: input.directive,
      assignedBy: actor.userId,
    });
    for (const other of others)
      await repo.insertTask(trx, {
        documentId: doc.id,
        kind: other.kind,
        assigneeUserId: other.assigneeUserId,
        departmentId: other.assigneeUserId ? null : other.departmentId,
        dueAt: other.kind === 'collaborator' ? due : null,
        instruction: input.directive,
        assignedBy: actor.userId,
      });
    await repo.updateDocument(trx, doc.id, { status: 'in_progress', dueAt: due ?? doc.dueAt });
    await historyLine(
      trx,
      ctx,
      doc.id,
      'directed',
      input.directive,
      {
        lead: lead.name,
        collaborators: others.filter((o) => o.kind === 'collaborator').map((o) => o.name),
        informed: others.filter((o) => o.kind === 'informed').map((o) => o.name),
        dueAt: due?.toISOString() ?? null,
      },
      leadTask,
    );
    await noticeOpenedTasks(trx, ctx, doc.id, 'assigned');
    await markDelivery(trx, ctx, doc.id, '04', null);
    await recordAudit(trx, ctx, {
      action: 'documents.incoming.direct',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: doc.id,
      summary: { lead: lead.name, others: others.length, dueAt: due?.toISOString() ?? null },
    });
  });
}

// ---- the people handling it ------------------------------------------------------------------------------

type TaskStep = (trx: Tx, doc: Doc, task: repo.TaskRow, actor: Actor, viewer: repo.Viewer) => Promise<void>;

/** A step on a task the person holds (it names them, or a department they lead), still open. */
function taskStep(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  action: string,
  run: TaskStep,
  requireHolder = true,
) {
  return documentStep(db, ctx, id, async (trx, doc, actor, viewer) => {
    const task = await repo.findTask(trx, doc.id, taskId);
    if (!task) throw invalid('Không tìm thấy nhiệm vụ trên văn bản này');
    if (requireHolder) {
      if (!holds(viewer, task)) throw forbidden('Nhiệm vụ này không được giao cho bạn');
      if (task.status !== 'open' && task.status !== 'in_progress') throw conflict('Nhiệm vụ đã kết thúc');
    }
    await run(trx, doc, task, actor, viewer);
    await recordAudit(trx, ctx, {
      action: `documents.task.${action}`,
      agencyId: doc.agencyId,
      targetType: 'document_task',
      targetId: task.id,
      summary: { documentId: doc.id, kind: task.kind },
    });
  });
}

/** The first sign of work on a document tells its sender it is being handled (05). */
async function started(trx: Tx, ctx: RequestContext, doc: Doc, task: repo.TaskRow) {
  if (task.status === 'open') await repo.updateTask(trx, task.id, { status: 'in_progress' });
  if (task.kind === 'lead') await markDelivery(trx, ctx, doc.id, '05', null);
}

export function delegate(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  input: {
    userId: string;
    instruction?: string | null;
    dueOn?: string | null;
    dueInWorkingDays?: number | undefined;
  },
) {
  return taskStep(db, ctx, id, taskId, 'delegate', async (trx, doc, task, actor) => {
    if (task.kind !== 'lead' && task.kind !== 'collaborator')
      throw conflict('Chỉ giao lại được nhiệm vụ xử lý');
    const to = await checkAssignee(trx, doc, { userId: input.userId }, '/body/userId');
    const department = task.departmentId ?? (await repo.userInAgency(trx, actor.userId))?.departmentId;
    if (!department || to.departmentId !== department)
      throw invalid('Chỉ giao lại cho cán bộ trong phòng, ban của mình', [
        { pointer: '/body/userId', detail: 'Không thuộc phòng, ban' },
      ]);
    if (to.assigneeUserId === actor.userId) throw invalid('Không tự giao cho chính mình');
    const due = (await deadlineOf(trx, doc.agencyId, input)) ?? task.dueAt;
    const child = await repo.insertTask(trx, {
      documentId: doc.id,
      kind: task.kind as 'lead',
      assigneeUserId: to.assigneeUserId,
      dueAt: due,
      instruction: input.instruction ?? task.instruction,
      parentTaskId: task.id,
      assignedBy: actor.userId,
    });
    await repo.updateTask(trx, task.id, { status: 'delegated' });
    await historyLine(
      trx,
      ctx,
      doc.id,
      'delegated',
      `Giao ${to.name}${input.instruction ? `: ${input.instruction}` : ''}`,
      {},
      child,
    );
    if (task.kind === 'lead') await markDelivery(trx, ctx, doc.id, '05', null);
    await noticeOpenedTasks(trx, ctx, doc.id, 'assigned');
  });
}

export function giveOpinion(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  { text }: { text: string },
) {
  return taskStep(db, ctx, id, taskId, 'opinion', async (trx, doc, task) => {
    await started(trx, ctx, doc, task);
    await historyLine(trx, ctx, doc.id, 'opinion', text, {}, task.id);
    await noticeOpinion(trx, ctx, doc.id, task, text);
  });
}

export function forward(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  input: { to: Assignee; kind: 'collaborator' | 'informed'; note?: string | null },
) {
  return taskStep(db, ctx, id, taskId, 'forward', async (trx, doc, task, actor) => {
    const to = await checkAssignee(trx, doc, input.to, '/body/to');
    const child = await repo.insertTask(trx, {
      documentId: doc.id,
      kind: input.kind,
      assigneeUserId: to.assigneeUserId,
      departmentId: to.assigneeUserId ? null : to.departmentId,
      dueAt: input.kind === 'collaborator' ? task.dueAt : null,
      instruction: input.note ?? null,
      parentTaskId: task.id,
      assignedBy: actor.userId,
    });
    await started(trx, ctx, doc, task);
    const verb = input.kind === 'collaborator' ? 'phối hợp' : 'để biết';
    await historyLine(
      trx,
      ctx,
      doc.id,
      'forwarded',
      `Chuyển ${to.name} ${verb}${input.note ? `: ${input.note}` : ''}`,
      {},
      child,
    );
    await noticeOpenedTasks(trx, ctx, doc.id, 'assigned');
  });
}

/** Sends the task back to whoever gave it, with the reason; it lands in their worklist. */
export function returnTask(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  { reason }: { reason: string },
) {
  return taskStep(db, ctx, id, taskId, 'return', async (trx, doc, task) => {
    if (task.kind === 'informed') throw conflict('Văn bản nhận để biết không cần trả lại');
    await repo.updateTask(trx, task.id, { status: 'returned', result: reason });
    if (task.assignedBy) {
      const back =
        task.kind === 'direct' || (task.kind === 'lead' && !task.parentTaskId) ? 'direct' : task.kind;
      const parent = task.parentTaskId ? await repo.findTask(trx, doc.id, task.parentTaskId) : undefined;
      await repo.insertTask(trx, {
        documentId: doc.id,
        kind: back as 'direct',
        assigneeUserId: task.assignedBy,
        dueAt: task.dueAt,
        instruction: `Trả lại: ${reason}`,
        parentTaskId: parent?.id ?? null,
        assignedBy: null,
      });
      if (back === 'direct' && task.kind === 'lead')
        await repo.updateDocument(trx, doc.id, { status: 'submitted' });
    }
    await historyLine(trx, ctx, doc.id, 'returned', reason, {}, task.id);
    await noticeOpenedTasks(trx, ctx, doc.id, 'returned', reason);
  });
}

export function requestExtension(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  { until, reason }: { until: string; reason: string },
) {
  return taskStep(db, ctx, id, taskId, 'request_extension', async (trx, doc, task) => {
    if (task.kind === 'informed' || task.kind === 'direct')
      throw conflict('Chỉ xin gia hạn được nhiệm vụ xử lý');
    if (task.dueAt && endOfDay(until) <= new Date(task.dueAt))
      throw invalid('Hạn mới phải sau hạn hiện tại', [
        { pointer: '/body/until', detail: 'Phải sau hạn hiện tại' },
      ]);
    await historyLine(trx, ctx, doc.id, 'extension_requested', reason, { taskId: task.id, until }, task.id);
    await noticeExtensionRequested(trx, ctx, doc.id, task, until, reason);
  });
}

export function decideExtension(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  { approve, note }: { approve: boolean; note?: string | null | undefined },
) {
  return taskStep(
    db,
    ctx,
    id,
    taskId,
    'decide_extension',
    async (trx, doc, task, actor) => {
      if (task.assignedBy !== actor.userId && !can(actor, 'documents.direct', doc.agencyPath))
        throw forbidden('Chỉ người giao việc hoặc lãnh đạo quyết định gia hạn');
      const events = await repo.eventsOf(trx, doc.id);
      const last = events
        .filter(
          (e) =>
            (e.kind === 'extension_requested' || e.kind === 'extension_decided') &&
            (e.data as { taskId?: string }).taskId === task.id,
        )
        .at(-1);
      if (last?.kind !== 'extension_requested') throw conflict('Không có đề nghị gia hạn đang chờ');
      const until = (last.data as { until: string }).until;
      if (approve) {
        await repo.updateTask(trx, task.id, { dueAt: endOfDay(until) });
        if (task.kind === 'lead') await repo.updateDocument(trx, doc.id, { dueAt: endOfDay(until) });
      }
      const detail = `${approve ? 'Đồng ý gia hạn đến' : 'Không đồng ý gia hạn đến'} ${until}${note ? `: ${note}` : ''}`;
      await historyLine(
        trx,
        ctx,
        doc.id,
        'extension_decided',
        detail,
        { taskId: task.id, until, approve },
        task.id,
      );
      await noticeExtensionDecided(trx, ctx, doc.id, task, { approve, until, note });
    },
    false,
  );
}

/** Marks the task done; when the last lead task is done the document is done and the sender sees 06. */
export function completeTask(
  db: Database,
  ctx: RequestContext,
  id: string,
  taskId: string,
  input: { result: string; replyDocumentId?: string | null },
) {
  return taskStep(db, ctx, id, taskId, 'complete', async (trx, doc, task, _actor, viewer) => {
    if (task.kind === 'direct') throw conflict('Lãnh đạo cho ý kiến chỉ đạo thay vì đánh dấu hoàn thành');
    if (task.kind === 'review' || task.kind === 'sign')
      throw conflict('Dự thảo được đồng ý hoặc trả lại, không đánh dấu hoàn thành');
    if (input.replyDocumentId) {
      const reply = await repo.findVisibleDocument(trx, viewer, input.replyDocumentId);
      if (reply?.direction !== 'outgoing' || reply.agencyId !== doc.agencyId)
        throw invalid('Văn bản trả lời phải là văn bản đi của cơ quan', [
          { pointer: '/body/replyDocumentId', detail: 'Không tìm thấy văn bản đi này' },
        ]);
    }
    await repo.updateTask(trx, task.id, {
      status: 'done',
      result: input.result,
      replyDocumentId: input.replyDocumentId ?? null,
    });
    await historyLine(
      trx,
      ctx,
      doc.id,
      'completed',
      input.result,
      { replyDocumentId: input.replyDocumentId ?? null },
      task.id,
    );
    await noticeTaskCompleted(trx, ctx, doc.id, task, input.result);
    if (task.kind === 'lead') {
      // a delegated chain closes upwards: the parents were 'delegated', the document is done when no lead task is open
      if ((await repo.openTaskCount(trx, doc.id, ['lead', 'direct'])) === 0) {
        await repo.updateDocument(trx, doc.id, { status: 'done', completedAt: new Date() });
        await markDelivery(trx, ctx, doc.id, '06', input.result);
      }
    }
  });
}
