import type { RequestContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/database.ts';
import { openTaskHolders } from '../notifications/document-notices.ts';
import { type Notice, notify, notifyAgencyClerks } from '../notifications/notify.ts';

// What a recipient on the platform is told when the sender replaces or updates a document it received: its
// clerks, and whoever holds an open task on its copy. Notices name documents by their number, never by their
// subject (which may be secret). The person acting is never told about their own step.

async function tell(
  db: Executor,
  ctx: RequestContext,
  recipient: { agencyId: string; copyId: string },
  clerks: Omit<Notice, 'userId'>,
  holders: Omit<Notice, 'userId'>,
) {
  const except = ctx.actor?.userId;
  const people = [...new Set(await openTaskHolders(db, recipient.copyId))].filter((id) => id !== except);
  await notify(
    db,
    people.map((userId) => ({ ...holders, userId })),
  );
  await notifyAgencyClerks(db, recipient.agencyId, clerks, { except });
}

/**
 * The copy `copyId` was replaced by the sender's document `reference`. The clerks are pointed at the new copy
 * (waiting to be registered) when the recipient gets one; the people handling the old copy at the old copy,
 * the one they may see. Call it before the old copy's tasks are closed.
 */
export function noticeReplaced(
  db: Executor,
  ctx: RequestContext,
  change: {
    agencyId: string;
    copyId: string;
    newCopyId: string | null;
    oldReference: string | null;
    reference: string;
    issuerName: string;
    reason: string;
  },
): Promise<void> {
  const notice = {
    kind: 'document_replaced',
    title: `Văn bản ${change.oldReference} của ${change.issuerName} đã được thay thế bằng văn bản ${change.reference}`,
    body: `Lý do: ${change.reason}`,
  };
  const at = (id: string) => ({ ...notice, link: `/documents/${id}`, documentId: id });
  return tell(db, ctx, change, at(change.newCopyId ?? change.copyId), at(change.copyId));
}

/** The sender updated the document the copy `copyId` is of (applied to it, or noted in its history). */
export function noticeUpdated(
  db: Executor,
  ctx: RequestContext,
  change: { agencyId: string; copyId: string; reference: string | null; issuerName: string; reason: string },
): Promise<void> {
  const notice = {
    kind: 'document_updated',
    title: `Văn bản ${change.reference} của ${change.issuerName} đã được cập nhật`,
    body: `Lý do: ${change.reason}`,
    link: `/documents/${change.copyId}`,
    documentId: change.copyId,
  };
  return tell(db, ctx, change, notice, notice);
}
