import { recordAudit } from '../../platform/audit/recorder.ts';
import { can } from '../../platform/auth/actor.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/database.ts';
import { conflict, forbidden, invalid } from '../../platform/http/problem.ts';
import { noticeUpdated } from './change-notices.ts';
import * as repo from './repository.ts';
import type { DocumentDetail, UpdateIssued } from './schema.ts';
import { documentStep, historyLine } from './step.ts';

// what a recipient's copy carries of the sender's document; nơi nhận as printed stays with the sender
const copiedFields = ['subject', 'summary', 'signerName', 'signerPosition', 'urgency', 'pageCount'] as const;
const updatableFields = [...copiedFields, 'recipientsText'] as const;
type Changes = Partial<Pick<repo.DocumentRow, (typeof updatableFields)[number]>>;

const pick = (changes: Changes, fields: readonly (keyof Changes)[]): Changes =>
  Object.fromEntries(Object.entries(changes).filter(([k]) => fields.includes(k as keyof Changes)));

/**
 * Updates an issued document (cập nhật: edXML BussinessDocType 2): corrects what it says without a new
 * number, for a reason, with before and after in its history and the audit log. A recipient's copy not yet
 * registered takes the correction; a registered one keeps its register entry as the clerk wrote it and gets
 * the correction as a notice in its history (shown as "đã được cập nhật"), for the people handling it to act on.
 */
export function updateIssued(
  db: Database,
  ctx: RequestContext,
  id: string,
  input: UpdateIssued,
): Promise<DocumentDetail> {
  return documentStep(db, ctx, id, async (trx, doc, actor) => {
    if (!can(actor, 'documents.register', doc.agencyPath))
      throw forbidden('Chỉ văn thư của cơ quan ban hành cập nhật văn bản');
    if (doc.direction !== 'outgoing' || doc.status !== 'issued')
      throw conflict('Chỉ cập nhật được văn bản đi đã phát hành, chưa bị thu hồi hay thay thế');
    const { reason, ...proposed } = input;
    const before: Changes = {};
    const after: Changes = {};
    for (const field of updatableFields) {
      const value = proposed[field] === '' ? null : proposed[field];
      if (value === undefined || value === doc[field]) continue;
      Object.assign(before, { [field]: doc[field] });
      Object.assign(after, { [field]: value });
    }
    if (Object.keys(after).length === 0)
      throw invalid('Không có thông tin nào thay đổi so với văn bản đã phát hành', [
        { pointer: '/body', detail: 'Hãy sửa ít nhất một thông tin' },
      ]);
    await repo.updateDocument(trx, id, after);
    await historyLine(trx, ctx, id, 'updated', `Cập nhật thông tin văn bản: ${reason}`, {
      reason,
      before,
      after,
    });

    const copyBefore = pick(before, copiedFields);
    const copyAfter = pick(after, copiedFields);
    let applied = 0;
    let noticed = 0;
    if (Object.keys(copyAfter).length > 0)
      for (const delivery of await repo.deliveriesOf(trx, id)) {
        if (!delivery.recipientAgencyId || !delivery.incomingDocumentId) continue;
        const copy = (await repo.findDocument(trx, delivery.incomingDocumentId))!;
        if (repo.endedStatuses.includes(copy.status)) continue;
        // before the clerk registers it the copy is still as delivered: it takes the correction
        const apply = copy.status === 'received';
        if (apply) {
          await repo.updateDocument(trx, copy.id, copyAfter);
          applied += 1;
        } else noticed += 1;
        await repo.insertEvent(trx, {
          documentId: copy.id,
          kind: apply ? 'updated' : 'update_notice',
          actorUserId: null,
          actorName: doc.agencyName,
          detail: apply
            ? `Nơi gửi cập nhật thông tin văn bản: ${reason}`
            : `Nơi gửi cập nhật thông tin văn bản (sổ văn bản đến giữ nguyên như đã vào sổ): ${reason}`,
          data: { reason, before: copyBefore, after: copyAfter, applied: apply },
        });
        await noticeUpdated(trx, ctx, {
          agencyId: delivery.recipientAgencyId,
          copyId: copy.id,
          reference: doc.reference,
          issuerName: doc.agencyName,
          reason,
        });
      }
    await recordAudit(trx, ctx, {
      action: 'documents.outgoing.update',
      agencyId: doc.agencyId,
      targetType: 'document',
      targetId: id,
      summary: { before, after, reason, copiesUpdated: applied, copiesNoticed: noticed },
    });
  });
}
