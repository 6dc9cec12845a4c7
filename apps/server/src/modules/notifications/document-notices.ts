import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { clip, type Notice, type NoticeKind, notify, notifyAgencyClerks } from './notify.ts';
import * as repo from './repository.ts';

// The notices of the documents workflow, one function per kind of step, each called once from the step
// inside its transaction. The person acting is never told about their own step.

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const dayOf = (isoDate: string) => isoDate.split('-').reverse().join('/');
const linkOf = (documentId: string) => `/documents/${documentId}`;

/**
 * How a notice names a document: by its number and notation once it has one ("văn bản 05/QĐ-UBND"), a draft
 * by its subject. Notices are listed only while their reader may see the document, so naming it is safe.
 */
export function documentName(doc: repo.DocumentHead): string {
  if (doc.direction === 'outgoing' && !doc.reference) return `dự thảo “${clip(doc.subject, 80)}”`;
  const id = doc.reference ?? doc.notation;
  return id ? `văn bản ${id}` : `văn bản “${clip(doc.subject, 80)}”`;
}

/** Whoever holds a task: the person it names, or the leaders of the department it names (`access.holds`). */
async function holdersOf(db: Executor, task: repo.TaskHead): Promise<string[]> {
  if (task.assigneeUserId) return [task.assigneeUserId];
  return task.departmentId ? repo.departmentLeaders(db, task.departmentId) : [];
}

/** Whoever holds an open handling task on the document (a copy being recalled, replaced or updated). */
export async function openTaskHolders(db: Executor, documentId: string): Promise<string[]> {
  const holders: string[] = [];
  for (const task of await repo.openTasksOn(db, documentId, ['direct', 'lead', 'collaborator', 'informed']))
    holders.push(...(await holdersOf(db, task)));
  return holders;
}

/** The notice for each person, leaving out whoever is acting. */
function toEach(ctx: RequestContext, userIds: readonly string[], notice: Omit<Notice, 'userId'>): Notice[] {
  return [...new Set(userIds)]
    .filter((id) => id !== ctx.actor?.userId)
    .map((userId) => ({ ...notice, userId }));
}

/** "Ngô Văn A: reason", the body of a notice that carries someone's words. */
const saidBy = (ctx: RequestContext, text: string | null | undefined) =>
  text ? `${ctx.actor ? `${ctx.actor.displayName}: ` : ''}${text}` : (ctx.actor?.displayName ?? null);

type Opened = 'assigned' | 'returned' | 'sent_back';

function openedNotice(why: Opened, taskKind: string, name: string): { kind: NoticeKind; title: string } {
  const Name = capital(name);
  if (why === 'returned') return { kind: 'task_returned', title: `${Name} được trả lại cho bạn` };
  if (why === 'sent_back')
    return taskKind === 'revise'
      ? { kind: 'draft_sent_back', title: `${Name} bị trả lại để bạn chỉnh sửa` }
      : { kind: 'draft_sent_back', title: `${Name} được trả lại để bạn xem xét lại` };
  switch (taskKind) {
    case 'direct':
      return { kind: 'task_assigned', title: `${Name} chờ bạn cho ý kiến chỉ đạo` };
    case 'lead':
      return { kind: 'task_assigned', title: `Bạn được giao xử lý ${name}` };
    case 'collaborator':
      return { kind: 'task_assigned', title: `Bạn được giao phối hợp xử lý ${name}` };
    case 'informed':
      return { kind: 'task_assigned', title: `${Name} được gửi để bạn biết` };
    case 'review':
      return { kind: 'review_requested', title: `${Name} chờ bạn xem xét` };
    case 'sign':
      return { kind: 'signature_requested', title: `${Name} chờ bạn ký duyệt` };
    default:
      return { kind: 'task_assigned', title: `${Name} chờ bạn xử lý` };
  }
}

/**
 * Tells the holder of every task the step opened on the document: assigned (submit to a leader, directive,
 * delegate, forward, a review step or the signer's turn), returned to whoever gave it, or a draft sent back
 * (to its author, or to the reviewers of the step before). `reason` is what the person acting wrote.
 */
export async function noticeOpenedTasks(
  db: Executor,
  ctx: RequestContext,
  documentId: string,
  why: Opened,
  reason?: string | null,
): Promise<void> {
  const tasks = await repo.tasksOpenedNow(db, documentId);
  if (tasks.length === 0) return;
  const name = documentName(await repo.documentHead(db, documentId));
  const notices: Notice[] = [];
  for (const task of tasks)
    notices.push(
      ...toEach(ctx, await holdersOf(db, task), {
        ...openedNotice(why, task.kind, name),
        body: saidBy(ctx, why === 'assigned' ? task.instruction : reason),
        link: linkOf(documentId),
        documentId,
      }),
    );
  await notify(db, notices);
}

/** A task finished by its holder goes back to whoever gave it (lead and collaborator tasks). */
export async function noticeTaskCompleted(
  db: Executor,
  ctx: RequestContext,
  documentId: string,
  task: repo.TaskHead,
  result: string,
): Promise<void> {
  if (!task.assignedBy || task.kind === 'informed') return;
  const name = documentName(await repo.documentHead(db, documentId));
  await notify(
    db,
    toEach(ctx, [task.assignedBy], {
      kind: 'task_completed',
      title: `${ctx.actor?.displayName ?? 'Cán bộ'} đã xử lý xong ${name}`,
      body: result,
      link: linkOf(documentId),
      documentId,
    }),
  );
}

/**
 * An opinion is for whoever asked for it: the giver of the task, and on a collaborator's task also the
 * people handling the document (its open lead tasks), who gather the opinions.
 */
export async function noticeOpinion(
  db: Executor,
  ctx: RequestContext,
  documentId: string,
  task: repo.TaskHead,
  text: string,
): Promise<void> {
  const to = task.assignedBy ? [task.assignedBy] : [];
  if (task.kind === 'collaborator')
    for (const lead of await repo.openTasksOn(db, documentId, ['lead']))
      to.push(...(await holdersOf(db, lead)));
  if (to.length === 0) return;
  const name = documentName(await repo.documentHead(db, documentId));
  await notify(
    db,
    toEach(ctx, to, {
      kind: 'opinion_received',
      title: `${ctx.actor?.displayName ?? 'Cán bộ'} cho ý kiến về ${name}`,
      body: text,
      link: linkOf(documentId),
      documentId,
    }),
  );
}

/** An extension request goes to whoever gave the task, who decides it. */
export async function noticeExtensionRequested(
  db: Executor,
  ctx: RequestContext,
  documentId: string,
  task: repo.TaskHead,
  until: string,
  reason: string,
): Promise<void> {
  if (!task.assignedBy) return;
  const name = documentName(await repo.documentHead(db, documentId));
  await notify(
    db,
    toEach(ctx, [task.assignedBy], {
      kind: 'extension_requested',
      title: `${ctx.actor?.displayName ?? 'Cán bộ'} xin gia hạn xử lý ${name} đến ${dayOf(until)}`,
      body: reason,
      link: linkOf(documentId),
      documentId,
    }),
  );
}

/** The decision on an extension comes back to whoever holds the task. */
export async function noticeExtensionDecided(
  db: Executor,
  ctx: RequestContext,
  documentId: string,
  task: repo.TaskHead,
  decision: { approve: boolean; until: string; note?: string | null | undefined },
): Promise<void> {
  const name = documentName(await repo.documentHead(db, documentId));
  const verdict = decision.approve ? 'được đồng ý' : 'không được đồng ý';
  await notify(
    db,
    toEach(ctx, await holdersOf(db, task), {
      kind: 'extension_decided',
      title: `Đề nghị gia hạn xử lý ${name} đến ${dayOf(decision.until)} ${verdict}`,
      body: saidBy(ctx, decision.note),
      link: linkOf(documentId),
      documentId,
    }),
  );
}

/**
 * The signer approved the draft: its author hears so, and the clerks of the agency, whose turn it is to
 * number and release it.
 */
export async function noticeSigned(db: Executor, ctx: RequestContext, documentId: string): Promise<void> {
  const doc = await repo.documentHead(db, documentId);
  const name = capital(documentName(doc));
  const notice = { link: linkOf(documentId), documentId, body: ctx.actor?.displayName ?? null };
  if (doc.createdBy)
    await notify(
      db,
      toEach(ctx, [doc.createdBy], { ...notice, kind: 'draft_signed', title: `${name} đã được ký duyệt` }),
    );
  await notifyAgencyClerks(
    db,
    doc.agencyId,
    { ...notice, kind: 'issue_requested', title: `${name} đã được ký duyệt, chờ cấp số, phát hành` },
    { except: ctx.actor?.userId },
  );
}

/** Copies delivered over the platform wait in the recipients' incoming queue: their clerks are told. */
export async function noticeDelivered(
  db: Executor,
  ctx: RequestContext,
  copyIds: readonly string[],
): Promise<void> {
  for (const copyId of copyIds) {
    const copy = await repo.documentHead(db, copyId);
    await notifyAgencyClerks(
      db,
      copy.agencyId,
      {
        kind: 'document_delivered',
        title: `${capital(documentName(copy))} của ${copy.issuerName ?? 'cơ quan gửi'} đã đến, chờ vào sổ`,
        body: clip(copy.subject, 300),
        link: linkOf(copyId),
        documentId: copyId,
      },
      { except: ctx.actor?.userId },
    );
  }
}

/**
 * A recipient returned the copy it received (status 02): the sender's clerks, who issued it, and its author
 * are told, with the reason.
 */
export async function noticeReturned(
  db: Executor,
  ctx: RequestContext,
  returned: { sourceId: string; recipientName: string },
  reason: string,
): Promise<void> {
  const sender = await repo.documentHead(db, returned.sourceId);
  const notice = {
    kind: 'document_returned',
    title: `${capital(documentName(sender))} gửi ${returned.recipientName} đã bị trả lại`,
    body: saidBy(ctx, reason),
    link: linkOf(sender.id),
    documentId: sender.id,
  };
  await notifyAgencyClerks(db, sender.agencyId, notice, { except: ctx.actor?.userId });
  if (sender.createdBy) await notify(db, toEach(ctx, [sender.createdBy], notice));
}

/**
 * The sender recalled a document: the recipient's clerks and whoever holds an open task on the copy are
 * told. Call it before the copy's tasks are closed.
 */
export async function noticeRecalled(
  db: Executor,
  ctx: RequestContext,
  copyId: string,
  reason: string,
): Promise<void> {
  const copy = await repo.documentHead(db, copyId);
  const notice = {
    kind: 'document_recalled',
    title: `${capital(documentName(copy))} của ${copy.issuerName ?? 'cơ quan gửi'} đã bị thu hồi`,
    body: reason,
    link: linkOf(copyId),
    documentId: copyId,
  };
  await notify(db, toEach(ctx, await openTaskHolders(db, copyId), notice));
  await notifyAgencyClerks(db, copy.agencyId, notice, { except: ctx.actor?.userId });
}
